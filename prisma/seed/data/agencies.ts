import type { SeedAgency } from "../types";

/**
 * Agencies (perangkat daerah) of the fictional Kota Harapan Jaya, plus one
 * agency of the fictional Kabupaten Tirta Sari in Bali (WITA, province code 51)
 * so that regional holidays and a second timezone are exercised.
 * All names, addresses, phone numbers and e-mail domains are invented.
 */
export const agencies: SeedAgency[] = [
  {
    code: "DISDUKCAPIL",
    slug: "disdukcapil",
    nameId: "Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya",
    nameEn: "Harapan Jaya City Population and Civil Registration Office",
    descriptionId:
      "Menyelenggarakan pendaftaran penduduk dan pencatatan sipil: KTP-el, Kartu Keluarga, Kartu Identitas Anak, akta kelahiran, kematian dan perkawinan, serta surat pindah.",
    descriptionEn:
      "Handles population registration and civil records: electronic ID cards, family cards, child ID cards, birth, death and marriage certificates, and change-of-residence letters.",
    timezone: "Asia/Jakarta",
    officeOpens: "07:30",
    officeCloses: "16:00",
    email: "layanan@disdukcapil.harapanjaya.go.id",
    phone: "(021) 555-0101",
    address: "Jl. Merdeka Raya No. 12, Kelurahan Sukamaju, Kecamatan Harapan Tengah, Kota Harapan Jaya 17111",
    website: "https://disdukcapil.harapanjaya.go.id",
  },
  {
    code: "DPMPTSP",
    slug: "dpmptsp",
    nameId: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Harapan Jaya",
    nameEn: "Harapan Jaya City Investment and One-Stop Integrated Services Office",
    descriptionId:
      "Melayani perizinan berusaha berbasis risiko melalui OSS, pendampingan pelaku usaha mikro dan kecil, serta informasi penanaman modal di Kota Harapan Jaya.",
    descriptionEn:
      "Provides risk-based business licensing through OSS, assistance for micro and small businesses, and investment information for Harapan Jaya City.",
    timezone: "Asia/Jakarta",
    officeOpens: "07:30",
    officeCloses: "16:00",
    email: "perizinan@dpmptsp.harapanjaya.go.id",
    phone: "(021) 555-0102",
    address: "Gedung Pelayanan Terpadu, Jl. Pahlawan No. 5, Kelurahan Cempaka, Kecamatan Harapan Utara, Kota Harapan Jaya 17112",
    website: "https://dpmptsp.harapanjaya.go.id",
  },
  {
    code: "POLRES",
    slug: "polres",
    nameId: "Kepolisian Resor Harapan Jaya",
    nameEn: "Harapan Jaya District Police",
    descriptionId:
      "Memberikan pelayanan kepolisian kepada masyarakat: Surat Keterangan Catatan Kepolisian (SKCK), izin keramaian, dan surat keterangan tanda lapor kehilangan.",
    descriptionEn: "Provides police services to the public: police clearance certificates (SKCK), public event permits and loss report certificates.",
    timezone: "Asia/Jakarta",
    officeOpens: "07:30",
    officeCloses: "16:00",
    email: "yanmas@polres.harapanjaya.go.id",
    phone: "(021) 555-0110",
    address: "Jl. Bhayangkara No. 1, Kelurahan Sukamaju, Kecamatan Harapan Tengah, Kota Harapan Jaya 17111",
    website: "https://polres.harapanjaya.go.id",
  },
  {
    code: "DINKES",
    slug: "dinkes",
    nameId: "Dinas Kesehatan Kota Harapan Jaya",
    nameEn: "Harapan Jaya City Health Office",
    descriptionId:
      "Menyelenggarakan urusan kesehatan: surat izin praktik tenaga medis dan tenaga kesehatan, sertifikat laik higiene sanitasi, serta layanan kesehatan di puskesmas.",
    descriptionEn:
      "Responsible for health affairs: practice licences for medical and health workers, food hygiene and sanitation certificates, and services at community health centres.",
    timezone: "Asia/Jakarta",
    officeOpens: "07:30",
    officeCloses: "16:00",
    email: "layanan@dinkes.harapanjaya.go.id",
    phone: "(021) 555-0103",
    address: "Jl. Dr. Sutomo No. 8, Kelurahan Melati, Kecamatan Harapan Selatan, Kota Harapan Jaya 17113",
    website: "https://dinkes.harapanjaya.go.id",
  },
  {
    code: "DINSOS",
    slug: "dinsos",
    nameId: "Dinas Sosial Kota Harapan Jaya",
    nameEn: "Harapan Jaya City Social Affairs Office",
    descriptionId:
      "Mengelola data kesejahteraan sosial, usulan penerima bantuan sosial, rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan, dan surat keterangan tidak mampu.",
    descriptionEn:
      "Manages social welfare data, nominations for social assistance, recommendations for government-paid health insurance, and certificates of low income.",
    timezone: "Asia/Jakarta",
    officeOpens: "07:30",
    officeCloses: "16:00",
    email: "layanan@dinsos.harapanjaya.go.id",
    phone: "(021) 555-0104",
    address: "Jl. Kenanga No. 21, Kelurahan Harapan Baru, Kecamatan Harapan Timur, Kota Harapan Jaya 17114",
    website: "https://dinsos.harapanjaya.go.id",
  },
  {
    code: "BAPENDA",
    slug: "bapenda",
    nameId: "Badan Pendapatan Daerah Kota Harapan Jaya",
    nameEn: "Harapan Jaya City Regional Revenue Agency",
    descriptionId: "Mengelola pajak daerah: PBB-P2, BPHTB, pajak reklame, dan pajak barang dan jasa tertentu atas makanan dan/atau minuman (pajak restoran).",
    descriptionEn:
      "Administers local taxes: land and building tax (PBB-P2), land and building transfer duty (BPHTB), advertisement tax, and the tax on food and beverage sales (restaurant tax).",
    timezone: "Asia/Jakarta",
    officeOpens: "07:30",
    officeCloses: "16:00",
    email: "pelayanan@bapenda.harapanjaya.go.id",
    phone: "(021) 555-0105",
    address: "Jl. Sudirman No. 45, Kelurahan Cempaka, Kecamatan Harapan Utara, Kota Harapan Jaya 17112",
    website: "https://bapenda.harapanjaya.go.id",
  },
  {
    code: "DPUPR",
    slug: "dpupr",
    nameId: "Dinas Pekerjaan Umum dan Penataan Ruang Kota Harapan Jaya",
    nameEn: "Harapan Jaya City Public Works and Spatial Planning Office",
    descriptionId:
      "Menyelenggarakan urusan bangunan gedung dan penataan ruang: Persetujuan Bangunan Gedung, Sertifikat Laik Fungsi, dan Keterangan Rencana Kota.",
    descriptionEn:
      "Responsible for buildings and spatial planning: building approvals (PBG), certificates of occupancy (SLF) and city planning statements (KRK).",
    timezone: "Asia/Jakarta",
    officeOpens: "07:30",
    officeCloses: "16:00",
    email: "pbg@dpupr.harapanjaya.go.id",
    phone: "(021) 555-0106",
    address: "Jl. Gatot Subroto No. 30, Kelurahan Melati, Kecamatan Harapan Selatan, Kota Harapan Jaya 17113",
    website: "https://dpupr.harapanjaya.go.id",
  },
  {
    code: "DISPAR",
    slug: "dispar-tirta-sari",
    nameId: "Dinas Pariwisata Kabupaten Tirta Sari",
    nameEn: "Tirta Sari Regency Tourism Office",
    descriptionId:
      "Dinas Pariwisata pada Kabupaten Tirta Sari, Provinsi Bali, yang menerbitkan tanda pengenal pramuwisata dan membina usaha pariwisata. Jam kerja mengikuti Waktu Indonesia Tengah (WITA).",
    descriptionEn:
      "Tourism office of Tirta Sari Regency, Bali Province, which issues tour guide identity cards and supports tourism businesses. Office hours follow Central Indonesia Time (WITA).",
    timezone: "Asia/Makassar",
    regionCode: "51",
    officeOpens: "07:30",
    officeCloses: "16:00",
    email: "layanan@dispar.tirtasarikab.go.id",
    phone: "(0361) 555-0120",
    address: "Jl. Raya Tirta Sari No. 3, Desa Sari Mertha, Kecamatan Tirta Sari, Kabupaten Tirta Sari, Bali 80511",
    website: "https://dispar.tirtasarikab.go.id",
  },
];
