import { Link } from "@/components/ui/link";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { currentActor } from "@/lib/auth/current-actor";
import { outputSummaryFor } from "@/lib/outputs/queries";
import { formatMoment } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";

/**
 * The output document on an application page: the download link, its
 * verification code and, once revoked, why. Renders nothing when no document
 * has been issued or the viewer may not see it.
 */
export async function OutputDownload({ applicationId }: { applicationId: string }) {
  const [actor, { locale, t }] = await Promise.all([currentActor(), getTranslator()]);
  const output = await outputSummaryFor(actor, applicationId);
  if (!output) return null;
  return (
    <section aria-labelledby="output-title" className="mt-8 rounded-lg border border-slate-300 bg-white p-6" data-testid="output-document">
      <h2 id="output-title" className="text-2xl font-semibold">
        {t("output.title")}
      </h2>
      <p className="mt-1 text-slate-700">
        <time dateTime={output.issuedAt.toISOString()}>{t("output.issuedOn", { date: formatMoment(output.issuedAt, locale, output.timezone) })}</time>
      </p>
      {output.revokedAt ? (
        <p className="mt-4 border-l-8 border-accent-500 bg-slate-50 p-3 font-semibold">
          {t("output.revokedNotice", {
            date: formatMoment(output.revokedAt, locale, output.timezone),
            reason: output.revokedReason ?? "",
          })}
        </p>
      ) : null}
      <p className="mt-4">
        {/* A plain link: the browser downloads the attachment, no script involved. */}
        <a href={`/api/keluaran/${applicationId}`} className={buttonPrimary} download>
          {t("output.download")}
        </a>
      </p>
      <p className="mt-4">
        {t("verify.code")}: <strong className="font-mono">{output.verificationCode}</strong>
        {" · "}
        <Link href={`/verifikasi/${output.verificationCode}`} className={linkStyle}>
          {t("output.openVerification")}
        </Link>
      </p>
    </section>
  );
}
