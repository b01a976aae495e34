import { linkStyle } from "@/components/ui/styles";
import { documentFieldKeys, type AnswersInput } from "@/lib/catalog/form-schema";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import { formatBytes } from "@/lib/documents/upload-rules";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

type Document = { id: string; fieldKey: string | null; fileName: string; sizeBytes: number };
type Props = { definition: FormDefinition; answers: AnswersInput; documents: readonly Document[]; locale: Locale; t: Translator };

/**
 * The uploaded documents under the requirement each one satisfies (the
 * form's document fields, in the reader's language), with the requirements
 * still without a file named too. A file whose field the form no longer
 * shows is listed last, so nothing the citizen sent disappears.
 */
export function RequirementDocuments({ definition, answers, documents, locale, t }: Props) {
  const fields = definition.sections.flatMap((section) => section.fields);
  const shownKeys = documentFieldKeys(definition, answers);
  const requirements = shownKeys.flatMap((key) => {
    const field = fields.find((candidate) => candidate.key === key);
    return field ? [{ key, label: field.label[locale], files: documents.filter((document) => document.fieldKey === key) }] : [];
  });
  const others = documents.filter((document) => !document.fieldKey || !shownKeys.includes(document.fieldKey));
  if (requirements.length === 0 && others.length === 0) return null;
  const fileLinks = (files: readonly Document[]) => (
    <ul className="space-y-1">
      {files.map((file) => (
        <li key={file.id}>
          <a href={`/api/dokumen/${file.id}`} className={`${linkStyle} break-all`}>
            {t("application.download", { name: file.fileName })}
          </a>{" "}
          <span className="text-sm text-slate-600">({formatBytes(file.sizeBytes, locale)})</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="documents-title" className="mt-8" data-testid="requirement-documents">
      <h2 id="documents-title" className="mb-2 text-2xl font-semibold">
        {t("application.requirementDocuments")}
      </h2>
      <dl className="divide-y divide-slate-300 border-y border-slate-300">
        {requirements.map((requirement) => (
          <div key={requirement.key} className="grid gap-1 py-2 sm:grid-cols-[1fr_2fr] sm:gap-4">
            <dt className="font-semibold">{requirement.label}</dt>
            <dd>{requirement.files.length ? fileLinks(requirement.files) : t("application.documentNotUploaded")}</dd>
          </div>
        ))}
        {others.length ? (
          <div className="grid gap-1 py-2 sm:grid-cols-[1fr_2fr] sm:gap-4">
            <dt className="font-semibold">{t("application.otherDocuments")}</dt>
            <dd>{fileLinks(others)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
