import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { providerSignOutUrl } from "@/lib/identity/oidc/sign-out";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("oidc.signOut.title");
export const dynamic = "force-dynamic";

/**
 * After the portal's own sign-out of a session opened through a provider (`?penyedia=<slug>`): straight on to the
 * provider's sign-out page (an instant refresh, so it works without JavaScript), with a link should the refresh
 * not happen. A provider without such a page, or one that cannot be reached, leaves the visitor on the home page.
 */
export default async function ProviderSignOutPage({ searchParams }: { searchParams: Promise<{ penyedia?: string }> }) {
  const [{ t }, { penyedia }] = await Promise.all([getTranslator(), searchParams]);
  const target = penyedia ? await providerSignOutUrl(penyedia) : null;
  if (!target) redirect("/");
  return (
    <div className="max-w-2xl">
      <meta httpEquiv="refresh" content={`0;url=${target.url}`} />
      <PageHeading title={t("oidc.signOut.title")} lead={t("oidc.signOut.lead", { provider: target.name })} />
      <p className="mb-6">
        <a href={target.url} className={buttonPrimary}>
          {t("oidc.signOut.button", { provider: target.name })}
        </a>
      </p>
      <p>
        <Link href="/" className={linkStyle}>
          {t("oidc.signOut.skip")}
        </Link>
      </p>
    </div>
  );
}
