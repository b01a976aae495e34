import { Link } from "@/components/ui/link";
import { ButtonForm } from "@/components/forms/button-form";
import type { Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import type { Rejection } from "@/lib/applications/rejection";
import type { FormState } from "@/lib/platform/form-state";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

type Props = {
  rejection: Rejection;
  trackingNumber: string;
  /** Null when applying again is not offered (a duplicate, or the service no longer takes applications). */
  applyAgain: ((previous: FormState, formData: FormData) => Promise<FormState>) | null;
  messages: Messages;
  locale: Locale;
  timeZone: string;
  t: Translator;
};

/**
 * A rejection as the citizen reads it: the reason from the list, the
 * officer's explanation, and what they can do next: apply again, object to
 * the decision (keberatan, filed as a complaint about this application), or
 * complain.
 */
export function RejectionNotice({ rejection, trackingNumber, applyAgain, messages, locale, timeZone, t }: Props) {
  const complaintHref = `/pengaduan/baru?permohonan=${encodeURIComponent(trackingNumber)}`;
  return (
    <section aria-labelledby="rejection-title" className="mt-6 rounded-md border-l-4 border-red-700 bg-white p-4" data-testid="rejection">
      <h2 id="rejection-title" className="text-xl font-semibold">
        {t("application.rejection.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        <time dateTime={rejection.at.toISOString()}>{formatMoment(rejection.at, locale, timeZone)}</time>
      </p>
      <dl className="mt-3 grid gap-1 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        <dt className="font-semibold">{t("application.rejection.reason")}</dt>
        <dd data-testid="rejection-reason">{t(`application.rejectionReason.${rejection.reason ?? "other"}`)}</dd>
        {rejection.note ? (
          <>
            <dt className="font-semibold">{t("application.rejection.officerNote")}</dt>
            <dd className="whitespace-pre-line break-words">{rejection.note}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="mt-6 text-lg font-semibold">{t("application.rejection.nextSteps")}</h3>
      <ul className="mt-2 space-y-4">
        {applyAgain ? (
          <li>
            <p className="mb-2">{t("application.rejection.applyAgainHint")}</p>
            <ButtonForm action={applyAgain} messages={messages} submitLabel={t("application.rejection.applyAgain")} className={buttonPrimary} />
          </li>
        ) : null}
        <li>
          <Link href={`${complaintHref}&keberatan=1`} className={linkStyle}>
            {t("application.rejection.object")}
          </Link>
          <p className="text-sm text-slate-700">{t("application.rejection.objectHint")}</p>
        </li>
        <li>
          <Link href={complaintHref} className={linkStyle}>
            {t("application.rejection.complain")}
          </Link>
          <p className="text-sm text-slate-700">{t("application.rejection.complainHint")}</p>
        </li>
      </ul>
    </section>
  );
}
