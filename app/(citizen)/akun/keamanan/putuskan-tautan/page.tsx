import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { PasswordConfirmForm } from "@/components/forms/password-confirm-form";
import { linkStyle } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { unlinkOwnProviderAction } from "@/lib/identity/oidc-actions";
import { oidcUnlinkPath } from "@/lib/identity/oidc/paths";
import { citizenProviderLinks } from "@/lib/identity/oidc/queries";
import { ACCOUNT_SECURITY_PATH } from "@/lib/identity/second-factor/paths";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("oidc.unlink.pageTitle");
export const dynamic = "force-dynamic";

/** Ending one's own link to a citizen provider (`?penyedia=<slug>`), after the portal password (unlinkOwnProvider). */
export default async function UnlinkProviderPage({ searchParams }: { searchParams: Promise<{ penyedia?: string }> }) {
  const slug = (await searchParams).penyedia ?? "";
  const actor = await requireUser(oidcUnlinkPath(slug));
  const [{ locale, t }, providers] = await Promise.all([getTranslator(), citizenProviderLinks(actor.id)]);
  const provider = providers.find((candidate) => candidate.slug === slug && candidate.linked);
  // Already unlinked (a second tab, the back button) or never linked: the security page says what is linked.
  if (!provider) redirect(ACCOUNT_SECURITY_PATH);
  return (
    <div>
      <PageHeading
        back={{ href: ACCOUNT_SECURITY_PATH, label: t("accountSecurity.title") }}
        title={t("oidc.unlink.title", { provider: provider.name })}
        lead={t("oidc.unlink.lead", { provider: provider.name })}
      />
      <p className="mb-6 max-w-prose">
        {t("oidc.unlink.passwordHint")}{" "}
        <Link href="/lupa-sandi" className={linkStyle}>
          {t("oidc.unlink.setPasswordLink")}
        </Link>
      </p>
      <PasswordConfirmForm
        action={unlinkOwnProviderAction.bind(null, slug)}
        messages={messagesFor(locale, ["factors.currentPassword", "accountSecurity.error.", "form.", "validation.", "error."])}
        submitLabel={t("oidc.unlink.submit")}
      />
    </div>
  );
}
