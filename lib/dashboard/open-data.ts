import { SURVEY_ELEMENTS } from "@/lib/surveys/ikm";
import { toCsv, type CsvDialect } from "./csv";
import { col, PERIOD_COLUMNS, periodValues, SCOPE_COLUMNS, scopeValues, type DatasetDefinition, type DatasetRow } from "./open-data-columns";
import { VISIT_DATASET } from "./open-data-visits";
import { AGE_BUCKETS, BACKLOG_STATUSES, type BacklogStatus } from "./outcomes";
import type { OpenDataDocument } from "./open-data-schema";
import type { DashboardView, Figures, Unit } from "./view";

/**
 * Open data (DESIGN.md §8): every public table of the dashboard as a dataset
 * with stable, documented column names, written as CSV or JSON from the same
 * DashboardView the page renders. Only the public (suppressed) view is ever
 * published; no row names a person.
 */

export type { ColumnType, DatasetColumn, DatasetRow } from "./open-data-columns";

export const DATASET_IDS = ["ringkasan", "permohonan", "pengaduan", "ikm", "tren", "tunggakan", "kunjungan", "pendapatan"] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

const UNIT_COLUMNS = [
  col(
    "tingkat",
    "string",
    "instansi, layanan, tanpa_instansi (pengaduan yang belum diteruskan) atau tanpa_layanan (pengaduan tentang instansi tanpa layanan tertentu).",
    "instansi (agency), layanan (service), tanpa_instansi (complaints not yet routed) or tanpa_layanan (complaints about the agency naming no service).",
  ),
  col("kode_instansi", "string", "Kode instansi, misalnya DISDUKCAPIL.", "Agency code, e.g. DISDUKCAPIL."),
  col("nama_instansi", "string", "Nama resmi instansi.", "Official name of the agency (Indonesian)."),
  col(
    "kode_layanan",
    "string",
    "Kode layanan (sama dengan alamatnya di /layanan/<kode>); kosong pada baris instansi.",
    "Service code (its address /layanan/<code>); empty on agency rows.",
  ),
  col("nama_layanan", "string", "Nama layanan; kosong pada baris instansi.", "Service name (Indonesian); empty on agency rows."),
];

const APPLICATION_COLUMNS = [
  col("permohonan_masuk", "count", "Permohonan yang diajukan dalam periode.", "Applications submitted in the period."),
  col("permohonan_selesai", "count", "Permohonan yang selesai (dokumen hasil terbit) dalam periode.", "Applications completed (output issued) in the period."),
  col("permohonan_ditolak", "count", "Permohonan yang ditolak dalam periode.", "Applications rejected in the period."),
  col("permohonan_dicabut", "count", "Permohonan yang dicabut pemohon dalam periode.", "Applications withdrawn by the applicant in the period."),
  col(
    "selesai_tepat_waktu",
    "count",
    "Permohonan selesai yang selesai paling lambat pada batas waktunya.",
    "Completed applications completed no later than their due moment.",
  ),
  col(
    "kepatuhan_waktu_persen",
    "decimal",
    "selesai_tepat_waktu ÷ permohonan_selesai × 100, satu desimal.",
    "selesai_tepat_waktu ÷ permohonan_selesai × 100, one decimal.",
  ),
  col(
    "median_waktu_proses_hari_kerja",
    "decimal",
    "Median hari kerja dari pengajuan sampai selesai atau ditolak.",
    "Median working days from submission to completion or rejection.",
  ),
  col(
    "p90_waktu_proses_hari_kerja",
    "decimal",
    "Persentil ke-90 hari kerja dari pengajuan sampai selesai atau ditolak.",
    "90th percentile of working days from submission to completion or rejection.",
  ),
  col(
    "pelanggaran_waktu_tercatat",
    "count",
    "Permohonan yang tercatat melewati batas waktunya dalam periode.",
    "Applications recorded as past their time limit in the period.",
  ),
  col("sedang_diproses", "count", "Permohonan yang sedang diproses pada waktu pembaruan.", "Applications in progress at the time of the update."),
  col(
    "sedang_diproses_lewat_batas",
    "count",
    "Permohonan yang sedang diproses dan sudah lewat batas waktu, pada waktu pembaruan.",
    "Applications in progress and past their time limit, at the time of the update.",
  ),
];

