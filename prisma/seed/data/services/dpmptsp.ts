/** Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu: business licensing. */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, t, yesNoOptions } from "./helpers";

const LICENSING_LAW = [
  t("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Law No. 25 of 2009 on Public Services"),
  t(
    "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
    "Law No. 6 of 2023 enacting Government Regulation in Lieu of Law No. 2 of 2022 on Job Creation",
  ),
  t(
    "Peraturan Pemerintah tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko (Peraturan Pemerintah Nomor 5 Tahun 2021, sebagaimana telah diganti dengan Peraturan Pemerintah Nomor 28 Tahun 2025)",
    "Government Regulation on Risk-Based Business Licensing (Government Regulation No. 5 of 2021, as replaced by Government Regulation No. 28 of 2025)",
  ),
];

const LOCAL_DECREE = t(
  "Keputusan Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Harapan Jaya Nomor 500.16/007/2026 tentang Standar Pelayanan Perizinan Berusaha",
  "Decree of the Head of the Harapan Jaya City Investment and One-Stop Services Office No. 500.16/007/2026 on Business Licensing Service Standards",
);

const SUPERVISOR = t("Kepala Bidang Pelayanan Perizinan Berusaha", "Head of the Business Licensing Division");

export const dpmptspServices: SeedService[] = [
  {
    slug: "nib-oss-rba",
    agencyCode: "DPMPTSP",
    categorySlug: "perizinan-usaha",
    nameId: "Pendampingan Nomor Induk Berusaha (NIB) melalui OSS-RBA",
    nameEn: "Business Identification Number (NIB) Assistance through OSS-RBA",
    summaryId:
      "Pendampingan pelaku usaha perorangan dan badan usaha untuk memperoleh NIB melalui sistem Online Single Submission Berbasis Risiko (OSS-RBA): penentuan KBLI, tingkat risiko, dan pemenuhan persyaratan perizinan berusaha.",
    summaryEn:
      "Assistance for individual and corporate businesses to obtain a Business Identification Number (NIB) through the risk-based Online Single Submission system (OSS-RBA): choosing the business classification code (KBLI), the risk level and the licensing requirements.",
    keywords:
      "nib nomor induk berusaha izin usaha oss oss rba oss-rba perizinan berusaha berbasis risiko kbli umkm pt cv siup tdp business license business identification number",
    decreeNumber: "Keputusan Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Harapan Jaya Nomor 500.16/007/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 1,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Scan/foto KTP-el pemilik usaha atau penanggung jawab badan usaha",
          "Scan/photo of the e-KTP of the business owner or the company's responsible officer",
        ),
        t("Alamat email dan nomor telepon aktif untuk akun OSS", "An active email address and phone number for the OSS account"),
        t(
          "Untuk badan usaha: scan akta pendirian dan surat keputusan pengesahan badan hukum dari Kementerian Hukum",
          "For companies: scan of the deed of establishment and the Ministry of Law's legal entity approval decree",
        ),
        t(
          "Uraian kegiatan usaha, lokasi, modal usaha, jumlah tenaga kerja, dan luas lahan usaha",
          "Description of the business activity, location, capital, number of workers and land area",
        ),
      ],
      procedure: [
        t(
          "Pelaku usaha mengisi formulir pendampingan daring: uraian kegiatan usaha, lokasi, modal, dan tenaga kerja, lalu mengunggah dokumen.",
          "Fill in the online assistance form with the business activity, location, capital and workforce, and upload the documents.",
        ),
        t(
          "Petugas menelaah data dan menentukan KBLI serta tingkat risiko usaha; hasilnya disampaikan melalui portal.",
          "An officer reviews the data and determines the KBLI code and risk level; the result is sent to you on the portal.",
        ),
        t(
          "Bila data belum cukup, permohonan dikembalikan dengan pertanyaan atau catatan perbaikan.",
          "If the data is not sufficient, the application is returned with questions or a note on what to correct.",
        ),
        t(
          "Petugas mendampingi pengisian data di akun OSS milik pelaku usaha melalui panggilan video yang dijadwalkan; pelaku usaha sendiri yang mengirim permohonan di OSS.",
          "An officer guides you through entering the data in your own OSS account in a scheduled video call; you submit the application in OSS yourself.",
        ),
        t(
          "NIB terbit dari sistem OSS. Pelaku usaha mengunggah NIB ke portal dan petugas menerbitkan catatan pendampingan berisi kewajiban lanjutan sesuai tingkat risiko.",
          "The NIB is issued by OSS. You upload it to the portal and the officer issues an assistance note listing any follow-up obligations for your risk level.",
        ),
      ],
      timeLimit: t(
        "Paling lama 1 (satu) hari kerja sejak data pendampingan dinyatakan lengkap sampai NIB terbit untuk usaha berisiko rendah. Persyaratan tambahan bagi usaha berisiko menengah dan tinggi mengikuti jangka waktu pada sistem OSS.",
        "At most 1 working day from complete assistance data to the NIB for low-risk businesses. Extra requirements for medium- and high-risk businesses follow the time limits in the OSS system.",
      ),
      fee: t("Tidak dipungut biaya (Rp0), baik untuk pendampingan maupun penerbitan NIB.", "Free of charge (Rp0), both for the assistance and for the NIB."),
      output: t(
        "Nomor Induk Berusaha (NIB) yang diterbitkan sistem OSS, serta catatan pendampingan elektronik berkode QR yang memuat kegiatan usaha, kode KBLI, dan alamat lokasi usaha.",
        "A Business Identification Number (NIB) issued by OSS, and an electronic assistance note with a QR code stating the business activity, the KBLI code and the business address.",
      ),
      outputFacts: { businessActivity: "businessActivity", kbliCode: "kbliCode", businessAddress: "businessAddress" },
      complaintHandling: complaintChannels("DPMPTSP"),
      legalBasis: [...LICENSING_LAW, LOCAL_DECREE],
      facilities: onlineFacilities([
        t("Layanan konsultasi perizinan melalui panggilan video", "Licensing consultations by video call"),
        t(
          "Ruang konsultasi tatap muka di Gedung Pelayanan Terpadu bagi yang memerlukan",
          "In-person consultation rooms at the Integrated Service Building for those who need them",
        ),
      ]),
      staffCompetence: [
        t(
          "Petugas pendamping yang memahami KBLI dan ketentuan perizinan berusaha berbasis risiko",
          "Assistance officers who know the KBLI codes and risk-based licensing rules",
        ),
        t("Petugas yang telah mengikuti pelatihan operasional sistem OSS", "Officers trained in operating the OSS system"),
      ],
      internalSupervision: internalSupervision(SUPERVISOR),
      staffCount: t("6 orang petugas pendamping perizinan.", "6 licensing assistance officers."),
      serviceGuarantee: t(
        "Pendampingan tanpa biaya dan tanpa perantara. Petugas tidak meminta kata sandi akun OSS pelaku usaha.",
        "Free assistance with no intermediaries. Officers never ask for your OSS account password.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jumlah NIB yang terbit dari pendampingan dan jenis kendala yang ditemui direkap setiap bulan.",
          "The number of NIBs issued through assistance and the problems met are summarised every month.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: [
            ...applicant({ email: true }),
            {
              key: "businessForm",
              type: "radio",
              label: t("Bentuk usaha", "Form of business"),
              options: [
                { value: "perorangan", label: t("Perorangan", "Sole proprietor") },
                { value: "badanUsaha", label: t("Badan usaha (PT, CV, koperasi, dan sebagainya)", "Company (PT, CV, cooperative, etc.)") },
              ],
            },
            {
              key: "companyName",
              type: "text",
              label: t("Nama badan usaha", "Company name"),
              maxLength: 160,
              visibleWhen: { field: "businessForm", equals: "badanUsaha" },
            },
            { key: "hasOssAccount", type: "radio", label: t("Sudah memiliki akun OSS?", "Do you already have an OSS account?"), options: yesNoOptions },
          ],
        },
        {
          key: "dataUsaha",
          title: t("Data usaha", "Business details"),
          fields: [
            {
              key: "businessActivity",
              type: "textarea",
              label: t("Uraian kegiatan usaha", "Description of the business activity"),
              help: t("Contoh: menjual makanan ringan kemasan secara daring dan di warung.", "Example: selling packaged snacks online and in a small shop."),
              maxLength: 1000,
            },
            {
              key: "kbliCode",
              type: "text",
              label: t("Kode KBLI (bila sudah diketahui)", "KBLI code (if known)"),
              pattern: "^[0-9]{5}$",
              required: false,
            },
            { key: "businessAddress", type: "address", label: t("Alamat lokasi usaha", "Business location address") },
            {
              key: "capitalRupiah",
              type: "number",
              label: t("Modal usaha di luar tanah dan bangunan (Rp)", "Capital excluding land and buildings (Rp)"),
              min: 0,
              integer: true,
            },
            { key: "workerCount", type: "number", label: t("Jumlah tenaga kerja", "Number of workers"), min: 0, integer: true },
            { key: "landAreaM2", type: "number", label: t("Luas lahan usaha (m²)", "Business land area (m²)"), min: 0, required: false },
            {
              key: "consultationDate",
              type: "date",
              label: t("Tanggal panggilan video yang diinginkan", "Preferred date for the video call"),
              notInPast: true,
              workingDay: true,
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("ownerIdScan", "Scan/foto KTP-el pemilik atau penanggung jawab", "Scan/photo of the owner's or responsible officer's e-KTP"),
            doc("deedScan", "Scan akta pendirian badan usaha", "Scan of the company's deed of establishment", {
              visibleWhen: { field: "businessForm", equals: "badanUsaha" },
              pdfOnly: true,
              maxSizeMb: 5,
            }),
            doc("legalEntityDecreeScan", "Scan SK pengesahan badan hukum", "Scan of the legal entity approval decree", {
              visibleWhen: { field: "businessForm", equals: "badanUsaha" },
              pdfOnly: true,
            }),
          ],
        },
      ],
    },
  },
  {
    slug: "izin-usaha-mikro-kecil",
    agencyCode: "DPMPTSP",
    categorySlug: "perizinan-usaha",
    nameId: "Izin Usaha Mikro dan Kecil (IUMK)",
    nameEn: "Micro and Small Business Licence (IUMK)",
    summaryId:
      "Fasilitasi perizinan bagi usaha mikro dan kecil berisiko rendah. Petugas mendaftarkan usaha melalui OSS sehingga pelaku usaha memperoleh NIB yang berlaku sebagai perizinan tunggal, menggantikan IUMK lama.",
    summaryEn:
      "Licensing support for low-risk micro and small businesses. An officer registers the business in OSS so that the owner receives an NIB that serves as a single licence, replacing the former IUMK.",
    keywords: "iumk izin usaha mikro kecil umkm umk usaha rumahan warung pedagang kecil nib umk izin tunggal micro business small business permit",
    decreeNumber: "Keputusan Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Harapan Jaya Nomor 500.16/007/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 1,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Scan/foto KTP-el pemilik usaha yang berdomisili atau berusaha di Kota Harapan Jaya",
          "Scan/photo of the e-KTP of an owner who lives or trades in Harapan Jaya City",
        ),
        t(
          "Modal usaha paling banyak Rp5.000.000.000 di luar tanah dan bangunan tempat usaha (usaha mikro sampai Rp1.000.000.000)",
          "Capital of at most Rp5,000,000,000 excluding land and business premises (micro businesses up to Rp1,000,000,000)",
        ),
        t("Foto tempat usaha dan produk atau jasa yang dijual", "Photos of the business premises and the products or services sold"),
        t(
          "Surat pernyataan mandiri kesanggupan memenuhi standar usaha dan menjaga kebersihan, keamanan, dan lingkungan, yang ditandatangani secara elektronik di formulir",
          "A self-declaration, signed electronically in the form, that you will meet business standards and keep the site clean, safe and environmentally sound",
        ),
      ],
      procedure: [
        t(
          "Pelaku usaha mengisi data usaha dan mengunggah KTP-el serta foto tempat usaha dan produk.",
          "Enter your business details and upload your e-KTP and photos of the premises and products.",
        ),
        t(
          "Petugas memeriksa kesesuaian skala usaha, KBLI, dan lokasi dengan rencana tata ruang.",
          "An officer checks the business scale, KBLI code and location against the spatial plan.",
        ),
        t(
          "Bila lokasi atau kegiatan usaha memerlukan penjelasan, petugas mengembalikan permohonan dengan pertanyaan.",
          "If the location or activity needs clarification, the officer returns the application with questions.",
        ),
        t(
          "Petugas mendaftarkan usaha melalui fitur usaha mikro dan kecil pada OSS atas persetujuan pelaku usaha, yang dikonfirmasi dengan kode OTP.",
          "With your consent, confirmed by a one-time code, the officer registers the business through the OSS micro and small business feature.",
        ),
        t(
          "NIB terbit dan dapat diunduh di portal bersama informasi program pembinaan UMKM Kota Harapan Jaya.",
          "The NIB is issued and can be downloaded on the portal, together with information on the city's small business support programmes.",
        ),
      ],
      timeLimit: t(
        "Paling lama 1 (satu) hari kerja sejak permohonan dinyatakan lengkap dan benar.",
        "At most 1 working day after the application is found complete and correct.",
      ),
      fee: t("Tidak dipungut biaya (Rp0).", "Free of charge (Rp0)."),
      output: t(
        "Nomor Induk Berusaha (NIB) bagi usaha mikro dan kecil yang berlaku sebagai perizinan tunggal untuk kegiatan usaha berisiko rendah.",
        "A Business Identification Number (NIB) for micro and small businesses that serves as a single licence for low-risk activities.",
      ),
      complaintHandling: complaintChannels("DPMPTSP"),
      legalBasis: [
        ...LICENSING_LAW,
        t(
          "Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan Usaha Mikro, Kecil, dan Menengah",
          "Government Regulation No. 7 of 2021 on Facilitation, Protection and Empowerment of Cooperatives and Micro, Small and Medium Enterprises",
        ),
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([
        t(
          "Klinik UMKM keliling yang berkunjung ke pasar dan kelurahan setiap pekan",
          "A mobile small business clinic visiting markets and neighbourhoods every week",
        ),
      ]),
      staffCompetence: [
        t(
          "Petugas fasilitator UMKM yang memahami kriteria usaha mikro dan kecil",
          "Small business facilitators who know the micro and small business criteria",
        ),
      ],
      internalSupervision: internalSupervision(SUPERVISOR),
      staffCount: t("4 orang fasilitator UMKM.", "4 small business facilitators."),
      serviceGuarantee: t(
        "Usaha mikro dan kecil memperoleh NIB paling lama 1 hari kerja tanpa biaya dan tanpa perlu datang ke kantor.",
        "Micro and small businesses get their NIB within 1 working day, free of charge, with no office visit.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jumlah usaha mikro dan kecil yang memperoleh NIB per kecamatan dilaporkan setiap triwulan.",
          "The number of micro and small businesses receiving an NIB per district is reported every quarter.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemilik",
          title: t("Data pemilik usaha", "Business owner"),
          fields: applicant({ birth: true, sex: true, email: true, address: true }),
        },
        {
          key: "dataUsaha",
          title: t("Data usaha", "Business details"),
          fields: [
            { key: "businessName", type: "text", label: t("Nama usaha", "Business name"), maxLength: 120 },
            {
              key: "businessScale",
              type: "radio",
              label: t("Skala usaha", "Business scale"),
              options: [
                { value: "mikro", label: t("Mikro (modal sampai Rp1 miliar)", "Micro (capital up to Rp1 billion)") },
                { value: "kecil", label: t("Kecil (modal di atas Rp1 miliar sampai Rp5 miliar)", "Small (capital over Rp1 billion up to Rp5 billion)") },
              ],
            },
            {
              key: "businessSector",
              type: "select",
              label: t("Bidang usaha", "Business sector"),
              options: [
                { value: "kuliner", label: t("Makanan dan minuman", "Food and drink") },
                { value: "perdagangan", label: t("Perdagangan eceran", "Retail trade") },
                { value: "kerajinan", label: t("Kerajinan dan fesyen", "Crafts and fashion") },
                { value: "jasa", label: t("Jasa (bengkel, salon, penjahit, dan sebagainya)", "Services (repair shop, salon, tailor, etc.)") },
                { value: "lainnya", label: t("Lainnya", "Other") },
              ],
            },
            {
              key: "processedFood",
              type: "radio",
              label: t("Apakah Anda memproduksi pangan olahan kemasan?", "Do you produce packaged processed food?"),
              options: yesNoOptions,
              visibleWhen: { field: "businessSector", equals: "kuliner" },
            },
            {
              key: "capitalRupiah",
              type: "number",
              label: t("Modal usaha di luar tanah dan bangunan (Rp)", "Capital excluding land and buildings (Rp)"),
              min: 0,
              max: 5000000000,
              integer: true,
            },
            { key: "workerCount", type: "number", label: t("Jumlah tenaga kerja", "Number of workers"), min: 0, integer: true },
            { key: "businessAddress", type: "address", label: t("Alamat tempat usaha", "Business address") },
            {
              key: "selfDeclaration",
              type: "checkbox",
              label: t(
                "Saya menyatakan sanggup memenuhi standar usaha serta menjaga kebersihan, keamanan, dan kelestarian lingkungan tempat usaha",
                "I declare that I will meet business standards and keep my premises clean, safe and environmentally sound",
              ),
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("ownerIdScan", "Scan/foto KTP-el pemilik usaha", "Scan/photo of the owner's e-KTP"),
            doc("premisesPhoto", "Foto tempat usaha", "Photo of the business premises", { imageOnly: true, maxSizeMb: 3 }),
            doc("productPhoto", "Foto produk atau jasa", "Photo of the products or services", { imageOnly: true, maxSizeMb: 3 }),
          ],
        },
      ],
    },
  },
];
