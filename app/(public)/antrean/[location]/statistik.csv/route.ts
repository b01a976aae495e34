import { toCsv } from "@/lib/dashboard/csv";
import { errorResponse } from "@/lib/platform/http";
import { kioskView } from "@/lib/visits/queries";
import { visitFigures } from "@/lib/visits/statistics";

export const dynamic = "force-dynamic";

/** Open data: the location's visit figures per service (the "how busy" page's table), small numbers suppressed. */
export async function GET(_request: Request, { params }: { params: Promise<{ location: string }> }) {
  const { location: slug } = await params;
  try {
    const { location } = await kioskView(slug);
    const figures = await visitFigures(location.id);
    const csv = toCsv(
      ["lokasi", "kode_layanan", "nama_layanan", "nomor_antrean", "median_menunggu_menit", "median_layanan_menit", "tidak_hadir_persen"],
      figures.map((row) => [
        location.slug,
        row.serviceSlug,
        row.serviceNameId,
        row.tickets,
        row.medianWaitMinutes,
        row.medianServiceMinutes,
        row.noShowPercent,
      ]),
    );
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="kunjungan-${location.slug}.csv"` },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
