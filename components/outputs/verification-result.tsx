import type { VerificationState, VerificationView } from "@/lib/outputs/verification-result";
import type { Translator } from "@/lib/platform/i18n/messages";

/** The texts around a result, handed in so the component needs no catalog (it also renders inside a client form). */
export type VerificationResultLabels = {
  resultTitle: string;
  signedNote: string;
  publicKey: string;
  technical: string;
  technicalHint: string;
  technicalRecord: string;
  technicalSignature: string;
  technicalKeyId: string;
};

export function verificationLabels(t: Translator): VerificationResultLabels {
  return {
    resultTitle: t("verify.resultTitle"),
    signedNote: t("verify.signedNote"),
    publicKey: t("verify.publicKey"),
    technical: t("verify.technical"),
    technicalHint: t("verify.technicalHint"),
    technicalRecord: t("verify.technical.record"),
    technicalSignature: t("verify.technical.signature"),
    technicalKeyId: t("verify.technical.keyId"),
  };
}

// The state is always spelled out in words; colour and the symbol only repeat it.
const TONE: Record<VerificationState, { box: string; badge: string; symbol: string }> = {
  valid: { box: "border-green-700", badge: "bg-green-800 text-white", symbol: "✓" },
  revoked: { box: "border-accent-500", badge: "bg-accent-500 text-white", symbol: "✕" },
  expired: { box: "border-accent-500", badge: "bg-accent-500 text-white", symbol: "✕" },
  refunded: { box: "border-slate-600", badge: "bg-slate-700 text-white", symbol: "↩" },
  unknown: { box: "border-slate-600", badge: "bg-slate-700 text-white", symbol: "?" },
};

export const PUBLIC_KEY_PATH = "/api/verifikasi/kunci-publik";

/** One verification answer: the state in words, why, and the signed details. */
export function VerificationResult({ view, labels }: { view: VerificationView; labels: VerificationResultLabels }) {
  const tone = TONE[view.state];
  return (
    <section
      aria-labelledby="verification-result-title"
      className={`mt-8 rounded-lg border-l-8 border ${tone.box} bg-white p-6`}
      data-testid="verification-result"
      data-state={view.state}
    >
      <h2 id="verification-result-title" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {labels.resultTitle}
      </h2>
      <p className="mt-2">
        <strong className={`inline-flex items-center gap-2 rounded px-3 py-1 text-xl ${tone.badge}`} data-testid="verification-state">
          <span aria-hidden>{tone.symbol}</span>
          {view.title}
        </strong>
      </p>
      <p className="mt-3 max-w-2xl text-slate-800">{view.explanation}</p>
      {view.details.length ? (
        <dl className="mt-5 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          {view.details.map((detail) => (
            <div key={detail.label} className="contents">
              <dt className="font-semibold text-slate-900">{detail.label}</dt>
              <dd className={`break-all text-slate-800 ${detail.mono ? "font-mono" : ""}`}>{detail.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {view.signed ? (
        <>
          <p className="mt-5 text-sm text-slate-700">{labels.signedNote}</p>
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-semibold text-brand-700 underline">{labels.technical}</summary>
            <p className="mt-2 text-slate-700">
              {labels.technicalHint}{" "}
              <a href={PUBLIC_KEY_PATH} className="text-brand-700 underline">
                {labels.publicKey}
              </a>
            </p>
            <dl className="mt-2 space-y-2">
              <dt className="font-semibold">{labels.technicalKeyId}</dt>
              <dd className="font-mono break-all">{view.signed.keyId}</dd>
              <dt className="font-semibold">{labels.technicalRecord}</dt>
              <dd className="font-mono break-all">{view.signed.canonicalRecord}</dd>
              <dt className="font-semibold">{labels.technicalSignature}</dt>
              <dd className="font-mono break-all">{view.signed.signature}</dd>
            </dl>
          </details>
        </>
      ) : null}
    </section>
  );
}