const COMPLAINT_COLUMNS = [
  col(
    "pengaduan_masuk",
    "count",
    "Pengaduan, aspirasi, dan permintaan informasi yang masuk dalam periode.",
    "Complaints, suggestions and information requests received in the period.",
  ),
  col("pengaduan_dijawab", "count", "Pengaduan yang dijawab dalam periode.", "Complaints answered in the period."),
  col(
    "pengaduan_lewat_batas_waktu",
    "count",
    "Pengaduan yang masuk dalam periode dan, pada waktu pembaruan, belum dijawab padahal batas waktunya sudah lewat.",
    "Complaints received in the period that, at the time of the update, were unanswered past their time limit.",
  ),
  col(
    "median_waktu_jawab_hari_kerja",
    "decimal",
    "Median hari kerja dari pengaduan masuk sampai dijawab, untuk yang dijawab dalam periode.",
    "Median working days from receipt to answer, for complaints answered in the period.",
  ),
];

const IKM_COLUMNS = [
  col("jumlah_responden", "count", "Survei kepuasan yang diisi dalam periode.", "Satisfaction surveys answered in the period."),
  col(
    "nilai_ikm",
    "decimal",
    "Indeks Kepuasan Masyarakat 25–100 (PermenPANRB 14/2017), dua desimal.",
    "Public Satisfaction Index 25–100 (PermenPANRB 14/2017), two decimals.",
  ),
  col("mutu_pelayanan", "string", "Mutu A, B, C, atau D dari nilai_ikm.", "Grade A, B, C or D from nilai_ikm."),
  col("kinerja_unit", "string", "Sangat Baik, Baik, Kurang Baik, atau Tidak Baik.", "Sangat Baik, Baik, Kurang Baik or Tidak Baik (very good … very poor)."),
  col(
    "sampel_memadai",
    "boolean",
    "true bila jumlah responden mencapai batas minimum yang ditetapkan.",
    "true when the respondents reach the configured minimum.",
  ),
  ...SURVEY_ELEMENTS.map((element, index) =>
    col(
      `nrr_${element}`,
      "decimal",
      `Nilai rata-rata unsur ${index + 1} (skala 1–4), dua desimal.`,
      `Mean score of element ${index + 1} (scale 1–4), two decimals.`,
    ),
  ),
];

const GRADE_NAMES = { A: "Sangat Baik", B: "Baik", C: "Kurang Baik", D: "Tidak Baik" } as const;

const BACKLOG_CODES: Record<BacklogStatus, string> = {
  ON_TRACK: "sesuai_jadwal",
  AT_RISK: "mendekati_batas",
  BREACHED: "lewat_batas",
  PAUSED: "menunggu_pemohon",
};
export const AGE_CODES = AGE_BUCKETS.map((bucket) => (bucket.max === null ? `>${bucket.min - 1}` : `${bucket.min}-${bucket.max}`));

function unitValues(unit: Unit): DatasetRow {
  return {
    tingkat: unit.kind === "agency" ? "instansi" : "layanan",
    kode_instansi: unit.agency.code,
    nama_instansi: unit.agency.nameId,
    kode_layanan: unit.kind === "service" ? unit.slug : "",
    nama_layanan: unit.kind === "service" ? unit.nameId : "",
  };
}

function unassignedValues(view: DashboardView): DatasetRow {
  const agency = view.unitKind === "service" ? view.selection.agency : null;
  return {
    tingkat: agency ? "tanpa_layanan" : "tanpa_instansi",
    kode_instansi: agency?.code ?? "",
    nama_instansi: agency?.nameId ?? "",
    kode_layanan: "",
    nama_layanan: "",
  };
}

