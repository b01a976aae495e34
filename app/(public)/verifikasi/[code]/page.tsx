import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { VerificationResult, verificationLabels } from "@/components/outputs/verification-result";
import { linkStyle } from "@/components/ui/styles";
import { currentActor } from "@/lib/auth/current-actor";
import { normalizeVerificationCode } from "@/lib/outputs/verification-code";
import { verificationView, type VerificationView } from "@/lib/outputs/verification-result";
import { presentedView, verifyPresentedCode } from "@/lib/outputs/verify-presented";
import { AppError } from "@/lib/platform/errors";
import { getTranslator } from "@/lib/platform/i18n/server";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

// A verification answer names a (masked) holder: keep these pages out of search engines.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("verify.title"), robots: { index: false, follow: false } };
}

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** What a document's (or a payment receipt's) QR code opens: the verification answer for its code. */
export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  const [{ code: raw }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const typed = decoded(raw);
  const code = normalizeVerificationCode(typed);
  // One address per document, whatever case or spacing the link was typed with.
  if (code && code !== typed) redirect(`/verifikasi/${code}`);

  let view: VerificationView | undefined;
  let problem: string | undefined;
  try {
    view = code
      ? presentedView(await verifyPresentedCode(await currentActor(), code, { ip: clientIp(await headers()) }), "code", locale, t)
      : verificationView({ state: "unknown" }, "code", locale, t);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = t(error.messageKey);
  }

  return (
    <div className="max-w-3xl">
      <PageHeading title={t("verify.title")} />
      {code ? (
        <p className="text-lg">
          {t("verify.code")}: <strong className="font-mono">{code}</strong>
        </p>
      ) : null}
      {view ? <VerificationResult view={view} labels={verificationLabels(t)} /> : null}
      {problem ? (
        <p role="alert" className="mt-8 border-l-8 border-accent-500 bg-white p-4 font-semibold">
          {problem}
        </p>
      ) : null}
      <p className="mt-8">
        <Link href="/verifikasi" className={linkStyle}>
          {t("verify.checkAnother")}
        </Link>
      </p>
    </div>
  );
}
