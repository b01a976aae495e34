import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { ButtonForm } from "@/components/forms/button-form";
import { SetPasswordForm } from "@/components/forms/set-password-form";
import { OidcLinkSection } from "@/components/identity/oidc-link-section";
import { ListTable } from "@/components/ui/list-table";
import { linkStyle } from "@/components/ui/styles";
import { currentSessionId } from "@/lib/auth/current-actor";
import { requireUser } from "@/lib/auth/page-guards";
import { changePasswordAction } from "@/lib/identity/account-actions";
import { describeDevice } from "@/lib/identity/device";
import { endOwnSessionAction } from "@/lib/identity/second-factor-actions";
import { ACCOUNT_SECURITY_PATH, PASSKEY_ADD_PATH, RECOVERY_CODES_PATH, REMOVE_FACTOR_PATH, SECOND_FACTOR_ENROL_PATH } from "@/lib/identity/second-factor/paths";
import { ownPasskeys, ownSecondFactor, ownSessions } from "@/lib/identity/second-factor/queries";
import { formatMoment } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("accountSecurity.title");
export const dynamic = "force-dynamic";

const TIME_ZONE = "Asia/Jakarta";

/** One's own sign-in security (citizens and staff): password, two-step verification, where one is signed in. */
export default async function AccountSecurityPage({ searchParams }: { searchParams: Promise<{ hasil?: string; sso?: string }> }) {
  const actor = await requireUser(ACCOUNT_SECURITY_PATH);
  const [{ locale, t }, params, factor, { passkeys, recoveryCodesLeft }, sessions, thisSession] = await Promise.all([
    getTranslator(),
    searchParams,
    ownSecondFactor(actor),
    ownPasskeys(actor),
    ownSessions(actor),
    currentSessionId(),
  ]);
  const sessionMessages = messagesFor(locale, ["form.", "error."]);
  const notices = {
    "sandi-diubah": t("accountSecurity.notice.passwordChanged"),
    "sesi-diakhiri": t("sessions.endedNotice"),
    "passkey-ditambahkan": t("factors.passkeys.added"),
    "faktor-dihapus": t("factors.remove.done"),
  } as Record<string, string>;
  const notice = params.hasil ? (notices[params.hasil] ?? null) : null;
  return (
    <div>
      <PageHeading title={t("accountSecurity.title")} lead={t("accountSecurity.lead")} />
      {notice ? (
        <div role="status" className="mb-6 max-w-md border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {notice}
        </div>
      ) : null}
      <SetPasswordForm
        action={changePasswordAction}
        withCurrentPassword
        messages={messagesFor(locale, ["auth.", "form.", "validation.", "accountSecurity."])}
        submitLabel={t("accountSecurity.changeSubmit")}
      />

      <section aria-labelledby="second-factor-heading" className="mt-10 max-w-3xl">
        <h2 id="second-factor-heading" className="mb-2 text-2xl font-semibold">
          {t("secondFactor.title")}
        </h2>
        <p className="mb-2" data-testid="second-factor-status">
          {t(factor.state === "on" ? "secondFactor.status.on" : "secondFactor.status.off")}
        </p>
        {actor.secondFactorMissing ? <p className="mb-2 font-semibold">{t("secondFactor.requiredNotice")}</p> : null}
        {factor.state !== "on" ? (
          <Link href={SECOND_FACTOR_ENROL_PATH} className={linkStyle}>
            {t("secondFactor.enrolLink")}
          </Link>
        ) : (
          <Link href={`${REMOVE_FACTOR_PATH}?faktor=totp`} className={linkStyle}>
            {t("factors.totp.remove")}
          </Link>
        )}
      </section>

      <section aria-labelledby="passkeys-heading" className="mt-10 max-w-4xl">
        <h2 id="passkeys-heading" className="mb-2 text-2xl font-semibold">
          {t("factors.passkeys.title")}
        </h2>
        <p className="mb-4">{t("factors.passkeys.lead")}</p>
        {passkeys.length === 0 ? (
          <p className="mb-4">{t("factors.passkeys.none")}</p>
        ) : (
          <ListTable
            labelledBy="passkeys-heading"
            testId="passkeys"
            columns={[
              t("factors.passkeys.column.name"),
              t("factors.passkeys.column.added"),
              t("factors.passkeys.column.lastUsed"),
              t("factors.passkeys.column.action"),
            ]}
          >
            {passkeys.map((passkey) => (
              <tr key={passkey.id} className="border-b border-slate-200">
                <td className="p-3">{passkey.name}</td>
                <td className="p-3">{formatMoment(passkey.createdAt, locale, TIME_ZONE)}</td>
                <td className="p-3">{passkey.lastUsedAt ? formatMoment(passkey.lastUsedAt, locale, TIME_ZONE) : t("factors.passkeys.neverUsed")}</td>
                <td className="p-3">
                  <Link href={`${REMOVE_FACTOR_PATH}?faktor=${encodeURIComponent(passkey.id)}`} className={linkStyle}>
                    {t("factors.passkeys.remove")}
                    <span className="sr-only"> {passkey.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </ListTable>
        )}
        <Link href={PASSKEY_ADD_PATH} className={linkStyle}>
          {t("factors.passkeys.addLink")}
        </Link>
      </section>

      {factor.state === "on" || passkeys.length > 0 ? (
        <section aria-labelledby="recovery-heading" className="mt-10 max-w-3xl">
          <h2 id="recovery-heading" className="mb-2 text-2xl font-semibold">
            {t("factors.recovery.title")}
          </h2>
          <p className="mb-2" data-testid="recovery-codes-left">
            {t("factors.recovery.left", { count: recoveryCodesLeft })}
          </p>
          <Link href={RECOVERY_CODES_PATH} className={linkStyle}>
            {t("factors.recovery.regenerateLink")}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="sessions-heading" className="mt-10 max-w-4xl">
        <h2 id="sessions-heading" className="mb-2 text-2xl font-semibold">
          {t("sessions.title")}
        </h2>
        <p className="mb-4">{t("sessions.lead")}</p>
        <ListTable
          labelledBy="sessions-heading"
          testId="sessions"
          columns={[t("sessions.column.device"), t("sessions.column.signedInAt"), t("sessions.column.network"), t("sessions.column.action")]}
        >
          {sessions.map((session) => (
            <tr key={session.id} className="border-b border-slate-200">
              <td className="p-3">
                {describeDevice(session.userAgent) ?? t("sessions.unknownDevice")} {session.id === thisSession ? t("sessions.thisDevice") : null}
              </td>
              <td className="p-3">{formatMoment(session.createdAt, locale, TIME_ZONE)}</td>
              <td className="p-3">{session.ipPrefix ?? t("sessions.unknownNetwork")}</td>
              <td className="p-3">
                {session.id === thisSession ? null : (
                  <ButtonForm action={endOwnSessionAction.bind(null, session.id)} messages={sessionMessages} submitLabel={t("sessions.end")} />
                )}
              </td>
            </tr>
          ))}
        </ListTable>
        <div className="mt-4">
          <ButtonForm action={endOwnSessionAction.bind(null, "all")} messages={sessionMessages} submitLabel={t("sessions.endEverywhere")} />
        </div>
      </section>
      <OidcLinkSection actor={actor} sso={params.sso} t={t} />
    </div>
  );
}
