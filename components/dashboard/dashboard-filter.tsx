import { buttonPrimary, inputBase } from "@/components/ui/styles";
import type { DashboardCatalog, Selection } from "@/lib/dashboard/view";
import { PERIOD_KINDS, type PeriodKind } from "@/lib/dashboard/period";
import { pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

type Query = Record<string, string | string[] | undefined>;
const raw = (query: Query, name: string) => {
  const value = query[name];
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, 40);
};

function Field({
  id,
  label,
  hint,
  error,
  periodKind,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The kind of period this input belongs to: shown only while that kind is chosen (app/globals.css). */
  periodKind?: PeriodKind;
  children: (describedBy: string | undefined, invalid: boolean) => React.ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div data-period-field={periodKind}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-accent-500">
          {error}
        </p>
      ) : null}
      <div className="mt-1">{children(describedBy, Boolean(error))}</div>
    </div>
  );
}

/** The field a period error points at: the companion input of the kind asked for, or the kind itself. */
function periodErrorField(kind: string): string {
  if (kind === "bulan" || kind === "triwulan" || kind === "tahun") return kind;
  return kind === "rentang" ? "dari" : "periode";
}

/**
 * The period and scope of a dashboard: a plain GET form, so it works without
 * JavaScript and every view has a URL to share. Only the inputs of the chosen
 * kind of period show (a CSS :has rule, so also without JavaScript; where a
 * browser lacks :has, all show and the kind says which one counts). A choice
 * that cannot be used is named, next to its field and in a summary above,
 * and what was asked for stays in the form.
 */
