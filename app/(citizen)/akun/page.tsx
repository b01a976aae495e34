import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { ContactDetails } from "@/components/account/contact-details";
import { OidcVerifiedNote } from "@/components/identity/oidc-verified-note";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary, factList, linkStyle } from "@/components/ui/styles";
import { signInPath } from "@/lib/auth/action-runner";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { getOwnContactProfile } from "@/lib/identity/profile-queries";
import { getOwnAccount } from "@/lib/identity/queries";
import { formatCalendarDate } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("account.title");

export const dynamic = "force-dynamic";

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ hasil?: string }> }) {
  const [{ locale, t }, actor, params] = await Promise.all([getTranslator(), requireUser("/akun"), searchParams]);
  if (can(actor, "backOffice.enter")) redirect("/petugas");
  const account = await getOwnAccount(actor);
  if (!account) redirect(signInPath("/akun"));
  const profile = account.profile;
  const contact = await getOwnContactProfile(actor);
  return (
    <div>
      <PageHeading title={t("account.title")} lead={t("account.welcome", { name: account.name })} />
      {params.hasil === "profil-disimpan" ? (
        <div role="status" className="mb-6 max-w-2xl border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("profile.saved")}
        </div>
      ) : null}
      <section aria-labelledby="profile-heading" className="max-w-2xl rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="profile-heading" className="text-xl font-semibold">
          {t("account.profile")}
        </h2>
        <dl className={`mt-4 ${factList}`}>
          <dt className="text-slate-600">{t("account.email")}</dt>
          <dd>{account.email}</dd>
          {profile ? (
            <>
              <dt className="text-slate-600">{t("account.nik")}</dt>
              <dd className="font-mono" data-testid="masked-nik">
                {profile.nikMasked}
              </dd>
              <dt className="text-slate-600">{t("account.birthDate")}</dt>
              <dd>{formatCalendarDate(profile.birthDate, locale)}</dd>
              <dt className="text-slate-600">{t("account.sex")}</dt>
              <dd>{profile.sex === "FEMALE" ? t("auth.sexFemale") : t("auth.sexMale")}</dd>
            </>
          ) : null}
        </dl>
        {profile ? <p className="mt-4 text-sm text-slate-600">{t("account.nikMaskedNote")}</p> : null}
        {profile ? <p className="mt-2 text-sm text-slate-600">{t("profile.identityFixed")}</p> : null}
        <OidcVerifiedNote userId={actor.id} t={t} />
      </section>
      {contact ? <ContactDetails profile={contact} t={t} /> : null}
      <section aria-labelledby="account-links-heading" className="mt-8 max-w-2xl">
        <h2 id="account-links-heading" className="text-xl font-semibold">
          {t("privacy.accountLinks")}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            <Link href="/akun/akses-data" className={linkStyle}>
              {t("privacy.accessLog.title")}
            </Link>
          </li>
          <li>
            <Link href="/akun/data-saya" className={linkStyle}>
              {t("privacy.data.title")}
            </Link>
          </li>
          <li>
            <Link href="/akun/keamanan" className={linkStyle}>
              {t("accountSecurity.title")}
            </Link>
          </li>
        </ul>
      </section>
      <p className="mt-8">
        <Link href="/layanan" className={buttonPrimary}>
          {t("account.browseServices")}
        </Link>
      </p>
    </div>
  );
}