const applicationValues = (figures: Figures): DatasetRow => ({
  permohonan_masuk: figures.received,
  permohonan_selesai: figures.completed,
  permohonan_ditolak: figures.rejected,
  permohonan_dicabut: figures.withdrawn,
  selesai_tepat_waktu: figures.completedOnTime,
  kepatuhan_waktu_persen: figures.slaCompliancePct,
  median_waktu_proses_hari_kerja: figures.processingMedianDays,
  p90_waktu_proses_hari_kerja: figures.processingP90Days,
  pelanggaran_waktu_tercatat: figures.breaches,
  sedang_diproses: figures.openNow,
  sedang_diproses_lewat_batas: figures.breachedNow,
});

const complaintValues = (figures: Figures): DatasetRow => ({
  pengaduan_masuk: figures.complaintsReceived,
  pengaduan_dijawab: figures.complaintsAnswered,
  pengaduan_lewat_batas_waktu: figures.complaintsOverdue,
  median_waktu_jawab_hari_kerja: figures.complaintMedianResponseDays,
});

const ikmValues = (figures: Figures): DatasetRow => ({
  jumlah_responden: figures.respondents,
  nilai_ikm: figures.ikmScore,
  mutu_pelayanan: figures.ikmGrade,
  kinerja_unit: figures.ikmGrade ? GRADE_NAMES[figures.ikmGrade] : null,
  sampel_memadai: figures.ikmSampleSufficient,
  ...Object.fromEntries(SURVEY_ELEMENTS.map((element, index) => [`nrr_${element}`, figures.nrr[index] ?? null])),
});

