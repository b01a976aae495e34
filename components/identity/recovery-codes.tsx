import { buttonPrimary } from "@/components/ui/styles";
import type { MessageKey } from "@/lib/platform/i18n/messages";

/** The one-time recovery codes, shown once after a first factor or a regeneration, and the way on once they are kept. */
export function RecoveryCodes({ codes, doneHref, text }: { codes: readonly string[]; doneHref?: string; text: (key: MessageKey) => string }) {
  return (
    <section aria-labelledby="recovery-codes-heading" className="max-w-md">
      <h2 id="recovery-codes-heading" className="mb-2 text-2xl font-semibold">
        {text("secondFactor.recoveryTitle")}
      </h2>
      <p className="mb-4">{text("secondFactor.recoveryLead")}</p>
      <ul data-testid="recovery-codes" className="mb-6 grid grid-cols-2 gap-2 font-mono text-lg">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      {doneHref ? (
        <a href={doneHref} className={buttonPrimary}>
          {text("secondFactor.recoveryDone")}
        </a>
      ) : null}
    </section>
  );
}
