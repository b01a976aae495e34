import { describe, expect, it } from "vitest";
import { DATASET_IDS, DATASETS } from "./open-data";

/**
 * The open data's columns are a published contract: people build on these
 * names. Changing one must be a deliberate decision, made here and in the
 * data dictionary together, never a side effect.
 */
const UNIT = ["tingkat", "kode_instansi", "nama_instansi", "kode_layanan", "nama_layanan"];
const PERIOD = ["periode_mulai", "periode_selesai"];
const SCOPE = ["cakupan_instansi", "cakupan_layanan"];
const APPLICATIONS = [
  "permohonan_masuk",
  "permohonan_selesai",
  "permohonan_ditolak",
  "permohonan_dicabut",
  "selesai_tepat_waktu",
  "kepatuhan_waktu_persen",
  "median_waktu_proses_hari_kerja",
  "p90_waktu_proses_hari_kerja",
  "pelanggaran_waktu_tercatat",
  "sedang_diproses",
  "sedang_diproses_lewat_batas",
];
const COMPLAINTS = ["pengaduan_masuk", "pengaduan_dijawab", "pengaduan_lewat_batas_waktu", "median_waktu_jawab_hari_kerja"];
const IKM = ["jumlah_responden", "nilai_ikm", "mutu_pelayanan", "kinerja_unit", "sampel_memadai", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `nrr_u${n}`)];

describe("open data columns", () => {
  it("keep their published names and order", () => {
    const columns = Object.fromEntries(DATASET_IDS.map((id) => [id, DATASETS[id].columns.map((column) => column.name)]));
    expect(columns).toEqual({
      ringkasan: [...SCOPE, ...PERIOD, ...APPLICATIONS, ...COMPLAINTS, ...IKM],
      permohonan: [...UNIT, ...PERIOD, ...APPLICATIONS],
      pengaduan: [...UNIT, ...PERIOD, ...COMPLAINTS],
      ikm: [...UNIT, ...PERIOD, ...IKM],
      tren: [
        ...SCOPE,
        ...PERIOD,
        "permohonan_masuk",
        "permohonan_selesai",
        "permohonan_ditolak",
        "kepatuhan_waktu_persen",
        "pengaduan_masuk",
        "jumlah_responden",
        "nilai_ikm",
      ],
      tunggakan: [...SCOPE, "per_waktu", "status_waktu", "umur_hari_kerja", "jumlah"],
      pendapatan: ["kode_instansi", "nama_instansi", "kode_layanan", "nama_layanan", "bulan", "jumlah_pembayaran", "pendapatan_rupiah", "pengembalian_rupiah"],
      kunjungan: [
        ...SCOPE,
        ...PERIOD,
        "kode_lokasi",
        "nama_lokasi",
        "kode_instansi",
        "kode_layanan",
        "nama_layanan",
        "nomor_antrean",
        "median_menunggu_menit",
        "median_layanan_menit",
        "tidak_hadir_persen",
      ],
    });
  });

  it("are snake_case, unique per dataset, and described in both languages", () => {
    for (const id of DATASET_IDS) {
      const names = DATASETS[id].columns.map((column) => column.name);
      expect(new Set(names).size).toBe(names.length);
      for (const column of DATASETS[id].columns) {
        expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(column.description.id.length).toBeGreaterThan(5);
        expect(column.description.en.length).toBeGreaterThan(5);
      }
    }
  });
});
