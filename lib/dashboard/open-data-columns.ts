import type { LocalizedText } from "@/lib/platform/i18n/localized";
import type { CsvValue } from "./csv";
import type { DashboardView } from "./view";

/** What every open dataset is made of (open-data.ts): typed, described columns and the scope and period every row repeats. */
export type ColumnType = "string" | "integer" | "decimal" | "date" | "boolean" | "count";
export type DatasetColumn = { name: string; type: ColumnType; description: LocalizedText };
export type DatasetRow = Record<string, CsvValue>;

export type DatasetDefinition = {
  title: LocalizedText;
  description: LocalizedText;
  columns: DatasetColumn[];
  rows: (view: DashboardView) => DatasetRow[];
};

export const col = (name: string, type: ColumnType, id: string, en: string): DatasetColumn => ({ name, type, description: { id, en } });

export const PERIOD_COLUMNS = [
  col("periode_mulai", "date", "Tanggal pertama periode.", "First day of the period."),
  col("periode_selesai", "date", "Tanggal terakhir periode (paling lambat hari ini).", "Last day of the period (today at the latest)."),
];

export const SCOPE_COLUMNS = [
  col("cakupan_instansi", "string", "Kode instansi yang dipilih, atau SEMUA.", "Code of the chosen agency, or SEMUA (all)."),
  col("cakupan_layanan", "string", "Kode layanan yang dipilih, atau SEMUA.", "Code of the chosen service, or SEMUA (all)."),
];

export function periodValues(view: DashboardView): DatasetRow {
  return { periode_mulai: view.selection.period.from, periode_selesai: view.selection.period.to };
}

export function scopeValues(view: DashboardView): DatasetRow {
  return { cakupan_instansi: view.selection.agency?.code ?? "SEMUA", cakupan_layanan: view.selection.service?.slug ?? "SEMUA" };
}