export const DATASETS: Record<DatasetId, DatasetDefinition> = {
  pendapatan: revenueDataset(),
  ringkasan: {
    title: { id: "Ringkasan", en: "Summary" },
    description: {
      id: "Satu baris: seluruh angka untuk periode dan cakupan yang dipilih.",
      en: "One row: every figure for the chosen period and scope.",
    },
    columns: [...SCOPE_COLUMNS, ...PERIOD_COLUMNS, ...APPLICATION_COLUMNS, ...COMPLAINT_COLUMNS, ...IKM_COLUMNS],
    rows: (view) => [
      { ...scopeValues(view), ...periodValues(view), ...applicationValues(view.summary), ...complaintValues(view.summary), ...ikmValues(view.summary) },
    ],
  },
  permohonan: {
    title: { id: "Permohonan per unit", en: "Applications by unit" },
    description: {
      id: "Per instansi (atau per layanan bila satu instansi dipilih): volume, kepatuhan jangka waktu, dan waktu proses.",
      en: "Per agency (or per service when one agency is chosen): volumes, time-limit compliance and processing time.",
    },
    columns: [...UNIT_COLUMNS, ...PERIOD_COLUMNS, ...APPLICATION_COLUMNS],
    rows: (view) => view.units.map((row) => ({ ...unitValues(row.unit), ...periodValues(view), ...applicationValues(row.figures) })),
  },
  pengaduan: {
    title: { id: "Pengaduan per unit", en: "Complaints by unit" },
    description: {
      id: "Per instansi (atau per layanan): pengaduan masuk, dijawab, lewat batas waktu, dan median waktu menjawab.",
      en: "Per agency (or per service): complaints received, answered, overdue and the median time to answer.",
    },
    columns: [...UNIT_COLUMNS, ...PERIOD_COLUMNS, ...COMPLAINT_COLUMNS],
    rows: (view) => [
      ...view.units.map((row) => ({ ...unitValues(row.unit), ...periodValues(view), ...complaintValues(row.figures) })),
      ...(view.unassignedComplaints ? [{ ...unassignedValues(view), ...periodValues(view), ...complaintValues(view.unassignedComplaints) }] : []),
    ],
  },
  ikm: {
    title: { id: "Indeks Kepuasan Masyarakat per unit", en: "Public Satisfaction Index by unit" },
    description: {
      id: "Per instansi (atau per layanan): responden, nilai IKM, mutu, dan nilai rata-rata tiap unsur.",
      en: "Per agency (or per service): respondents, index, grade and the mean score of each element.",
    },
    columns: [...UNIT_COLUMNS, ...PERIOD_COLUMNS, ...IKM_COLUMNS],
    rows: (view) => view.units.map((row) => ({ ...unitValues(row.unit), ...periodValues(view), ...ikmValues(row.figures) })),
  },
  tren: {
    title: { id: "Tren", en: "Trend" },
    description: {
      id: "Per hari, minggu, atau bulan dalam periode (sesuai panjang periode) untuk cakupan yang dipilih.",
      en: "Per day, week or month of the period (by its length) for the chosen scope.",
    },
    columns: [
      ...SCOPE_COLUMNS,
      ...PERIOD_COLUMNS,
      col("permohonan_masuk", "count", "Permohonan yang diajukan.", "Applications submitted."),
      col("permohonan_selesai", "count", "Permohonan yang selesai.", "Applications completed."),
      col("permohonan_ditolak", "count", "Permohonan yang ditolak.", "Applications rejected."),
      col("kepatuhan_waktu_persen", "decimal", "Selesai tepat waktu ÷ selesai × 100.", "Completed on time ÷ completed × 100."),
      col("pengaduan_masuk", "count", "Pengaduan yang masuk.", "Complaints received."),
      col("jumlah_responden", "count", "Survei kepuasan yang diisi.", "Satisfaction surveys answered."),
      col("nilai_ikm", "decimal", "Indeks Kepuasan Masyarakat 25–100.", "Public Satisfaction Index 25–100."),
    ],
    rows: (view) =>
      view.trend.map((point) => ({
        ...scopeValues(view),
        periode_mulai: point.start,
        periode_selesai: point.end,
        permohonan_masuk: point.received,
        permohonan_selesai: point.completed,
        permohonan_ditolak: point.rejected,
        kepatuhan_waktu_persen: point.slaCompliancePct,
        pengaduan_masuk: point.complaintsReceived,
        jumlah_responden: point.respondents,
        nilai_ikm: point.ikmScore,
      })),
  },
  tunggakan: {
    title: { id: "Permohonan yang sedang diproses", en: "Applications in progress" },
    description: {
      id: "Permohonan yang sedang diproses pada waktu pembaruan, menurut status jangka waktu dan umur dalam hari kerja. Tidak bergantung pada periode.",
      en: "Applications in progress at the time of the update, by time-limit status and age in working days. Independent of the period.",
    },
    columns: [
      ...SCOPE_COLUMNS,
      col("per_waktu", "string", "Waktu pembaruan angka (ISO 8601, UTC).", "When the figures were updated (ISO 8601, UTC)."),
      col(
        "status_waktu",
        "string",
        "sesuai_jadwal, mendekati_batas (sisa kurang dari 25% atau kurang dari satu hari kerja), lewat_batas, atau menunggu_pemohon (jangka waktu berhenti selama menunggu perbaikan).",
        "sesuai_jadwal (on track), mendekati_batas (under 25% or under one working day left), lewat_batas (past the limit) or menunggu_pemohon (clock paused while waiting for a correction).",
      ),
      col(
        "umur_hari_kerja",
        "string",
        `Umur sejak diajukan dalam hari kerja penuh: ${AGE_CODES.join(", ")}.`,
        `Age since submission in whole working days: ${AGE_CODES.join(", ")}.`,
      ),
      col("jumlah", "count", "Banyaknya permohonan.", "Number of applications."),
    ],
    rows: (view) =>
      BACKLOG_STATUSES.flatMap((status) =>
        AGE_CODES.map((age, index) => ({
          ...scopeValues(view),
          per_waktu: view.refreshedAt?.toISOString() ?? null,
          status_waktu: BACKLOG_CODES[status],
          umur_hari_kerja: age,
          jumlah: view.backlog.counts[status][index] ?? 0,
        })),
      ),
  },
  kunjungan: VISIT_DATASET,
};

