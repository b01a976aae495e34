import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { VerifyCodeForm } from "@/components/outputs/verify-code-form";
import { VerifyFileForm } from "@/components/outputs/verify-file-form";
import { verificationLabels } from "@/components/outputs/verification-result";
import { normalizeVerificationCode } from "@/lib/outputs/verification-code";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("verify.title");
export const dynamic = "force-dynamic";

/** Public document verification (DESIGN.md §7, §11): by typed code, or by uploading the PDF. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ kode?: string | string[] }> }) {
  const [{ kode }, { locale, t }] = await Promise.all([searchParams, getTranslator()]);
  const typed = typeof kode === "string" ? kode : undefined;
  let codeError: string | undefined;
  if (typed !== undefined) {
    const code = normalizeVerificationCode(typed);
    if (code) redirect(`/verifikasi/${code}`);
    codeError = t(typed.trim() ? "verify.codeInvalid" : "verify.codeRequired");
  }
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("verify.title")} lead={t("verify.lead")} />
      <section aria-labelledby="verify-by-code" className="rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="verify-by-code" className="mb-4 text-2xl font-semibold">
          {t("verify.codeTitle")}
        </h2>
        <VerifyCodeForm label={t("verify.code")} hint={t("verify.codeHint")} submit={t("verify.codeSubmit")} defaultValue={typed} error={codeError} />
      </section>
      <section aria-labelledby="verify-by-file" className="mt-8 rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="verify-by-file" className="mb-4 text-2xl font-semibold">
          {t("verify.fileTitle")}
        </h2>
        <VerifyFileForm messages={messagesFor(locale, ["verify.", "form."])} labels={verificationLabels(t)} />
      </section>
    </div>
  );
}
