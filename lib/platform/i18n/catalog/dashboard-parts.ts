import { defineMessages } from "../define";

/** The supervisor dashboard's parts (issue 23): its in-page navigation and the officers' table pages. */
export const dashboardParts = defineMessages({
  prefixes: ["dashboard.part."],
  id: {
    "dashboard.part.nav": "Bagian dasbor",
    "dashboard.part.ringkasan": "Ringkasan",
    "dashboard.part.layanan": "Per instansi dan layanan",
    "dashboard.part.tren": "Tren",
    "dashboard.part.kepuasan": "Kepuasan dan masukan",
    "dashboard.part.petugas": "Petugas",
    "dashboard.part.kunjungan": "Kunjungan kantor",
    "dashboard.part.summaryLead":
      "Angka utama periode ini dan permohonan yang sedang diproses. Tabel per instansi dan layanan (termasuk pengaduan), tren, kepuasan, petugas, dan kunjungan ada di bagiannya masing-masing, untuk periode dan cakupan yang sama.",
    "dashboard.part.live": "Bagian ini dibaca langsung dari data terkini, bukan dari angka berkala di atas.",
    "dashboard.part.pagination": "Halaman tabel petugas",
    "dashboard.part.page": "Halaman {page} dari {pages}",
    "dashboard.part.previous": "Halaman sebelumnya",
    "dashboard.part.next": "Halaman berikutnya",
  },
  en: {
    "dashboard.part.nav": "Dashboard sections",
    "dashboard.part.ringkasan": "Summary",
    "dashboard.part.layanan": "By agency and service",
    "dashboard.part.tren": "Trend",
    "dashboard.part.kepuasan": "Satisfaction and suggestions",
    "dashboard.part.petugas": "Officers",
    "dashboard.part.kunjungan": "Office visits",
    "dashboard.part.summaryLead":
      "The headline figures of the period and the applications in progress. The tables by agency and service (complaints included), the trend, satisfaction, officers and visits each have their own section, for the same period and scope.",
    "dashboard.part.live": "This section is read live from the current data, not from the periodic figures above.",
    "dashboard.part.pagination": "Officers' table pages",
    "dashboard.part.page": "Page {page} of {pages}",
    "dashboard.part.previous": "Previous page",
    "dashboard.part.next": "Next page",
  },
});
