import { z } from "zod";
import { DATASETS, type ColumnType, type DatasetId } from "./open-data";

/**
 * The open data JSON files (/api/data/<dataset>.json) as zod schemas, built
 * from the datasets' own column definitions (open-data.ts): the OpenAPI
 * document (lib/developer/openapi.ts) shows exactly the columns the files
 * carry, and a row with a column the definition lacks fails the consistency test.
 */

/** A suppressed count is written "<5" (DESIGN.md §8); a figure derived from fewer than 5 records is null. */
const COLUMN_VALUES: Record<ColumnType, z.ZodType> = {
  string: z.string().nullable(),
  integer: z.number().int().nullable(),
  decimal: z.number().nullable(),
  date: z.string().describe("YYYY-MM-DD"),
  boolean: z.boolean(),
  count: z.union([z.number().int(), z.literal("<5"), z.null()]),
};

export const openDataMetaSchema = z.object({
  dataset: z.string(),
  judul: z.string().describe("Title (Indonesian)"),
  deskripsi: z.string().describe("Description (Indonesian)"),
  periode: z.object({ mulai: z.string(), selesai: z.string() }).describe("The period, local dates YYYY-MM-DD"),
  cakupan: z.object({ instansi: z.string(), layanan: z.string() }).describe('The agency code and service slug, or "SEMUA"'),
  diperbarui: z.string().nullable().describe("When the figures were last rebuilt (ISO 8601)"),
  supresi: z.string(),
  kamus_data: z.string().describe("The data dictionary's URL"),
  lisensi: z.literal("CC-BY-4.0"),
  kolom: z.array(z.string()),
});

/** One dataset's JSON file: its metadata and its rows, each with exactly the dataset's columns. */
export function openDataDocumentSchema(id: DatasetId) {
  const row = z.object(Object.fromEntries(DATASETS[id].columns.map((column) => [column.name, COLUMN_VALUES[column.type].describe(column.description.en)])));
  return z.object({ meta: openDataMetaSchema, data: z.array(row) });
}

export type OpenDataDocument = { meta: z.infer<typeof openDataMetaSchema>; data: Record<string, string | number | boolean | null>[] };

/** The dashboard's own selection, as /transparansi takes it (view.ts parseSelection); the route reads only these. */
export const openDataQuerySchema = z.object({
  periode: z.string().optional().describe("tahun (default), bulan, triwulan or rentang"),
  tahun: z.string().optional().describe("YYYY, with periode=tahun"),
  bulan: z.string().optional().describe("YYYY-MM, with periode=bulan"),
  triwulan: z.string().optional().describe("YYYY-Q (1 to 4), with periode=triwulan"),
  dari: z.string().optional().describe("YYYY-MM-DD, with periode=rentang"),
  sampai: z.string().optional().describe("YYYY-MM-DD, with periode=rentang"),
  instansi: z.string().optional().describe("An agency's slug"),
  layanan: z.string().optional().describe("A service's slug"),
});

/** The documented parameters of a request URL, nothing else. */
export function openDataQuery(searchParams: URLSearchParams): z.infer<typeof openDataQuerySchema> {
  const known = openDataQuerySchema.keyof().options;
  return openDataQuerySchema.parse(Object.fromEntries(known.flatMap((name) => (searchParams.has(name) ? [[name, searchParams.get(name)]] : []))));
}
