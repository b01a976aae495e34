import { PageHeading } from "@/components/layout/page-heading";
import { SetPasswordForm } from "@/components/forms/set-password-form";
import { requireUser } from "@/lib/auth/page-guards";
import { changePasswordAction } from "@/lib/identity/account-actions";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("accountSecurity.title");
export const dynamic = "force-dynamic";

/** Change one's password (citizens and staff); every other session ends. */
export default async function AccountSecurityPage({ searchParams }: { searchParams: Promise<{ hasil?: string }> }) {
  await requireUser("/akun/keamanan");
  const [{ locale, t }, params] = await Promise.all([getTranslator(), searchParams]);
  return (
    <div>
      <PageHeading title={t("accountSecurity.title")} lead={t("accountSecurity.lead")} />
      {params.hasil === "sandi-diubah" ? (
        <div role="status" className="mb-6 max-w-md border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("accountSecurity.notice.passwordChanged")}
        </div>
      ) : null}
      <SetPasswordForm
        action={changePasswordAction}
        withCurrentPassword
        messages={messagesFor(locale, ["auth.", "form.", "validation.", "accountSecurity."])}
        submitLabel={t("accountSecurity.changeSubmit")}
      />
    </div>
  );
}
