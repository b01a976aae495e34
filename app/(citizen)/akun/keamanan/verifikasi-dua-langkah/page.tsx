import { Link } from "@/components/ui/link";
import QRCode from "qrcode";
import { PageHeading } from "@/components/layout/page-heading";
import { ButtonForm } from "@/components/forms/button-form";
import { CodeForm } from "@/components/identity/code-form";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { confirmTotpEnrolmentAction, startTotpEnrolmentAction } from "@/lib/identity/second-factor-actions";
import { ACCOUNT_SECURITY_PATH, PASSKEY_ADD_PATH, SECOND_FACTOR_ENROL_PATH } from "@/lib/identity/second-factor/paths";
import { ownSecondFactor } from "@/lib/identity/second-factor/queries";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("secondFactor.enrolTitle");
export const dynamic = "force-dynamic";

/** Enrolling an authenticator app: start (a new secret), scan the QR code, confirm with a first code, keep the recovery codes. */
export default async function SecondFactorEnrolmentPage({ searchParams }: { searchParams: Promise<{ perlu?: string }> }) {
  const actor = await requireUser(SECOND_FACTOR_ENROL_PATH);
  const [{ locale, t }, factor, params] = await Promise.all([getTranslator(), ownSecondFactor(actor), searchParams]);
  const messages = messagesFor(locale, ["secondFactor.", "form.", "validation.", "error."]);
  const qrCode = factor.state === "pending" ? await QRCode.toDataURL(factor.uri, { margin: 1, width: 220 }) : null;
  const back = { href: ACCOUNT_SECURITY_PATH, label: t("accountSecurity.title") };
  return (
    <div>
      <PageHeading back={back} title={t("secondFactor.enrolTitle")} lead={t("secondFactor.lead")} />
      {params.perlu || actor.secondFactorMissing ? (
        <div role="status" className="mb-6 max-w-2xl border-l-4 border-accent-500 bg-white p-4 font-semibold text-slate-900">
          {t("secondFactor.requiredNotice")}
        </div>
      ) : null}
      <p className="mb-6 max-w-2xl">
        <Link href={PASSKEY_ADD_PATH} className={linkStyle}>
          {t("factors.passkeys.insteadLink")}
        </Link>
      </p>
      {factor.state === "off" ? (
        <div className="max-w-2xl">
          <p className="mb-4">{t("secondFactor.startLead")}</p>
          <ButtonForm action={startTotpEnrolmentAction} messages={messages} submitLabel={t("secondFactor.startSubmit")} className={buttonPrimary} />
        </div>
      ) : (
        // One place for the confirmation form, pending or on: the page drawn after the confirming post says "on",
        // and the same form, kept mounted, shows the recovery codes its action returned (with or without JavaScript).
        <div className="max-w-2xl">
          {factor.state === "pending" ? (
            <>
              <p className="mb-2 font-semibold">{t("secondFactor.scanStep")}</p>
              {/* A data URL drawn on the server: no third party sees the secret. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={qrCode!} alt={t("secondFactor.qrAlt")} width={220} height={220} className="mb-3" />
              <p className="mb-1">{t("secondFactor.manualKey")}</p>
              <p className="mb-6 font-mono text-lg break-all" data-testid="totp-secret">
                {factor.secret}
              </p>
              <p className="mb-2 font-semibold">{t("secondFactor.confirmStep")}</p>
            </>
          ) : null}
          <CodeForm
            action={confirmTotpEnrolmentAction}
            messages={messages}
            submitLabel={t("secondFactor.confirmSubmit")}
            doneHref={ACCOUNT_SECURITY_PATH}
            whenDone={factor.state === "on" ? <p className="mb-6">{t("secondFactor.status.on")}</p> : undefined}
          />
        </div>
      )}
    </div>
  );
}
