import { Link } from "@/components/ui/link";
import { AnswerView } from "@/components/assistant/answer-view";
import { AskForm } from "@/components/assistant/ask-form";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { askHref, handoffHref } from "@/lib/assistant/paths";
import { askAssistant } from "@/lib/assistant/use-cases/ask-assistant";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { getTranslator } from "@/lib/platform/i18n/server";
import type { SearchParams } from "@/lib/platform/search-params";

export const generateMetadata = pageTitle("assistant.title");
export const dynamic = "force-dynamic";

/** Earlier questions of this conversation: in the URL only, the last few, each bounded. */
const MAX_HISTORY = 4;
const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/** Tanya SatuPintu (DESIGN.md §15): /tanya?q=… answers with a quote from the standard in force, or abstains and offers choices. */
export default async function AskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, { locale, t }, actor] = await Promise.all([searchParams, getTranslator(), currentActor()]);
  const question = all(params.q)[0]?.trim() ?? "";
  const history = all(params.riwayat)
    .map((earlier) => earlier.trim().slice(0, 300))
    .filter(Boolean)
    .slice(-MAX_HISTORY);
  let result: Awaited<ReturnType<typeof askAssistant>> | null = null;
  let problem: MessageKey | null = null;
  if (question) {
    try {
      result = await askAssistant(actor, { q: question, layanan: all(params.layanan)[0], topik: all(params.topik)[0] }, { locale });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.fieldErrors.q?.[0] ?? error.messageKey;
    }
  }
  const serviceSlug = result?.answer.grounded.kind === "quote" ? result.answer.grounded.source.service.slug : null;
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("assistant.title")} lead={t("assistant.lead")} />
      <AskForm
        id="q"
        label={t("assistant.label")}
        hint={t("assistant.hint")}
        submitLabel={t("assistant.submit")}
        history={result ? [...history, question].slice(-MAX_HISTORY) : history}
        error={problem ? t(problem) : undefined}
      />
      {/* Always present, so a screen reader announces each new answer when JavaScript swaps it in. */}
      <section aria-labelledby="answer-heading" aria-live="polite" className="mt-8">
        {result ? (
          <div className="rounded-lg border border-slate-300 bg-white p-6">
            <h2 id="answer-heading" className="text-2xl font-semibold">
              {t("assistant.answerHeading")}
            </h2>
            <p className="mb-4 text-slate-600">{t("assistant.youAsked", { question })}</p>
            <AnswerView answer={result.answer} question={question} locale={locale} t={t} />
          </div>
        ) : (
          <h2 id="answer-heading" className="sr-only">
            {t("assistant.answerHeading")}
          </h2>
        )}
      </section>
      {result ? (
        <section aria-labelledby="handoff-heading" className="mt-6 rounded-lg border border-slate-300 bg-white p-6">
          <h2 id="handoff-heading" className="text-xl font-semibold">
            {t("assistant.handoff.title")}
          </h2>
          <p className="mb-3">{t("assistant.handoff.lead")}</p>
          <p className="flex flex-wrap gap-4">
            <Link href={handoffHref(question, serviceSlug)} className={buttonSecondary} data-testid="assistant-handoff">
              {t("assistant.handoff.link")}
            </Link>
            <Link href="/kontak" className={`${linkStyle} self-center`}>
              {t("assistant.handoff.contact")}
            </Link>
          </p>
        </section>
      ) : null}
      {history.length ? (
        <section aria-labelledby="history-heading" className="mt-6">
          <h2 id="history-heading" className="text-lg font-semibold">
            {t("assistant.history.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("assistant.history.lead")}</p>
          <ul className="mt-2 list-disc pl-6">
            {history.map((earlier, index) => (
              <li key={index}>
                <Link href={askHref(earlier, { history: history.slice(0, index) })} className={linkStyle}>
                  {earlier}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
