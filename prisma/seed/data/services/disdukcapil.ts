/**
 * Dinas Kependudukan dan Pencatatan Sipil: identity documents
 * (KTP-el, Kartu Keluarga, Kartu Identitas Anak).
 * Civil registration certificates are in disdukcapil-akta.ts.
 */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, sexOptions, t } from "./helpers";
import { ADMINDUK_CORE_LAW, FREE_ADMINDUK } from "./disdukcapil-common";

const ADMINDUK_LAW = [...ADMINDUK_CORE_LAW];

const PICKUP_OPTIONS = [
  { value: "disdukcapil", label: t("Kantor Disdukcapil Kota Harapan Jaya", "Harapan Jaya City Disdukcapil office") },
  { value: "kecHarapanTengah", label: t("Kantor Kecamatan Harapan Tengah", "Harapan Tengah District office") },
  { value: "kecHarapanUtara", label: t("Kantor Kecamatan Harapan Utara", "Harapan Utara District office") },
  { value: "kecHarapanSelatan", label: t("Kantor Kecamatan Harapan Selatan", "Harapan Selatan District office") },
  { value: "kecHarapanTimur", label: t("Kantor Kecamatan Harapan Timur", "Harapan Timur District office") },
];

export const disdukcapilServices: SeedService[] = [
  {
    slug: "ktp-el-baru",
    agencyCode: "DISDUKCAPIL",
    categorySlug: "kependudukan",
    nameId: "KTP-el Baru (Perekaman Pertama)",
    nameEn: "New Electronic ID Card (e-KTP), First Recording",
    summaryId:
      "Penerbitan KTP-el pertama kali bagi penduduk yang telah berusia 17 tahun, sudah kawin, atau pernah kawin. Pendaftaran dan unggah dokumen dilakukan daring; perekaman biometrik wajib hadir pada jadwal yang dipesan di halaman permohonan.",
    summaryEn:
      "First electronic ID card for residents aged 17 or over, or who are or have been married. Registration and uploads are online; biometric recording requires attending at the time you book on your application page.",
    keywords:
      "ktp e-ktp ektp ktp-el kartu tanda penduduk elektronik identitas ktp baru rekam ktp perekaman biometrik 17 tahun pemula id card identity card national id",
    decreeNumber: "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026",
    effectiveFrom: "2026-01-02",
    slaWorkingDays: 3,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Telah berusia 17 tahun, sudah kawin, atau pernah kawin, dan terdaftar dalam Kartu Keluarga Kota Harapan Jaya",
          "Aged 17 or over, or married or previously married, and listed on a Harapan Jaya City family card",
        ),
        t("Scan/foto Kartu Keluarga (KK) yang memuat nama pemohon", "Scan/photo of the family card (KK) listing the applicant"),
        t(
          "Scan/foto buku nikah atau kutipan akta perkawinan, khusus pemohon di bawah 17 tahun yang sudah kawin",
          "Scan/photo of the marriage book or marriage certificate, only for applicants under 17 who are married",
        ),
        t(
          "Hadir langsung untuk perekaman biometrik (foto wajah, sidik jari, iris mata, dan tanda tangan)",
          "Attend in person for biometric recording (face photo, fingerprints, iris scan and signature)",
        ),
      ],
      procedure: [
        t(
          "Pemohon masuk ke portal, memilih layanan KTP-el Baru, memeriksa data diri yang terisi dari profil, mengunggah KK, dan mengajukan permohonan. Jam perekaman dipesan sesudahnya di halaman permohonan (langkah berikut).",
          "Sign in, choose New e-KTP, check the details filled in from your profile, upload your family card and submit. The recording time is booked afterwards on your application page (next step).",
        ),
        t(
          "Petugas memadankan data dengan database kependudukan (SIAK). Bila ada data yang tidak sesuai, permohonan dikembalikan dengan catatan perbaikan.",
          "An officer matches the details against the population database (SIAK). If something does not match, the application is returned with a note on what to correct.",
        ),
        t(
          'Setelah permohonan diajukan, pemohon dapat memesan jam perekaman di halaman permohonan ("Pesan jadwal perekaman") di Mal Pelayanan Publik atau kantor Disdukcapil, pada jam yang masih kosong, dan memindah atau membatalkannya paling lambat 2 jam sebelumnya. Di lokasi, pemohon check-in di kios pintu masuk dengan kode QR pemesanan, atau mengambil nomor antrean bila tidak memesan, lalu dipanggil ke loket: pemesan yang datang tepat waktu lebih dulu, lalu antrean prioritas (lansia, ibu hamil, penyandang disabilitas), lalu pengunjung tanpa pemesanan. Di loket, pemohon menunjukkan kode QR nomor permohonan dari halaman permohonan. Kehadiran ini wajib karena perekaman biometrik tidak dapat dilakukan secara daring.',
          'After submitting, you can book a recording time on your application page ("Book a recording time") at the Public Service Mall or the Disdukcapil office, in any free slot, and move or cancel it up to 2 hours before. At the location, check in at the entrance kiosk with the booking\'s QR code, or take a queue number if you did not book, and you are called to a counter: visitors with a booking who arrive on time first, then the priority line (the elderly, pregnant women, people with disabilities), then visitors without a booking. At the counter, show the QR code of your application number from your application page. This visit is required because biometrics cannot be captured online.',
        ),
        t(
          "Data biometrik dikirim ke Direktorat Jenderal Kependudukan dan Pencatatan Sipil untuk pemadanan agar satu penduduk hanya memiliki satu KTP-el.",
          "The biometric data is sent to the Directorate General of Population and Civil Registration for matching, so that each resident holds only one e-KTP.",
        ),
        t(
          "Setelah data dinyatakan tunggal, KTP-el dicetak dan pemohon menerima notifikasi di portal dan email.",
          "Once the record is confirmed unique, the card is printed and you are notified on the portal and by email.",
        ),
        t(
          "KTP-el diambil di Mal Pelayanan Publik atau kantor Disdukcapil dengan menunjukkan kode QR nomor permohonan dari halaman permohonan. Pemohon juga dapat mengaktifkan Identitas Kependudukan Digital (IKD) di ponsel.",
          "Collect the card at the Public Service Mall or the Disdukcapil office by showing the QR code of your application number from your application page. You may also activate the Digital Population Identity (IKD) on your phone.",
        ),
      ],
      timeLimit: t(
        "Paling lama 3 (tiga) hari kerja sejak permohonan diajukan. Jika pemohon tidak hadir untuk perekaman pada jadwal yang dipesan, petugas mengembalikan permohonan untuk perbaikan dan pemohon memesan jadwal perekaman baru, dan waktu selama permohonan menunggu perbaikan dari pemohon tidak dihitung.",
        "At most 3 working days from submission. If you do not attend for recording at the time you booked, the officer returns the application for correction and you book a new recording time, and the time the application waits for your correction is not counted.",
      ),
      fee: FREE_ADMINDUK,
      output: t(
        "Kartu Tanda Penduduk elektronik (KTP-el) dan, bila diaktifkan, Identitas Kependudukan Digital (IKD).",
        "An electronic ID card (e-KTP) and, if activated, the Digital Population Identity (IKD).",
      ),
      complaintHandling: complaintChannels("DISDUKCAPIL"),
      legalBasis: [
        ...ADMINDUK_LAW,
        t(
          "Peraturan Menteri Dalam Negeri Nomor 72 Tahun 2022 tentang Standar dan Spesifikasi Perangkat Keras, Perangkat Lunak, dan Blangko KTP-el serta Penyelenggaraan Identitas Kependudukan Digital",
          "Minister of Home Affairs Regulation No. 72 of 2022 on e-KTP hardware, software and blank card standards and the Digital Population Identity",
        ),
        t(
          "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026 tentang Standar Pelayanan Administrasi Kependudukan",
          "Decree of the Head of the Harapan Jaya City Population and Civil Registration Office No. 400.12/015/2026 on Population Administration Service Standards",
        ),
      ],
      facilities: onlineFacilities([
        t(
          "Perangkat perekaman biometrik di loket Disdukcapil Mal Pelayanan Publik dan di kantor Disdukcapil, tempat jadwal perekaman dapat dipesan",
          "Biometric recording stations at the Disdukcapil counters of the Public Service Mall and at the Disdukcapil office, where recording times can be booked",
        ),
        t(
          "Jalur prioritas bagi penyandang disabilitas, lansia, dan ibu hamil; perekaman jemput bola bagi penduduk yang sakit atau tidak dapat bepergian",
          "Priority lane for people with disabilities, older people and pregnant women; home or hospital visits for residents who are ill or cannot travel",
        ),
      ]),
      staffCompetence: [
        t("Operator SIAK yang telah mengikuti bimbingan teknis dari Kementerian Dalam Negeri", "SIAK operators trained by the Ministry of Home Affairs"),
        t(
          "Petugas perekaman yang menguasai prosedur biometrik dan pelayanan ramah disabilitas",
          "Recording staff skilled in biometric procedures and disability-friendly service",
        ),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Pelayanan Pendaftaran Penduduk", "Head of the Population Registration Division")),
      staffCount: t(
        "12 orang: 4 verifikator data, 6 operator perekaman di kantor dinas dan kecamatan, dan 2 petugas pencetakan.",
        "12 staff: 4 data verifiers, 6 recording operators at the office and district offices, and 2 card printing staff.",
      ),
      serviceGuarantee: t(
        "Maklumat Pelayanan Disdukcapil Kota Harapan Jaya menjamin KTP-el terbit dalam batas waktu tanpa pungutan apa pun. Apabila blangko habis, pemohon diberi tahu secara tertulis dan dapat menggunakan IKD sampai kartu tersedia.",
        "The Harapan Jaya Disdukcapil service pledge guarantees the card within the time limit and without any charge. If blank cards run out, you are told in writing and may use the IKD until a card is available.",
      ),
      securityGuarantee: securityGuarantee(
        t(
          "Data biometrik disimpan hanya dalam SIAK terpusat Kementerian Dalam Negeri, tidak di portal.",
          "Biometric data is kept only in the Ministry of Home Affairs' central SIAK database, not on the portal.",
        ),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Cakupan kepemilikan KTP-el dibandingkan jumlah wajib KTP dilaporkan setiap bulan kepada Wali Kota.",
          "e-KTP coverage against the number of eligible residents is reported to the Mayor every month.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: applicant({ kk: true, birth: true, sex: true, address: true }),
        },
        {
          key: "perekaman",
          title: t("Perekaman biometrik", "Biometric recording"),
          fields: [
            {
              key: "eligibilityBasis",
              type: "radio",
              label: t("Dasar wajib KTP-el", "Basis of eligibility"),
              options: [
                { value: "usia", label: t("Telah berusia 17 tahun", "Aged 17 or over") },
                { value: "kawin", label: t("Di bawah 17 tahun dan sudah/pernah kawin", "Under 17 and married or previously married") },
              ],
            },
            {
              key: "needsAssistance",
              type: "checkbox",
              label: t("Saya memerlukan pendampingan atau perekaman di rumah/rumah sakit", "I need assistance or a home/hospital visit for recording"),
              required: false,
            },
            {
              key: "assistanceNote",
              type: "textarea",
              label: t("Jelaskan kebutuhan pendampingan", "Describe the assistance you need"),
              help: t(
                "Misalnya kursi roda, juru bahasa isyarat, atau alamat rumah sakit.",
                "For example a wheelchair, a sign language interpreter, or the hospital address.",
              ),
              maxLength: 500,
              visibleWhen: { field: "needsAssistance", equals: true },
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("familyCardScan", "Scan/foto Kartu Keluarga", "Scan/photo of the family card"),
            doc("marriageCertificateScan", "Scan/foto buku nikah atau akta perkawinan", "Scan/photo of the marriage book or certificate", {
              visibleWhen: { field: "eligibilityBasis", equals: "kawin" },
            }),
          ],
        },
      ],
    },
  },
  {
    slug: "ktp-el-penggantian",
    agencyCode: "DISDUKCAPIL",
    categorySlug: "kependudukan",
    nameId: "Penggantian KTP-el (Hilang, Rusak, atau Perubahan Data)",
    nameEn: "Replacement e-KTP (Lost, Damaged or Changed Details)",
    summaryId:
      "Pencetakan ulang KTP-el bagi penduduk yang sudah pernah merekam biometrik, karena kartu hilang, rusak, atau ada perubahan data seperti alamat, status perkawinan, atau pekerjaan.",
    summaryEn:
      "Reprint of the e-KTP for residents whose biometrics are already recorded, when the card is lost or damaged or details such as address, marital status or occupation have changed.",
    keywords:
      "ktp e-ktp ektp ktp-el ktp hilang ktp rusak ganti ktp cetak ulang perubahan data ubah alamat kartu tanda penduduk lost id card replacement damaged",
    decreeNumber: "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026",
    effectiveFrom: "2026-01-02",
    slaWorkingDays: 1,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto Kartu Keluarga (KK) terbaru", "Scan/photo of the current family card (KK)"),
        t(
          "Untuk KTP-el hilang: surat keterangan kehilangan dari kepolisian (dapat diajukan daring melalui layanan Surat Keterangan Kehilangan Polres Harapan Jaya di portal ini)",
          "For a lost card: a police loss report certificate (it can be requested online through the Harapan Jaya Police loss report service on this portal)",
        ),
        t(
          "Untuk KTP-el rusak: foto sisi depan dan belakang kartu yang rusak; kartu lama diserahkan saat pengambilan",
          "For a damaged card: photos of the front and back of the damaged card; the old card is handed in on collection",
        ),
        t(
          "Untuk perubahan data: dokumen yang menjadi dasar perubahan, misalnya akta perkawinan, akta perceraian, atau KK yang sudah diperbarui",
          "For changed details: the document that supports the change, such as a marriage or divorce certificate or an updated family card",
        ),
      ],
      procedure: [
        t(
          "Pemohon mengisi formulir daring, memilih alasan penggantian, dan mengunggah dokumen sesuai alasan tersebut.",
          "Fill in the online form, choose the reason for replacement and upload the documents for that reason.",
        ),
        t(
          "Petugas memeriksa kelengkapan dokumen dan status perekaman biometrik di SIAK.",
          "An officer checks the documents and confirms your biometric record in SIAK.",
        ),
        t(
          "Bila dokumen kurang atau tidak terbaca, permohonan dikembalikan; pemohon memperbaiki dan mengirim ulang melalui portal.",
          "If a document is missing or unreadable, the application is returned; correct it and resubmit on the portal.",
        ),
        t(
          "Setelah disetujui, KTP-el dicetak ulang. Perekaman ulang tidak diperlukan kecuali petugas menemukan data biometrik yang tidak lengkap, yang akan diberitahukan melalui portal.",
          "Once approved, the card is reprinted. No new recording is needed unless the officer finds incomplete biometric data, in which case you are told on the portal.",
        ),
        t(
          "Pemohon mengambil KTP-el di lokasi pilihan dengan menunjukkan kode QR nomor permohonan dari halaman permohonan; untuk kartu rusak, kartu lama diserahkan kepada petugas.",
          "Collect the card at the chosen location by showing the QR code of your application number from your application page; for a damaged card, hand in the old one.",
        ),
      ],
      timeLimit: t(
        "Paling lama 1 (satu) hari kerja sejak permohonan dinyatakan lengkap dan benar.",
        "At most 1 working day after the application is found complete and correct.",
      ),
      fee: FREE_ADMINDUK,
      output: t("KTP-el pengganti dengan data terkini.", "A replacement e-KTP with up-to-date details."),
      complaintHandling: complaintChannels("DISDUKCAPIL"),
      legalBasis: [
        ...ADMINDUK_LAW,
        t(
          "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026 tentang Standar Pelayanan Administrasi Kependudukan",
          "Decree of the Head of the Harapan Jaya City Population and Civil Registration Office No. 400.12/015/2026 on Population Administration Service Standards",
        ),
      ],
      facilities: onlineFacilities([
        t("Mesin cetak KTP-el di kantor Disdukcapil dan kecamatan", "e-KTP printers at the Disdukcapil office and district offices"),
      ]),
      staffCompetence: [
        t("Verifikator yang memahami persyaratan Perpres 96/2018", "Verifiers who know the requirements of Presidential Regulation 96/2018"),
        t("Operator pencetakan KTP-el yang terlatih", "Trained e-KTP printing operators"),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Pelayanan Pendaftaran Penduduk", "Head of the Population Registration Division"), [
        t("Rekonsiliasi harian jumlah blangko terpakai dan kartu rusak", "Daily reconciliation of blank cards used and spoiled cards"),
      ]),
      staffCount: t("6 orang: 3 verifikator dan 3 operator pencetakan.", "6 staff: 3 verifiers and 3 printing operators."),
      serviceGuarantee: t(
        "KTP-el pengganti dicetak paling lama 1 hari kerja setelah permohonan lengkap. Pemohon tidak diminta dokumen di luar standar ini.",
        "The replacement card is printed within 1 working day of a complete application. You will not be asked for documents outside this standard.",
      ),
      securityGuarantee: securityGuarantee(
        t("KTP-el lama yang rusak dimusnahkan dengan berita acara.", "Damaged old cards are destroyed and the destruction is recorded in an official report."),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jumlah permohonan yang dikembalikan untuk perbaikan dianalisis untuk menyederhanakan persyaratan.",
          "Returned applications are analysed to simplify the requirements.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: applicant({ kk: true, address: true }),
        },
        {
          key: "penggantian",
          title: t("Alasan penggantian dan dokumen", "Reason for replacement and documents"),
          fields: [
            {
              key: "replacementReason",
              type: "radio",
              label: t("Alasan penggantian", "Reason for replacement"),
              options: [
                { value: "hilang", label: t("KTP-el hilang", "Card lost") },
                { value: "rusak", label: t("KTP-el rusak", "Card damaged") },
                { value: "perubahanData", label: t("Perubahan data", "Change of details") },
              ],
            },
            {
              key: "changedData",
              type: "select",
              label: t("Data yang berubah", "Details that changed"),
              visibleWhen: { field: "replacementReason", equals: "perubahanData" },
              options: [
                { value: "alamat", label: t("Alamat", "Address") },
                { value: "statusKawin", label: t("Status perkawinan", "Marital status") },
                { value: "pekerjaan", label: t("Pekerjaan", "Occupation") },
                { value: "agama", label: t("Agama", "Religion") },
                { value: "nama", label: t("Nama (berdasarkan penetapan pengadilan)", "Name (by court order)") },
              ],
            },
            {
              key: "pickupLocation",
              type: "select",
              label: t("Lokasi pengambilan KTP-el", "Card collection point"),
              options: PICKUP_OPTIONS,
            },
            doc("familyCardScan", "Scan/foto Kartu Keluarga terbaru", "Scan/photo of the current family card"),
            doc("policeLossReport", "Surat keterangan kehilangan dari kepolisian", "Police loss report certificate", {
              visibleWhen: { field: "replacementReason", equals: "hilang" },
            }),
            doc("damagedCardPhoto", "Foto depan dan belakang KTP-el yang rusak", "Photo of the front and back of the damaged card", {
              visibleWhen: { field: "replacementReason", equals: "rusak" },
              imageOnly: true,
            }),
            doc("changeEvidence", "Dokumen dasar perubahan data", "Document supporting the change", {
              visibleWhen: { field: "replacementReason", equals: "perubahanData" },
              maxSizeMb: 5,
            }),
          ],
        },
      ],
    },
  },
  {
    slug: "kartu-identitas-anak",
    agencyCode: "DISDUKCAPIL",
    categorySlug: "kependudukan",
    nameId: "Kartu Identitas Anak (KIA)",
    nameEn: "Child Identity Card (KIA)",
    summaryId: "Penerbitan Kartu Identitas Anak bagi anak berusia di bawah 17 tahun dan belum kawin, diajukan oleh orang tua atau wali secara daring.",
    summaryEn: "Issuance of the Child Identity Card for children under 17 who are not married, requested online by a parent or guardian.",
    keywords: "kia kartu identitas anak kartu anak ktp anak identitas anak child id card child identity card kids",
    decreeNumber: "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026",
    effectiveFrom: "2026-01-02",
    slaWorkingDays: 2,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto kutipan akta kelahiran anak", "Scan/photo of the child's birth certificate"),
        t("Scan/foto Kartu Keluarga (KK) yang memuat nama anak", "Scan/photo of the family card (KK) listing the child"),
        t("Scan/foto KTP-el kedua orang tua atau wali", "Scan/photo of both parents' or the guardian's e-KTP"),
        t(
          "Pas foto berwarna anak ukuran 2x3 cm (file JPEG/PNG), khusus anak berusia 5 tahun ke atas",
          "Colour passport photo of the child, 2x3 cm (JPEG/PNG file), only for children aged 5 and over",
        ),
      ],
      procedure: [
        t(
          "Orang tua atau wali masuk ke portal, mengisi data anak, dan mengunggah dokumen persyaratan.",
          "A parent or guardian signs in, fills in the child's details and uploads the required documents.",
        ),
        t(
          "Petugas memverifikasi data anak dengan SIAK dan memeriksa kesesuaian pas foto.",
          "An officer checks the child's details against SIAK and the photo against the photo rules.",
        ),
        t(
          "Bila ada kekurangan, permohonan dikembalikan dengan catatan; pemohon memperbaiki lalu mengirim ulang.",
          "If anything is missing, the application is returned with a note; correct it and resubmit.",
        ),
        t("Kepala Dinas menyetujui penerbitan dan KIA dicetak.", "The head of office approves issuance and the card is printed."),
        t(
          "KIA diambil di lokasi pilihan dengan menunjukkan kode QR nomor permohonan dari halaman permohonan; anak tidak perlu ikut datang.",
          "Collect the card at the chosen location by showing the QR code of your application number from your application page; the child does not need to come.",
        ),
      ],
      timeLimit: t(
        "Paling lama 2 (dua) hari kerja sejak permohonan dinyatakan lengkap dan benar.",
        "At most 2 working days after the application is found complete and correct.",
      ),
      fee: FREE_ADMINDUK,
      output: t("Kartu Identitas Anak (KIA).", "A Child Identity Card (KIA)."),
      complaintHandling: complaintChannels("DISDUKCAPIL"),
      legalBasis: [
        ...ADMINDUK_LAW,
        t(
          "Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak",
          "Minister of Home Affairs Regulation No. 2 of 2016 on the Child Identity Card",
        ),
        t(
          "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026 tentang Standar Pelayanan Administrasi Kependudukan",
          "Decree of the Head of the Harapan Jaya City Population and Civil Registration Office No. 400.12/015/2026 on Population Administration Service Standards",
        ),
      ],
      facilities: onlineFacilities([
        t("Pencetak kartu KIA di kantor Disdukcapil", "Child ID card printers at the Disdukcapil office"),
        t("Layanan kolektif KIA melalui sekolah dan posyandu", "Group KIA service through schools and neighbourhood health posts"),
      ]),
      staffCompetence: [t("Verifikator yang memahami ketentuan KIA dan perlindungan data anak", "Verifiers who know the KIA rules and child data protection")],
      internalSupervision: internalSupervision(t("Kepala Bidang Pelayanan Pendaftaran Penduduk", "Head of the Population Registration Division")),
      staffCount: t("4 orang: 2 verifikator dan 2 operator pencetakan.", "4 staff: 2 verifiers and 2 printing operators."),
      serviceGuarantee: t(
        "KIA diterbitkan paling lama 2 hari kerja tanpa biaya dan tanpa mewajibkan kehadiran anak.",
        "The card is issued within 2 working days, free of charge, without the child having to attend.",
      ),
      securityGuarantee: securityGuarantee(t("Foto anak hanya digunakan untuk pencetakan KIA.", "The child's photo is used only to print the card.")),
      performanceEvaluation: performanceEvaluation(
        t("Cakupan kepemilikan KIA per kelurahan dipantau setiap semester.", "Child ID card coverage per neighbourhood is monitored every six months."),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataOrangTua",
          title: t("Data orang tua/wali", "Parent/guardian details"),
          fields: [
            ...applicant({ kk: true }),
            {
              key: "relationshipToChild",
              type: "select",
              label: t("Hubungan dengan anak", "Relationship to the child"),
              options: [
                { value: "ayah", label: t("Ayah", "Father") },
                { value: "ibu", label: t("Ibu", "Mother") },
                { value: "wali", label: t("Wali", "Guardian") },
              ],
            },
          ],
        },
        {
          key: "dataAnak",
          title: t("Data anak", "Child details"),
          fields: [
            { key: "childName", type: "text", label: t("Nama lengkap anak", "Child's full name"), maxLength: 120 },
            { key: "childNik", type: "nik", label: t("NIK anak", "Child's NIK") },
            { key: "childBirthDate", type: "date", label: t("Tanggal lahir anak", "Child's date of birth"), notInFuture: true },
            { key: "childSex", type: "radio", label: t("Jenis kelamin anak", "Child's sex"), options: sexOptions },
            {
              key: "childAgeGroup",
              type: "radio",
              label: t("Kelompok usia anak", "Child's age group"),
              options: [
                { value: "bawah5", label: t("Di bawah 5 tahun", "Under 5") },
                { value: "5sampai17", label: t("5 tahun sampai di bawah 17 tahun", "5 to under 17") },
              ],
            },
            { key: "pickupLocation", type: "select", label: t("Lokasi pengambilan KIA", "Card collection point"), options: PICKUP_OPTIONS },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("birthCertificateScan", "Scan/foto kutipan akta kelahiran anak", "Scan/photo of the child's birth certificate"),
            doc("familyCardScan", "Scan/foto Kartu Keluarga", "Scan/photo of the family card"),
            doc("parentIdScan", "Scan/foto KTP-el orang tua/wali", "Scan/photo of the parents'/guardian's e-KTP", {
              help: t("Gabungkan KTP-el ayah dan ibu dalam satu file.", "Put both parents' cards in one file."),
            }),
            doc("childPhoto", "Pas foto berwarna anak 2x3 cm", "Colour passport photo of the child, 2x3 cm", {
              imageOnly: true,
              visibleWhen: { field: "childAgeGroup", equals: "5sampai17" },
              help: t("Latar belakang polos, wajah terlihat jelas.", "Plain background, face clearly visible."),
            }),
          ],
        },
      ],
    },
  },
];
