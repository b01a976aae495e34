import { topLevelFields } from "@/lib/catalog/form-fields";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import { summaryLine } from "@/components/forms/use-form-messages";
import type { Locale } from "@/lib/platform/i18n/messages";

/**
 * The label a reader knows a problem by: "Nama lengkap", or for a group row
 * "Anggota keluarga 2: Nama". Used by error summaries so each line names its field.
 */
export function labelForPath(definition: FormDefinition, path: string, locale: Locale): string | null {
  const [key, index, subKey] = path.split(".");
  const field = topLevelFields(definition).find((candidate) => candidate.key === key);
  if (!field) return null;
  if (field.type !== "group" || index === undefined) return field.label[locale];
  const item = `${field.itemLabel[locale]} ${Number(index) + 1}`;
  const sub = field.fields.find((candidate) => candidate.key === subKey);
  return sub ? `${item}: ${sub.label[locale]}` : item;
}

/** Error summary lines in form order, each naming its field, linking to the field. */
export function summaryFor(definition: FormDefinition, fieldErrors: Record<string, string[]>, locale: Locale): { field?: string; message: string }[] {
  const order = topLevelFields(definition).map((field) => field.key);
  const rank = (path: string) => {
    const position = order.indexOf(path.split(".")[0] ?? "");
    return position === -1 ? order.length : position;
  };
  return Object.entries(fieldErrors)
    .filter(([, messages]) => messages.length > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true }))
    .map(([path, messages]) => {
      const label = labelForPath(definition, path, locale);
      return label ? { field: path, message: summaryLine(label, messages[0]!) } : { message: messages[0]! };
    });
}
