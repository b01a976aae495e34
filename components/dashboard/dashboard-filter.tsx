import type { DashboardCatalog, Selection } from "@/lib/dashboard/view";
import { PERIOD_KINDS, type PeriodKind } from "@/lib/dashboard/period";
import { pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { DashboardFilterForm, type FilterModel } from "./dashboard-filter-form";

type Query = Record<string, string | string[] | undefined>;
const raw = (query: Query, name: string) => {
  const value = query[name];
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, 40);
};

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
 * and what was asked for stays in the form. The words and choices are worked
 * out here; ./dashboard-filter-form.tsx draws them.
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
  selection: Selection;
  /** The request's parameters, to keep what was asked for when it cannot be used. */
  query?: Query;
  /** Parameters the form carries along unchanged, such as the dashboard part being read. */
  hidden?: Record<string, string>;
  catalog: DashboardCatalog;
  today: string;
  locale: Locale;
  t: Translator;
}) {
  const { period } = selection;
  const periodInvalid = selection.invalid.includes("period");
  const askedKind = raw(query, "periode");
  const kind: PeriodKind = periodInvalid && (PERIOD_KINDS as readonly string[]).includes(askedKind) ? (askedKind as PeriodKind) : period.kind;
  const errors: FilterModel["errors"] = [];
  if (periodInvalid) {
    const messageKind = (PERIOD_KINDS as readonly string[]).includes(askedKind) ? (askedKind as PeriodKind) : "kind";
    errors.push({ field: periodErrorField(askedKind), message: t(`dashboard.filter.error.${messageKind}`) });
  }
  if (selection.invalid.includes("agency")) errors.push({ field: "instansi", message: t("dashboard.filter.error.agency") });
  if (selection.invalid.includes("service")) errors.push({ field: "layanan", message: t("dashboard.filter.error.service") });
  /** What the visitor asked for, where it could not be used; else the value in effect. */
  const kept = (name: string, value: string) => (periodInvalid && raw(query, name) ? raw(query, name) : value);
  const year = Number(today.slice(0, 4));
  const currentQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters = Array.from({ length: 12 }, (_, back) => {
    const index = year * 4 + (currentQuarter - 1) - back;
    return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  });
  const model: FilterModel = {
    action,
    hidden: Object.entries(hidden),
    text: {
      title: t("dashboard.filter.title"),
      periodKind: t("dashboard.filter.periodKind"),
      month: t("dashboard.filter.month"),
      monthHint: t("dashboard.filter.monthHint"),
      quarter: t("dashboard.filter.quarter"),
      quarterHint: t("dashboard.filter.quarterHint"),
      year: t("dashboard.filter.year"),
      yearHint: t("dashboard.filter.yearHint"),
      from: t("dashboard.filter.from"),
      to: t("dashboard.filter.to"),
      rangeHint: t("dashboard.filter.rangeHint"),
      agency: t("dashboard.filter.agency"),
      allAgencies: t("dashboard.filter.allAgencies"),
      service: t("dashboard.filter.service"),
      allServices: t("dashboard.filter.allServices"),
      apply: t("dashboard.filter.apply"),
      errorTitle: t("dashboard.filter.error.title"),
    },
    errors,
    kinds: PERIOD_KINDS.map((entry) => [entry, t(`dashboard.filter.kind.${entry}`)]),
    kind,
    month: kept("bulan", period.kind === "bulan" ? period.from.slice(0, 7) : today.slice(0, 7)),
    quarter: kept("triwulan", period.kind === "triwulan" ? period.query.triwulan! : `${year}-${currentQuarter}`),
    year: kept("tahun", period.kind === "tahun" ? period.from.slice(0, 4) : String(year)),
    from: kept("dari", period.from),
    to: kept("sampai", period.to),
    agency: selection.agency?.slug ?? "",
    service: selection.service?.slug ?? "",
    today,
    quarters: quarters.map((entry) => [`${entry.year}-${entry.quarter}`, t("dashboard.filter.quarterOption", { quarter: entry.quarter, year: entry.year })]),
    years: Array.from({ length: 5 }, (_, back) => String(year - back)),
    agencies: catalog.agencies.map((agency) => [agency.slug, pick(locale, agency, "name")]),
    serviceGroups: catalog.agencies
      .map((agency): FilterModel["serviceGroups"][number] => [
        pick(locale, agency, "name"),
        catalog.services.filter((service) => service.agencyId === agency.id).map((service) => [service.slug, pick(locale, service, "name")]),
      ])
      .filter(([, services]) => services.length > 0),
  };
  return <DashboardFilterForm model={model} />;
}