function revenueDataset(): DatasetDefinition {
  return {
    title: { id: "Pendapatan per layanan dan bulan", en: "Revenue by service and month" },
    description: {
      id: "Biaya layanan yang dibayar melalui portal, per layanan dan per bulan diterimanya (WIB), dan pengembalian yang ditransfer pada bulan itu. Tanpa data pribadi.",
      en: "Service fees paid through the portal, per service and per month received (WIB), and refunds transferred in that month. No personal data.",
    },
    columns: [
      col("kode_instansi", "string", "Kode instansi, misalnya POLRES.", "Agency code, e.g. POLRES."),
      col("nama_instansi", "string", "Nama resmi instansi.", "Official name of the agency (Indonesian)."),
      col("kode_layanan", "string", "Kode layanan (alamatnya /layanan/<kode>).", "Service code (its address /layanan/<code>)."),
      col("nama_layanan", "string", "Nama layanan.", "Service name (Indonesian)."),
      col("bulan", "string", "Bulan pembayaran diterima, TTTT-BB.", "Month the payments were received, YYYY-MM."),
      col("jumlah_pembayaran", "count", "Pembayaran yang melunasi tagihan pada bulan itu.", "Payments that settled a bill in the month."),
      col(
        "pendapatan_rupiah",
        "integer",
        "Jumlah pembayaran itu dalam rupiah; kosong bila kurang dari 5 pembayaran.",
        "Their total in rupiah; empty when fewer than 5 payments.",
      ),
      col(
        "pengembalian_rupiah",
        "integer",
        "Pengembalian yang ditransfer pada bulan itu dalam rupiah; kosong bila kurang dari 5 pembayaran.",
        "Refunds transferred in the month, in rupiah; empty when fewer than 5 payments.",
      ),
    ],
    rows: (view) =>
      view.revenue.map((row) => ({
        kode_instansi: row.agencyCode,
        nama_instansi: row.agencyName,
        kode_layanan: row.serviceSlug,
        nama_layanan: row.serviceName,
        bulan: row.month,
        jumlah_pembayaran: row.payments,
        pendapatan_rupiah: row.amount,
        pengembalian_rupiah: row.refunded,
      })),
  };
}

export function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value);
}

export function datasetRows(id: DatasetId, view: DashboardView): DatasetRow[] {
  const definition = DATASETS[id];
  // Every row carries exactly the documented columns, in order.
  return definition.rows(view).map((row) => Object.fromEntries(definition.columns.map((column) => [column.name, row[column.name] ?? null])));
}

export function datasetCsv(id: DatasetId, view: DashboardView, dialect: CsvDialect = "rfc4180"): string {
  const columns = DATASETS[id].columns.map((column) => column.name);
  return toCsv(
    columns,
    datasetRows(id, view).map((row) => columns.map((name) => row[name] ?? null)),
    dialect,
  );
}

export function datasetJson(id: DatasetId, view: DashboardView, dictionaryUrl: string): OpenDataDocument {
  const definition = DATASETS[id];
  return {
    meta: {
      dataset: id,
      judul: definition.title.id,
      deskripsi: definition.description.id,
      periode: { mulai: view.selection.period.from, selesai: view.selection.period.to },
      cakupan: { instansi: view.selection.agency?.code ?? "SEMUA", layanan: view.selection.service?.slug ?? "SEMUA" },
      diperbarui: view.refreshedAt?.toISOString() ?? null,
      supresi: 'Angka 1–4 ditulis "<5"; angka turunan dari kurang dari 5 data bernilai null.',
      kamus_data: dictionaryUrl,
      lisensi: "CC-BY-4.0",
      kolom: definition.columns.map((column) => column.name),
    },
    data: datasetRows(id, view),
  };
}

/** The file name of a download: satupintu-<dataset>-<from>_<to>[-<agency>][-<service>][-excel].<ext> */
export function datasetFileName(id: DatasetId, view: DashboardView, extension: "csv" | "json", dialect: CsvDialect = "rfc4180"): string {
  const parts = [`satupintu-${id}`, `${view.selection.period.from}_${view.selection.period.to}`];
  if (view.selection.agency) parts.push(view.selection.agency.slug);
  if (view.selection.service) parts.push(view.selection.service.slug);
  if (dialect === "excel-id") parts.push("excel");
  return `${parts.join("-")}.${extension}`;
}
