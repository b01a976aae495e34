import { answerText } from "@/lib/catalog/answer-display";
import type { AgencyCaseView } from "@/lib/applications/case-view";
import { topLevelFields } from "@/lib/catalog/form-schema";
import type { FormField } from "@/lib/catalog/form-definition";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

type Changes = NonNullable<AgencyCaseView["correctionChanges"]>;

/** An answer of a field of any kind as a reader sees it; a group as its items, one per line. */
function shown(field: FormField | undefined, value: unknown, locale: Locale, t: Translator): string {
  if (!field) return value === undefined || value === null ? t("application.notAnswered") : String(value);
  return answerText(field, value, locale, t);
}

/**
 * What the citizen changed when they sent their correction: each answer and
 * document the officer asked about, before and after, so the review starts
 * from the change rather than from a second reading of everything.
 */
export function CorrectionChanges({ view, changes, locale, t }: { view: AgencyCaseView; changes: Changes; locale: Locale; t: Translator }) {
  const fields = topLevelFields(view.formDefinition);
  const fieldOf = (key: string) => fields.find((field) => field.key === key);
  const none = t("backOffice.changes.noFile");
  const rows = [
    ...changes.answers.map((change) => ({
      key: change.field,
      label: fieldOf(change.field)?.label[locale] ?? change.field,
      before: shown(fieldOf(change.field), change.before, locale, t),
      after: shown(fieldOf(change.field), change.after, locale, t),
    })),
    ...changes.documents.map((change) => ({
      key: change.field,
      label: fieldOf(change.field)?.label[locale] ?? change.field,
      before: change.before.join(", ") || none,
      after: change.after.join(", ") || none,
    })),
  ];
  return (
    <section aria-labelledby="changes-title" className="mt-8 rounded-lg border-l-8 border-brand-600 bg-white p-4" data-testid="correction-changes">
      <h2 id="changes-title" className="text-2xl font-semibold">
        {t("backOffice.changes.title")}
      </h2>
      <p className="mt-1 text-slate-700">{t("backOffice.changes.lead", { date: formatMoment(changes.at, locale, view.agency.timezone) })}</p>
      {rows.length ? (
        <div className="relative mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className="p-2">
                  {t("backOffice.changes.field")}
                </th>
                <th scope="col" className="p-2">
                  {t("backOffice.changes.before")}
                </th>
                <th scope="col" className="p-2">
                  {t("backOffice.changes.after")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-slate-300 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    {row.label}
                  </th>
                  <td className="whitespace-pre-line p-2">
                    <del className="decoration-2">{row.before}</del>
                  </td>
                  <td className="whitespace-pre-line p-2">
                    <ins className="font-semibold no-underline">{row.after}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3">{t("backOffice.changes.none")}</p>
      )}
    </section>
  );
}
