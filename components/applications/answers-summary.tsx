import { Link } from "@/components/ui/link";
import type { Answers, GroupField } from "@/lib/catalog/form-schema";
import { visibleFields } from "@/lib/catalog/form-schema";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import { formatBytes } from "@/lib/documents/upload-rules";
import { displayAnswer, groupAnswerLines } from "@/lib/catalog/answer-display";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { linkStyle } from "@/components/ui/styles";
import type { UploadedDocument } from "./document-field";

type Props = {
  definition: FormDefinition;
  answers: Answers;
  documents: UploadedDocument[];
  /** File fields met by an item of the citizen's wallet ("Dokumen saya"), described. */
  fromWallet?: Record<string, string>;
  locale: Locale;
  t: Translator;
  /** Where "Change" goes for a field; null for none (e.g. a locked field). */
  changeHref: (fieldKey: string) => string | null;
};

/** "Check your answers": every shown answer and document, section by section. */
export function AnswersSummary({ definition, answers, documents, fromWallet, locale, t, changeHref }: Props) {
  const shown = new Set(visibleFields(definition, answers));
  return (
    <>
      {definition.sections.map((section) => (
        <section key={section.key} aria-labelledby={`summary-${section.key}`} className="mb-8">
          <h2 id={`summary-${section.key}`} className="mb-2 text-xl font-semibold">
            {section.title[locale]}
          </h2>
          <dl className="divide-y divide-slate-300 border-y border-slate-300">
            {section.fields
              .filter((field) => shown.has(field.key))
              .map((field) => {
                const href = changeHref(field.key);
                let value: React.ReactNode;
                if (field.type === "file") {
                  const document = documents.find((candidate) => candidate.fieldKey === field.key);
                  value =
                    fromWallet?.[field.key] ??
                    (document ? `${document.fileName} (${formatBytes(document.sizeBytes, locale)})` : t("application.documentMissing"));
                } else if (field.type === "group") {
                  value = <GroupAnswer field={field} value={answers[field.key]} locale={locale} t={t} />;
                } else {
                  value = displayAnswer(field, answers[field.key], locale, t);
                }
                return (
                  <div key={field.key} className="grid gap-2 py-3 sm:grid-cols-[1fr_2fr_auto]">
                    <dt className="font-semibold">{field.label[locale]}</dt>
                    <dd className="whitespace-pre-line break-words">{value}</dd>
                    <dd>
                      {href ? (
                        <Link href={href} className={linkStyle}>
                          {t("application.change")}
                          <span className="sr-only"> {field.label[locale]}</span>
                        </Link>
                      ) : null}
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </>
  );
}

/** A repeated group's answers, one numbered item per entry (files are listed elsewhere). */
export function GroupAnswer({ field, value, locale, t }: { field: GroupField; value: unknown; locale: Locale; t: Translator }) {
  const lines = groupAnswerLines(field, value, locale, t);
  if (lines.length === 0) return <>{t("application.notAnswered")}</>;
  return (
    <ol className="list-decimal pl-5">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ol>
  );
}
