import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { labelForPath } from "./field-labels";
import { UserText } from "@/components/ui/user-text";

/** What the officer asked the citizen to fix, in the officer's words, with the fields named. */
export function CorrectionNotice({
  correction,
  definition,
  locale,
  t,
  children,
}: {
  correction: { note: string; fields: string[] };
  definition: FormDefinition;
  locale: Locale;
  t: Translator;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby="correction-title" className="mb-8 max-w-2xl border-l-8 border-amber-500 bg-amber-50 p-4">
      <h2 id="correction-title" className="text-xl font-bold">
        {t("application.correctionTitle")}
      </h2>
      <p className="mt-2 whitespace-pre-line">
        <UserText>{correction.note}</UserText>
      </p>
      <p className="mt-3 font-semibold">{t("application.correctionFields")}</p>
      <ul className="ml-6 list-disc">
        {correction.fields.map((field) => (
          <li key={field}>{labelForPath(definition, field, locale) ?? field}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">{t("application.correctionLocked")}</p>
      {children}
    </section>
  );
}
