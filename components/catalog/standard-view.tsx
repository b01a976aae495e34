import type { LocalizedText } from "@/lib/platform/i18n/localized";
import { DELIVERY_COMPONENTS, MANAGEMENT_COMPONENTS, type ServiceStandard } from "@/lib/catalog/standard";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

// The fee rule is the fee component as data: the published wording (`fee`) is what this page shows.
type ComponentKey = Exclude<keyof ServiceStandard, "feeRule">;

function ComponentBody({ value, locale, ordered }: { value: LocalizedText | LocalizedText[]; locale: Locale; ordered: boolean }) {
  if (!Array.isArray(value)) return <p>{value[locale]}</p>;
  const items = value.map((item, index) => <li key={index}>{item[locale]}</li>);
  return ordered ? <ol className="list-decimal space-y-1 pl-6">{items}</ol> : <ul className="list-disc space-y-1 pl-6">{items}</ul>;
}

/** One section per standard component, numbered as PermenPANRB 15/2014 numbers them. */
export function StandardComponents({
  standard,
  part,
  locale,
  t,
}: {
  standard: ServiceStandard;
  part: "delivery" | "management";
  locale: Locale;
  t: Translator;
}) {
  const keys: readonly ComponentKey[] = part === "delivery" ? DELIVERY_COMPONENTS : MANAGEMENT_COMPONENTS;
  const offset = part === "delivery" ? 0 : DELIVERY_COMPONENTS.length;
  return (
    <div className="space-y-6">
      {keys.map((key, index) => (
        <section key={key} aria-labelledby={`std-${key}`}>
          <h3 id={`std-${key}`} className="text-xl font-semibold text-slate-900">
            {offset + index + 1}. {t(`standard.${key}`)}
          </h3>
          <div className="mt-2 text-slate-800">
            <ComponentBody value={standard[key]} locale={locale} ordered={key === "procedure"} />
          </div>
        </section>
      ))}
    </div>
  );
}
