import { col, PERIOD_COLUMNS, periodValues, SCOPE_COLUMNS, scopeValues, type DatasetDefinition } from "./open-data-columns";

/**
 * The `kunjungan` dataset (issue 19): the office visits per location and
 * service in the period, the dashboard's visit table. Small numbers follow the
 * dashboard's rule (lib/visits/figures.ts): tickets 1–4 as "<5", a figure
 * from fewer than 5 records null.
 */
export const VISIT_DATASET: DatasetDefinition = {
  title: { id: "Kunjungan ke kantor pelayanan", en: "Office visits" },
  description: {
    id: "Per lokasi (MPP atau kantor instansi) dan layanan: nomor antrean, median waktu menunggu (check-in atau ambil nomor sampai dipanggil), median waktu dilayani (dipanggil sampai selesai), dan persentase tidak hadir dari jadwal yang dipesan.",
    en: "Per location (an MPP or an agency office) and service: queue numbers, median waiting time (check-in or ticket to call), median service time (call to served), and the share of booked visits not attended.",
  },
  columns: [
    ...SCOPE_COLUMNS,
    ...PERIOD_COLUMNS,
    col("kode_lokasi", "string", "Kode lokasi (alamatnya /antrean/<kode>).", "Location code (its address /antrean/<code>)."),
    col("nama_lokasi", "string", "Nama lokasi.", "Location name (Indonesian)."),
    col("kode_instansi", "string", "Kode instansi penyelenggara layanan.", "Code of the agency providing the service."),
    col("kode_layanan", "string", "Kode layanan (alamatnya /layanan/<kode>).", "Service code (its address /layanan/<code>)."),
    col("nama_layanan", "string", "Nama layanan.", "Service name (Indonesian)."),
    col(
      "nomor_antrean",
      "count",
      "Nomor antrean yang diterbitkan (check-in pemesan dan pengunjung tanpa pemesanan).",
      "Queue numbers issued (booked check-ins and walk-ins).",
    ),
    col(
      "median_menunggu_menit",
      "integer",
      "Median menit dari check-in atau ambil nomor sampai dipanggil; kosong bila kurang dari 5 nomor dipanggil.",
      "Median minutes from check-in or ticket to call; empty when fewer than 5 numbers were called.",
    ),
    col(
      "median_layanan_menit",
      "integer",
      "Median menit dari dipanggil sampai selesai dilayani; kosong bila kurang dari 5 nomor selesai dilayani.",
      "Median minutes from call to served; empty when fewer than 5 numbers were served.",
    ),
    col(
      "tidak_hadir_persen",
      "decimal",
      "Jadwal yang tidak hadir (tidak datang, atau tidak ada saat dipanggil) ÷ jadwal yang sudah berakhir × 100, satu desimal; kosong bila kurang dari 5 jadwal berakhir.",
      "Booked visits not attended (never came, or absent when called) ÷ booked visits ended × 100, one decimal; empty when fewer than 5 ended.",
    ),
  ],
  rows: (view) =>
    view.visits.map((row) => ({
      ...scopeValues(view),
      ...periodValues(view),
      kode_lokasi: row.location.slug,
      nama_lokasi: row.location.nameId,
      kode_instansi: row.agencyCode,
      kode_layanan: row.service.slug,
      nama_layanan: row.service.nameId,
      nomor_antrean: row.tickets,
      median_menunggu_menit: row.medianWaitMinutes,
      median_layanan_menit: row.medianServiceMinutes,
      tidak_hadir_persen: row.noShowPercent,
    })),
};
