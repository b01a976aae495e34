import { datasetCsv, datasetFileName, datasetJson, isDatasetId } from "@/lib/dashboard/open-data";
import { openDataQuery } from "@/lib/dashboard/open-data-schema";
import { dashboardCatalog, loadDashboard, parseSelection, portalToday } from "@/lib/dashboard/view";
import { env } from "@/lib/platform/env";

export const dynamic = "force-dynamic";

/**
 * Open data: /api/data/<dataset>.csv or .json with the dashboard's own query
 * parameters. Public and suppressed, exactly the tables of /transparansi.
 * <dataset>.excel.csv is the same CSV as Excel in an id-ID locale reads it
 * (byte order mark, semicolons, decimal commas; lib/dashboard/csv.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z]+)(\.excel)?\.(csv|json)$/.exec(file);
  if (!match || !isDatasetId(match[1]!) || (match[2] && match[3] !== "csv")) {
    return Response.json({ error: "unknown dataset; see /transparansi/kamus-data" }, { status: 404 });
  }
  const dataset = match[1]!;
  const format = match[3] as "csv" | "json";
  const dialect = match[2] ? "excel-id" : "rfc4180";
  const url = new URL(request.url);
  const catalog = await dashboardCatalog();
  // Only the documented parameters (lib/dashboard/open-data-schema.ts, shown in /api/openapi.json).
  const selection = parseSelection(openDataQuery(url.searchParams), catalog, portalToday());
  const view = await loadDashboard(selection, { audience: "public", agencyIds: null, catalog });
  const headers = {
    "Cache-Control": "public, max-age=60",
    "Access-Control-Allow-Origin": "*",
    "Content-Disposition": `${format === "csv" ? "attachment" : "inline"}; filename="${datasetFileName(dataset, view, format, dialect)}"`,
  };
  if (format === "csv") {
    return new Response(datasetCsv(dataset, view, dialect), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const dictionaryUrl = new URL("/transparansi/kamus-data", env().PUBLIC_URL).toString();
  return Response.json(datasetJson(dataset, view, dictionaryUrl), { headers });
}
