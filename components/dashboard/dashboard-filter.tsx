import { buttonPrimary, inputBase } from "@/components/ui/styles";
import type { DashboardCatalog, Selection } from "@/lib/dashboard/view";
import { PERIOD_KINDS } from "@/lib/dashboard/period";
import { pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: (describedBy: string | undefined) => React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">{children(hint ? `${id}-hint` : undefined)}</div>
    </div>
  );
}

/**
 * The period and scope of a dashboard: a plain GET form, so it works without
 * JavaScript and every view has a URL to share. All period fields are always
 * there; the kind of period says which one counts.
 */
export function DashboardFilter({
  action,
  selection,
  catalog,
  today,
  locale,
  t,
}: {
  action: string;
  selection: Selection;
  catalog: DashboardCatalog;
  today: string;
  locale: Locale;
  t: Translator;
}) {
  const { period } = selection;
  const year = Number(today.slice(0, 4));
  const currentQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters = Array.from({ length: 12 }, (_, back) => {
    const index = year * 4 + (currentQuarter - 1) - back;
    return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  });
  const years = Array.from({ length: 5 }, (_, back) => String(year - back));
  const month = period.kind === "bulan" ? period.from.slice(0, 7) : today.slice(0, 7);
  const quarter = period.kind === "triwulan" ? period.query.triwulan : `${year}-${currentQuarter}`;
  const chosenYear = period.kind === "tahun" ? period.from.slice(0, 4) : String(year);
  return (
    <form method="get" action={action} className="mb-8 rounded-lg border border-slate-300 bg-white p-4" aria-labelledby="dashboard-filter-title">
      <h2 id="dashboard-filter-title" className="mb-3 text-xl font-semibold">
        {t("dashboard.filter.title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="periode" label={t("dashboard.filter.periodKind")}>
          {() => (
            <select id="periode" name="periode" defaultValue={period.kind} className={inputBase}>
              {PERIOD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`dashboard.filter.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="bulan" label={t("dashboard.filter.month")} hint={t("dashboard.filter.monthHint")}>
          {(describedBy) => (
            <input id="bulan" name="bulan" type="month" min="2000-01" max={today.slice(0, 7)} defaultValue={month} aria-describedby={describedBy} className={inputBase} />
          )}
        </Field>
        <Field id="triwulan" label={t("dashboard.filter.quarter")} hint={t("dashboard.filter.quarterHint")}>
          {(describedBy) => (
            <select id="triwulan" name="triwulan" defaultValue={quarter} aria-describedby={describedBy} className={inputBase}>
              {quarters.map((entry) => (
                <option key={`${entry.year}-${entry.quarter}`} value={`${entry.year}-${entry.quarter}`}>
                  {t("dashboard.filter.quarterOption", { quarter: entry.quarter, year: entry.year })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tahun" label={t("dashboard.filter.year")} hint={t("dashboard.filter.yearHint")}>
          {(describedBy) => (
            <select id="tahun" name="tahun" defaultValue={chosenYear} aria-describedby={describedBy} className={inputBase}>
              {years.map((entry) => (
                <option key={entry} value={entry}>
                  {entry}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="dari" label={t("dashboard.filter.from")} hint={t("dashboard.filter.rangeHint")}>
          {(describedBy) => <input id="dari" name="dari" type="date" max={today} defaultValue={period.from} aria-describedby={describedBy} className={inputBase} />}
        </Field>
        <Field id="sampai" label={t("dashboard.filter.to")}>
          {() => <input id="sampai" name="sampai" type="date" max={today} defaultValue={period.to} className={inputBase} />}
        </Field>
        <Field id="instansi" label={t("dashboard.filter.agency")}>
          {() => (
            <select id="instansi" name="instansi" defaultValue={selection.agency?.slug ?? ""} className={inputBase}>
              <option value="">{t("dashboard.filter.allAgencies")}</option>
              {catalog.agencies.map((agency) => (
                <option key={agency.id} value={agency.slug}>
                  {pick(locale, agency, "name")}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="layanan" label={t("dashboard.filter.service")}>
          {() => (
            <select id="layanan" name="layanan" defaultValue={selection.service?.slug ?? ""} className={inputBase}>
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
