/**
 * Dinas Pariwisata Kabupaten Tirta Sari (Bali, WITA, region code 51).
 * A second-region agency so that WITA office hours and Bali's regional
 * holidays are exercised by the SLA engine.
 */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, t } from "./helpers";

export const disparTirtaSariServices: SeedService[] = [
  {
    slug: "kartu-tanda-pengenal-pramuwisata",
    agencyCode: "DISPAR",
    categorySlug: "perizinan-usaha",
    nameId: "Kartu Tanda Pengenal Pramuwisata (KTPP)",
    nameEn: "Tour Guide Identity Card (KTPP)",
    summaryId:
      "Penerbitan dan perpanjangan kartu tanda pengenal bagi pramuwisata (pemandu wisata) umum dan khusus yang bertugas di daya tarik wisata Kabupaten Tirta Sari, Bali.",
    summaryEn: "Issuance and renewal of the identity card for general and specialist tour guides working at tourist attractions in Tirta Sari Regency, Bali.",
    keywords: "pramuwisata ktpp kartu pramuwisata lisensi guide pemandu wisata tour guide license guide bali hpi izin pemandu tourist guide licence",
    decreeNumber: "Keputusan Kepala Dinas Pariwisata Kabupaten Tirta Sari Nomor 556/104/Dispar/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 10,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto KTP-el", "Scan/photo of the e-KTP"),
        t(
          "Scan sertifikat kompetensi pemandu wisata dari Lembaga Sertifikasi Profesi yang berlisensi BNSP",
          "Scan of a tour guide competence certificate from a professional certification body licensed by BNSP",
        ),
        t("Scan surat rekomendasi dari asosiasi pramuwisata", "Scan of a recommendation letter from a tour guide association"),
        t("Scan surat keterangan sehat yang berlaku", "Scan of a valid medical certificate"),
        t(
          "Pas foto berwarna berpakaian adat Bali madya ukuran 4x6 cm (file JPEG/PNG)",
          "Colour photo in Balinese semi-formal traditional dress, 4x6 cm (JPEG/PNG file)",
        ),
        t("Untuk perpanjangan: scan KTPP lama", "For renewal: scan of the previous card"),
      ],
      procedure: [
        t(
          "Pemohon mengisi data diri, jenis pramuwisata, dan bahasa yang dikuasai, lalu mengunggah dokumen.",
          "Enter your details, the type of guide and the languages you speak, and upload the documents.",
        ),
        t(
          "Petugas memeriksa keabsahan sertifikat kompetensi dan rekomendasi asosiasi.",
          "An officer checks the competence certificate and the association's recommendation.",
        ),
        t(
          "Bila dokumen kurang atau tidak berlaku, permohonan dikembalikan untuk diperbaiki.",
          "If a document is missing or expired, the application is returned for correction.",
        ),
        t(
          "Pemohon baru mengikuti wawancara singkat melalui panggilan video tentang etika kepemanduan dan pengetahuan daya tarik wisata setempat.",
          "New applicants have a short video interview on guiding ethics and knowledge of local attractions.",
        ),
        t("Kepala Dinas Pariwisata menandatangani KTPP secara elektronik.", "The head of the Tourism Office signs the card electronically."),
        t(
          "Pemohon mengunduh KTPP digital berkode QR yang dapat ditunjukkan dari ponsel dan diperiksa pengelola daya tarik wisata.",
          "Download the digital card with its QR code, which you can show on your phone and attraction managers can check.",
        ),
      ],
      timeLimit: t(
        "Paling lama 10 (sepuluh) hari kerja sejak permohonan dinyatakan lengkap. Hari kerja adalah Senin–Jumat pukul 07.30–16.00 WITA, tidak termasuk libur nasional, cuti bersama, dan hari libur daerah Provinsi Bali seperti Galungan dan Kuningan.",
        "At most 10 working days after the application is complete. Working days are Monday–Friday, 07:30–16:00 Central Indonesia Time (WITA), excluding national holidays, collective leave and Bali provincial holidays such as Galungan and Kuningan.",
      ),
      fee: t("Tidak dipungut biaya (Rp0).", "Free of charge (Rp0)."),
      output: t(
        "Kartu Tanda Pengenal Pramuwisata (KTPP) digital berkode QR, berlaku 3 tahun dan dapat diperpanjang.",
        "A digital Tour Guide Identity Card (KTPP) with a QR code, valid for 3 years and renewable.",
      ),
      complaintHandling: complaintChannels("DISPAR"),
      legalBasis: [
        t("Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan", "Law No. 10 of 2009 on Tourism"),
        t("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Law No. 25 of 2009 on Public Services"),
        t("Peraturan Bupati Tirta Sari Nomor 7 Tahun 2024 tentang Pramuwisata", "Tirta Sari Regent Regulation No. 7 of 2024 on Tour Guides"),
        t(
          "Keputusan Kepala Dinas Pariwisata Kabupaten Tirta Sari Nomor 556/104/Dispar/2026 tentang Standar Pelayanan Pramuwisata",
          "Decree of the Head of the Tirta Sari Regency Tourism Office No. 556/104/Dispar/2026 on Tour Guide Service Standards",
        ),
      ],
      facilities: onlineFacilities([
        t("Daftar publik pramuwisata berlisensi yang dapat dicari wisatawan", "A public register of licensed guides that visitors can search"),
      ]),
      staffCompetence: [
        t("Petugas yang memahami standar kompetensi pemandu wisata", "Officers who know tour guide competence standards"),
        t("Pewawancara yang menguasai sedikitnya satu bahasa asing", "Interviewers fluent in at least one foreign language"),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Pengembangan Sumber Daya Pariwisata", "Head of the Tourism Human Resources Division")),
      staffCount: t("3 orang: 2 verifikator dan 1 pewawancara.", "3 staff: 2 verifiers and 1 interviewer."),
      serviceGuarantee: t(
        "KTPP terbit paling lama 10 hari kerja tanpa biaya, dan status kartu dapat diperiksa wisatawan kapan saja.",
        "The card is issued within 10 working days free of charge, and visitors can check its status at any time.",
      ),
      securityGuarantee: securityGuarantee(
        t(
          "Daftar publik hanya menampilkan nama, foto, bahasa, dan masa berlaku kartu.",
          "The public register shows only the name, photo, languages and card validity.",
        ),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Pengaduan wisatawan terhadap pramuwisata dievaluasi bersama asosiasi setiap triwulan.",
          "Visitor complaints about guides are reviewed with the association every quarter.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: applicant({ birth: true, sex: true, email: true, address: true }),
        },
        {
          key: "kepemanduan",
          title: t("Kepemanduan dan bahasa", "Guiding and languages"),
          fields: [
            {
              key: "requestKind",
              type: "radio",
              label: t("Jenis permohonan", "Type of request"),
              options: [
                { value: "baru", label: t("Baru", "New") },
                { value: "perpanjangan", label: t("Perpanjangan", "Renewal") },
              ],
            },
            {
              key: "guideType",
              type: "radio",
              label: t("Jenis pramuwisata", "Type of guide"),
              options: [
                { value: "umum", label: t("Pramuwisata umum", "General guide") },
                { value: "khusus", label: t("Pramuwisata khusus", "Specialist guide") },
              ],
            },
            {
              key: "specialty",
              type: "select",
              label: t("Bidang kekhususan", "Specialty"),
              visibleWhen: { field: "guideType", equals: "khusus" },
              options: [
                { value: "trekking", label: t("Pendakian dan trekking", "Hiking and trekking") },
                { value: "selam", label: t("Selam dan wisata bahari", "Diving and marine tourism") },
                { value: "budaya", label: t("Pura dan warisan budaya", "Temples and cultural heritage") },
                { value: "agrowisata", label: t("Agrowisata dan subak", "Agritourism and subak rice terraces") },
              ],
            },
            { key: "certificateNumber", type: "text", label: t("Nomor sertifikat kompetensi", "Competence certificate number"), maxLength: 60 },
            { key: "certificateExpiry", type: "date", label: t("Masa berlaku sertifikat kompetensi", "Competence certificate expiry date"), notInPast: true },
            {
              key: "languages",
              type: "group",
              label: t("Bahasa yang dikuasai", "Languages spoken"),
              itemLabel: t("Bahasa", "Language"),
              minItems: 1,
              maxItems: 6,
              fields: [
                {
                  key: "language",
                  type: "select",
                  label: t("Bahasa", "Language"),
                  options: [
                    { value: "inggris", label: t("Inggris", "English") },
                    { value: "jepang", label: t("Jepang", "Japanese") },
                    { value: "mandarin", label: t("Mandarin", "Mandarin") },
                    { value: "korea", label: t("Korea", "Korean") },
                    { value: "jerman", label: t("Jerman", "German") },
                    { value: "prancis", label: t("Prancis", "French") },
                    { value: "rusia", label: t("Rusia", "Russian") },
                    { value: "lainnya", label: t("Lainnya", "Other") },
                  ],
                },
                {
                  key: "proficiency",
                  type: "radio",
                  label: t("Tingkat kemahiran", "Proficiency"),
                  options: [
                    { value: "menengah", label: t("Menengah", "Intermediate") },
                    { value: "mahir", label: t("Mahir", "Fluent") },
                  ],
                },
              ],
            },
            {
              key: "interviewDate",
              type: "date",
              label: t("Tanggal wawancara video yang diinginkan", "Preferred date for the video interview"),
              notInPast: true,
              workingDay: true,
              visibleWhen: { field: "requestKind", equals: "baru" },
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("idCardScan", "Scan/foto KTP-el", "Scan/photo of the e-KTP"),
            doc("competenceCertificate", "Sertifikat kompetensi pemandu wisata", "Tour guide competence certificate", { pdfOnly: true }),
            doc("associationRecommendation", "Rekomendasi asosiasi pramuwisata", "Tour guide association recommendation"),
            doc("healthCertificate", "Surat keterangan sehat", "Medical certificate"),
            doc("photo", "Pas foto berpakaian adat Bali madya 4x6 cm", "4x6 cm photo in Balinese semi-formal dress", { imageOnly: true }),
            doc("previousCard", "Scan KTPP lama", "Scan of the previous card", { visibleWhen: { field: "requestKind", equals: "perpanjangan" } }),
          ],
        },
      ],
    },
  },
];
