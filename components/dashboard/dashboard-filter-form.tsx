"use client";
import type { ReactNode } from "react";
import { buttonPrimary, inputBase } from "@/components/ui/styles";
import type { PeriodKind } from "@/lib/dashboard/period";

/** A value and the words shown for it. */
export type FilterOption = [value: string, label: string];

/**
 * Everything the filter shows, already in words. The form is a client
 * component only so that the page's RSC payload carries this small model
 * instead of the form's whole element tree: it renders the same plain GET
 * form on the server and needs no script to work.
 */
export type FilterModel = {
  action: string;
  hidden: FilterOption[];
  text: Record<
    | "title"
    | "periodKind"
    | "month"
    | "monthHint"
    | "quarter"
    | "quarterHint"
    | "year"
    | "yearHint"
    | "from"
    | "to"
    | "rangeHint"
    | "agency"
    | "allAgencies"
    | "service"
    | "allServices"
    | "apply"
    | "errorTitle",
    string
  >;
  errors: { field: string; message: string }[];
  kinds: FilterOption[];
  kind: PeriodKind;
  month: string;
  quarter: string;
  year: string;
  from: string;
  to: string;
  agency: string;
  service: string;
  today: string;
  quarters: FilterOption[];
  years: string[];
  agencies: FilterOption[];
  /** Services under their agency's name. */
  serviceGroups: [label: string, services: FilterOption[]][];
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
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
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

const options = (entries: FilterOption[]) =>
  entries.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

function Choice({ id, value, describedBy, invalid, children }: { id: string; value: string; describedBy?: string; invalid: boolean; children: ReactNode }) {
  return (
    <select id={id} name={id} defaultValue={value} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputBase}>
      {children}
    </select>
  );
}

export function DashboardFilterForm({ model }: { model: FilterModel }) {
  const { text } = model;
  const errorOf = (field: string) => model.errors.find((error) => error.field === field)?.message;
  return (
    <form
      method="get"
      action={model.action}
      className="dashboard-filter mb-8 rounded-lg border border-slate-300 bg-white p-4"
      aria-labelledby="dashboard-filter-title"
    >
      <h2 id="dashboard-filter-title" className="mb-3 text-xl font-semibold">
        {text.title}
      </h2>
      {model.hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {model.errors.length ? (
        <div role="alert" aria-labelledby="dashboard-filter-errors" className="mb-4 border-4 border-accent-500 bg-white p-4" data-testid="filter-errors">
          <h3 id="dashboard-filter-errors" className="text-lg font-bold">
            {text.errorTitle}
          </h3>
          <ul className="mt-2 space-y-1">
            {model.errors.map((error) => (
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
        <Field id="periode" label={text.periodKind} error={errorOf("periode")}>
          {(describedBy, invalid) => (
            <Choice id="periode" value={model.kind} describedBy={describedBy} invalid={invalid}>
              {options(model.kinds)}
            </Choice>
          )}
        </Field>
        <Field id="bulan" label={text.month} hint={text.monthHint} error={errorOf("bulan")} periodKind="bulan">
          {(describedBy, invalid) => (
            <input
              id="bulan"
              name="bulan"
              type="month"
              min="2000-01"
              max={model.today.slice(0, 7)}
              defaultValue={model.month}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputBase}
            />
          )}
        </Field>
        <Field id="triwulan" label={text.quarter} hint={text.quarterHint} error={errorOf("triwulan")} periodKind="triwulan">
          {(describedBy, invalid) => (
            <Choice id="triwulan" value={model.quarter} describedBy={describedBy} invalid={invalid}>
              {options(model.quarters)}
            </Choice>
          )}
        </Field>
        <Field id="tahun" label={text.year} hint={text.yearHint} error={errorOf("tahun")} periodKind="tahun">
          {(describedBy, invalid) => (
            <Choice id="tahun" value={model.year} describedBy={describedBy} invalid={invalid}>
              {options(model.years.map((year) => [year, year]))}
            </Choice>
          )}
        </Field>
        <Field id="dari" label={text.from} hint={text.rangeHint} error={errorOf("dari")} periodKind="rentang">
          {(describedBy, invalid) => (
            <input
              id="dari"
              name="dari"
              type="date"
              max={model.today}
              defaultValue={model.from}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputBase}
            />
          )}
        </Field>
        <Field id="sampai" label={text.to} periodKind="rentang">
          {() => <input id="sampai" name="sampai" type="date" max={model.today} defaultValue={model.to} className={inputBase} />}
        </Field>
        <Field id="instansi" label={text.agency} error={errorOf("instansi")}>
          {(describedBy, invalid) => (
            <Choice id="instansi" value={model.agency} describedBy={describedBy} invalid={invalid}>
              {options([["", text.allAgencies], ...model.agencies])}
            </Choice>
          )}
        </Field>
        <Field id="layanan" label={text.service} error={errorOf("layanan")}>
          {(describedBy, invalid) => (
            <Choice id="layanan" value={model.service} describedBy={describedBy} invalid={invalid}>
              <option value="">{text.allServices}</option>
              {model.serviceGroups.map(([label, services]) => (
                <optgroup key={label} label={label}>
                  {options(services)}
                </optgroup>
              ))}
            </Choice>
          )}
        </Field>
      </div>
      <p className="mt-4">
        <button type="submit" className={buttonPrimary}>
          {text.apply}
        </button>
      </p>
    </form>
  );
}