export function DashboardFilter({
  action,
  selection,
  catalog,
  today,
  locale,
  t,
  query = {},
  hidden = {},
}: {
  action: string;
  /** Parameters the form carries along unchanged, such as the dashboard part being read. */
  hidden?: Record<string, string>;
  selection: Selection;
  /** The request's parameters, to keep what was asked for when it cannot be used. */
  query?: Query;
  catalog: DashboardCatalog;
  today: string;
  locale: Locale;
  t: Translator;
}) {
  const { period } = selection;
  const periodInvalid = selection.invalid.includes("period");
  const askedKind = raw(query, "periode");
  const kind: PeriodKind = periodInvalid && (PERIOD_KINDS as readonly string[]).includes(askedKind) ? (askedKind as PeriodKind) : period.kind;
  const errors: { field: string; message: string }[] = [];
  if (periodInvalid) {
    const messageKind = (PERIOD_KINDS as readonly string[]).includes(askedKind) ? (askedKind as PeriodKind) : "kind";
    errors.push({ field: periodErrorField(askedKind), message: t(`dashboard.filter.error.${messageKind}`) });
  }
  if (selection.invalid.includes("agency")) errors.push({ field: "instansi", message: t("dashboard.filter.error.agency") });
  if (selection.invalid.includes("service")) errors.push({ field: "layanan", message: t("dashboard.filter.error.service") });
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  /** What the visitor asked for, where it could not be used; else the value in effect. */
  const kept = (name: string, value: string) => (periodInvalid && raw(query, name) ? raw(query, name) : value);
  const year = Number(today.slice(0, 4));
  const currentQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters = Array.from({ length: 12 }, (_, back) => {
    const index = year * 4 + (currentQuarter - 1) - back;
    return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  });
  const years = Array.from({ length: 5 }, (_, back) => String(year - back));
  const month = kept("bulan", period.kind === "bulan" ? period.from.slice(0, 7) : today.slice(0, 7));
  const quarter = kept("triwulan", period.kind === "triwulan" ? period.query.triwulan! : `${year}-${currentQuarter}`);
  const chosenYear = kept("tahun", period.kind === "tahun" ? period.from.slice(0, 4) : String(year));
  return (
    <form
      method="get"
      action={action}
      className="dashboard-filter mb-8 rounded-lg border border-slate-300 bg-white p-4"
      aria-labelledby="dashboard-filter-title"
    >
      <h2 id="dashboard-filter-title" className="mb-3 text-xl font-semibold">
        {t("dashboard.filter.title")}
      </h2>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {errors.length ? (
        <div role="alert" aria-labelledby="dashboard-filter-errors" className="mb-4 border-4 border-accent-500 bg-white p-4" data-testid="filter-errors">
          <h3 id="dashboard-filter-errors" className="text-lg font-bold">
            {t("dashboard.filter.error.title")}
          </h3>
          <ul className="mt-2 space-y-1">
            {errors.map((error) => (
              <li key={error.field}>
                <a href={`#${error.field}`} className="font-semibold text-accent-500 underline">
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="periode" label={t("dashboard.filter.periodKind")} error={errorOf("periode")}>
          {(describedBy, invalid) => (
            <select id="periode" name="periode" defaultValue={kind} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputBase}>
              {PERIOD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`dashboard.filter.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="bulan" label={t("dashboard.filter.month")} hint={t("dashboard.filter.monthHint")} error={errorOf("bulan")} periodKind="bulan">
          {(describedBy, invalid) => (
            <input
              id="bulan"
              name="bulan"
              type="month"
              min="2000-01"
              max={today.slice(0, 7)}
              defaultValue={month}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputBase}
            />
          )}
        </Field>
        <Field id="triwulan" label={t("dashboard.filter.quarter")} hint={t("dashboard.filter.quarterHint")} error={errorOf("triwulan")} periodKind="triwulan">
          {(describedBy, invalid) => (
            <select
              id="triwulan"
              name="triwulan"
              defaultValue={quarter}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputBase}
            >
              {quarters.map((entry) => (
                <option key={`${entry.year}-${entry.quarter}`} value={`${entry.year}-${entry.quarter}`}>
                  {t("dashboard.filter.quarterOption", { quarter: entry.quarter, year: entry.year })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tahun" label={t("dashboard.filter.year")} hint={t("dashboard.filter.yearHint")} error={errorOf("tahun")} periodKind="tahun">
          {(describedBy, invalid) => (
            <select id="tahun" name="tahun" defaultValue={chosenYear} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputBase}>
              {years.map((entry) => (
                <option key={entry} value={entry}>
                  {entry}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="dari" label={t("dashboard.filter.from")} hint={t("dashboard.filter.rangeHint")} error={errorOf("dari")} periodKind="rentang">
          {(describedBy, invalid) => (
            <input
              id="dari"
              name="dari"
              type="date"
              max={today}
              defaultValue={kept("dari", period.from)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputBase}
            />
          )}
        </Field>
        <Field id="sampai" label={t("dashboard.filter.to")} periodKind="rentang">
          {() => <input id="sampai" name="sampai" type="date" max={today} defaultValue={kept("sampai", period.to)} className={inputBase} />}
        </Field>
        <Field id="instansi" label={t("dashboard.filter.agency")} error={errorOf("instansi")}>
          {(describedBy, invalid) => (
            <select
              id="instansi"
              name="instansi"
              defaultValue={selection.agency?.slug ?? ""}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputBase}
            >
              <option value="">{t("dashboard.filter.allAgencies")}</option>
              {catalog.agencies.map((agency) => (
                <option key={agency.id} value={agency.slug}>
                  {pick(locale, agency, "name")}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="layanan" label={t("dashboard.filter.service")} error={errorOf("layanan")}>
          {(describedBy, invalid) => (
            <select
              id="layanan"
              name="layanan"
              defaultValue={selection.service?.slug ?? ""}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputBase}
            >
              <option value="">{t("dashboard.filter.allServices")}</option>
              {catalog.agencies.map((agency) => {
                const services = catalog.services.filter((service) => service.agencyId === agency.id);
                return services.length ? (
                  <optgroup key={agency.id} label={pick(locale, agency, "name")}>
                    {services.map((service) => (
                      <option key={service.id} value={service.slug}>
                        {pick(locale, service, "name")}
                      </option>
                    ))}
                  </optgroup>
                ) : null;
              })}
            </select>
          )}
        </Field>
      </div>
      <p className="mt-4">
        <button type="submit" className={buttonPrimary}>
          {t("dashboard.filter.apply")}
        </button>
      </p>
    </form>
  );
}
