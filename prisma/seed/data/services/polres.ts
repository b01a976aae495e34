/** Kepolisian Resor Harapan Jaya: police services for the public. */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, t, yesNoOptions } from "./helpers";

const POLICE_LAW = [
  t("Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia", "Law No. 2 of 2002 on the Indonesian National Police"),
  t("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Law No. 25 of 2009 on Public Services"),
];

const LOCAL_DECREE = t(
  "Keputusan Kepala Kepolisian Resor Harapan Jaya Nomor Kep/15/I/2026 tentang Standar Pelayanan Publik di Lingkungan Polres Harapan Jaya",
  "Decree of the Chief of Harapan Jaya District Police No. Kep/15/I/2026 on Public Service Standards at Harapan Jaya District Police",
);

const PROPAM = t(
  "Pengaduan atas perilaku anggota juga dapat disampaikan kepada Seksi Profesi dan Pengamanan (Propam) Polres Harapan Jaya.",
  "Complaints about an officer's conduct can also be made to the Professional Standards and Security Section (Propam) of Harapan Jaya District Police.",
);

export const polresServices: SeedService[] = [
  {
    slug: "skck",
    agencyCode: "POLRES",
    categorySlug: "keamanan-ketertiban",
    nameId: "Surat Keterangan Catatan Kepolisian (SKCK)",
    nameEn: "Police Clearance Certificate (SKCK)",
    summaryId:
      "Surat keterangan dari kepolisian tentang ada atau tidaknya catatan kriminal seseorang, untuk keperluan melamar pekerjaan, pendaftaran CPNS/PPPK, pencalonan, atau keperluan ke luar negeri. Penerbitan baru dan perpanjangan.",
    summaryEn:
      "A police statement on whether a person has a criminal record, used for job applications, civil service recruitment, candidacy or travel abroad. New certificates and renewals.",
    keywords:
      "skck surat keterangan catatan kepolisian surat kelakuan baik skkb catatan kriminal perpanjangan skck polres police clearance certificate of good conduct criminal record check",
    decreeNumber: "Keputusan Kepala Kepolisian Resor Harapan Jaya Nomor Kep/15/I/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 3,
    feeAmount: 30000,
    standard: {
      requirements: [
        t("Scan/foto KTP-el pemohon", "Scan/photo of the applicant's e-KTP"),
        t("Scan/foto Kartu Keluarga (KK)", "Scan/photo of the family card (KK)"),
        t("Scan/foto akta kelahiran atau ijazah terakhir", "Scan/photo of the birth certificate or latest diploma"),
        t(
          "Pas foto berwarna terbaru ukuran 4x6 cm berlatar belakang merah (file JPEG/PNG)",
          "Recent colour passport photo, 4x6 cm, red background (JPEG/PNG file)",
        ),
        t(
          "Data sidik jari: bagi pemohon yang belum memiliki data sidik jari di Polri, wajib hadir sekali untuk pengambilan sidik jari",
          "Fingerprints: applicants with no fingerprint record at the police must attend once to have their fingerprints taken",
        ),
        t("Untuk keperluan ke luar negeri: scan/foto paspor", "For use abroad: scan/photo of the passport"),
        t("Untuk perpanjangan: scan SKCK lama", "For renewal: scan of the previous SKCK"),
      ],
      procedure: [
        t(
          "Pemohon mengisi formulir daring, termasuk keperluan SKCK dan riwayat perkara bila ada, lalu mengunggah dokumen.",
          "Fill in the online form, including the purpose of the certificate and any history of criminal cases, and upload the documents.",
        ),
        t(
          "Saat permohonan diajukan, portal menerbitkan tagihan PNBP Rp30.000 dengan nomor virtual account dan QRIS; pemohon membayar melalui bank atau dompet elektronik dan mengunduh bukti bayar elektronik. Permohonan diperiksa setelah pembayaran diterima.",
          "On submission the portal issues a Rp30,000 non-tax state revenue (PNBP) bill with a virtual account number and a QRIS code; pay through a bank or e-wallet and download the electronic receipt. The application is checked once the payment is received.",
        ),
        t(
          "Petugas Satuan Intelijen Keamanan memeriksa data dan catatan kriminal; bila data kurang, permohonan dikembalikan untuk dilengkapi.",
          "An officer of the Intelligence and Security Unit checks the data and criminal records; if something is missing, the application is returned for completion.",
        ),
        t(
          'Pemohon yang belum memiliki data sidik jari memesan jam pengambilan sidik jari di halaman permohonan ("Pesan jadwal perekaman") di loket SKCK Mal Pelayanan Publik, pada jam yang masih kosong, dan dapat memindah atau membatalkannya paling lambat 2 jam sebelumnya. Di lokasi, pemohon check-in di kios pintu masuk dengan kode QR pemesanan, atau mengambil nomor antrean bila tidak memesan. Kehadiran ini wajib karena sidik jari tidak dapat diambil secara daring.',
          'Applicants without a fingerprint record book a fingerprinting time on their application page ("Book a recording time") at the SKCK counter of the Public Service Mall, in a free slot, and may move or cancel it up to 2 hours before. On site, they check in at the entrance kiosk with the booking QR code, or take a queue number if they did not book. This visit is required because fingerprints cannot be taken online.',
        ),
        t(
          "Kepala Satuan Intelijen Keamanan menyetujui dan SKCK ditandatangani secara elektronik.",
          "The head of the Intelligence and Security Unit approves it and the SKCK is signed electronically.",
        ),
        t("Pemohon mengunduh SKCK berkode QR dari portal.", "Download the SKCK with its QR code from the portal."),
      ],
      timeLimit: t(
        "Paling lama 3 (tiga) hari kerja sejak permohonan diajukan, termasuk pengambilan sidik jari bila diperlukan. Waktu selama permohonan dikembalikan kepada pemohon untuk dilengkapi tidak dihitung.",
        "At most 3 working days from submission, including fingerprinting if required. The time the application is back with you for completion is not counted.",
      ),
      fee: t(
        "Rp30.000 (tiga puluh ribu rupiah) per SKCK sebagai Penerimaan Negara Bukan Pajak sesuai Peraturan Pemerintah Nomor 76 Tahun 2020, dibayar melalui virtual account atau QRIS pada tagihan yang diterbitkan portal saat permohonan diajukan, dengan bukti bayar elektronik. Tidak ada pungutan lain.",
        "Rp30,000 (thirty thousand rupiah) per certificate as non-tax state revenue (PNBP) under Government Regulation No. 76 of 2020, paid by virtual account or QRIS on the bill the portal issues on submission, with an electronic receipt. There are no other charges.",
      ),
      feeRule: {
        computation: { kind: "fixed", amount: 30000, label: t("PNBP penerbitan SKCK", "SKCK issuance fee (PNBP)") },
        trigger: "submission",
        legalBasis: t(
          "Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia",
          "Government Regulation No. 76 of 2020 on the Types and Rates of Non-Tax State Revenue at the Indonesian National Police",
        ),
        validDays: 7,
      },
      output: t(
        "Surat Keterangan Catatan Kepolisian (SKCK) elektronik berkode QR, berlaku 6 bulan sejak diterbitkan.",
        "An electronic Police Clearance Certificate (SKCK) with a QR code, valid for 6 months from issue.",
      ),
      outputValidityMonths: 6,
      complaintHandling: complaintChannels("POLRES", [PROPAM]),
      legalBasis: [
        ...POLICE_LAW,
        t(
          "Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia",
          "Government Regulation No. 76 of 2020 on the Types and Rates of Non-Tax State Revenue at the Indonesian National Police",
        ),
        t("Peraturan Kepolisian tentang tata cara penerbitan SKCK yang berlaku", "The police regulation in force on issuing police clearance certificates"),
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([
        t(
          "Alat pemindai sidik jari elektronik di Polres dan polsek",
          "Electronic fingerprint scanners at the district police and sub-district police stations",
        ),
        t("Kanal pembayaran PNBP melalui bank dan dompet elektronik", "PNBP payment through banks and e-wallets"),
      ]),
      staffCompetence: [
        t(
          "Petugas Satuan Intelijen Keamanan yang terlatih dalam pemeriksaan catatan kriminal",
          "Intelligence and Security Unit officers trained in criminal record checks",
        ),
        t("Petugas identifikasi sidik jari bersertifikat", "Certified fingerprint identification officers"),
      ],
      internalSupervision: internalSupervision(t("Kepala Satuan Intelijen Keamanan", "Head of the Intelligence and Security Unit"), [
        t("Pengawasan oleh Seksi Propam Polres Harapan Jaya", "Oversight by the Propam section of Harapan Jaya District Police"),
      ]),
      staffCount: t("8 orang: 5 petugas pemeriksa dan 3 petugas identifikasi sidik jari.", "8 officers: 5 record checkers and 3 fingerprint officers."),
      serviceGuarantee: t(
        "SKCK terbit paling lama 3 hari kerja dengan biaya resmi Rp30.000 tanpa pungutan tambahan; kelebihan bayar dikembalikan.",
        "The SKCK is issued within 3 working days for the official Rp30,000 fee with no extra charges; any overpayment is refunded.",
      ),
      securityGuarantee: securityGuarantee(
        t(
          "Riwayat perkara yang diisi pemohon hanya dapat dibaca petugas pemeriksa.",
          "Case history entered by the applicant can be read only by the checking officers.",
        ),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Penerimaan PNBP direkonsiliasi dengan jumlah SKCK terbit setiap bulan.",
          "PNBP receipts are reconciled with the number of certificates issued every month.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: [
            ...applicant({ kk: true, birth: true, sex: true, email: true, address: true }),
            { key: "fatherName", type: "text", label: t("Nama ayah", "Father's name"), maxLength: 120 },
            { key: "motherName", type: "text", label: t("Nama ibu", "Mother's name"), maxLength: 120 },
            {
              key: "lastEducation",
              type: "select",
              label: t("Pendidikan terakhir", "Highest education"),
              options: [
                { value: "sd", label: t("SD/sederajat", "Primary school") },
                { value: "smp", label: t("SMP/sederajat", "Junior secondary") },
                { value: "sma", label: t("SMA/SMK/sederajat", "Senior secondary") },
                { value: "diploma", label: t("Diploma", "Diploma") },
                { value: "sarjana", label: t("Sarjana atau lebih tinggi", "Bachelor's degree or higher") },
              ],
            },
          ],
        },
        {
          key: "keperluan",
          title: t("Keperluan dan riwayat", "Purpose and history"),
          fields: [
            {
              key: "requestKind",
              type: "radio",
              label: t("Jenis permohonan", "Type of request"),
              options: [
                { value: "baru", label: t("SKCK baru", "New certificate") },
                { value: "perpanjangan", label: t("Perpanjangan", "Renewal") },
              ],
            },
            {
              key: "purpose",
              type: "select",
              label: t("Keperluan SKCK", "Purpose of the certificate"),
              options: [
                { value: "melamarKerja", label: t("Melamar pekerjaan", "Job application") },
                { value: "asn", label: t("Pendaftaran CPNS/PPPK", "Civil service recruitment") },
                { value: "pencalonan", label: t("Pencalonan jabatan publik", "Candidacy for public office") },
                { value: "luarNegeri", label: t("Keperluan ke luar negeri (visa, kerja, studi)", "Use abroad (visa, work, study)") },
                { value: "lainnya", label: t("Lainnya", "Other") },
              ],
            },
            { key: "purposeDetail", type: "text", label: t("Instansi/negara tujuan", "Receiving institution or country"), maxLength: 160 },
            {
              key: "hasFingerprintRecord",
              type: "radio",
              label: t(
                "Apakah Anda pernah diambil sidik jari oleh Polri (misalnya saat membuat SKCK sebelumnya)?",
                "Have your fingerprints been taken by the police before (e.g. for an earlier SKCK)?",
              ),
              options: yesNoOptions,
            },
            {
              key: "hadCriminalCase",
              type: "radio",
              label: t("Pernah tersangkut perkara pidana?", "Have you ever been involved in a criminal case?"),
              options: yesNoOptions,
            },
            {
              key: "criminalCaseDetail",
              type: "textarea",
              label: t("Uraian perkara dan putusannya", "Details of the case and its outcome"),
              maxLength: 1000,
              visibleWhen: { field: "hadCriminalCase", equals: "ya" },
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("idCardScan", "Scan/foto KTP-el", "Scan/photo of the e-KTP"),
            doc("familyCardScan", "Scan/foto Kartu Keluarga", "Scan/photo of the family card"),
            doc("birthOrDiplomaScan", "Scan/foto akta kelahiran atau ijazah terakhir", "Scan/photo of the birth certificate or latest diploma"),
            doc("photoRedBackground", "Pas foto 4x6 cm latar merah", "4x6 cm passport photo, red background", { imageOnly: true }),
            doc("passportScan", "Scan/foto paspor", "Scan/photo of the passport", { visibleWhen: { field: "purpose", equals: "luarNegeri" } }),
            doc("previousSkckScan", "Scan SKCK lama", "Scan of the previous SKCK", { visibleWhen: { field: "requestKind", equals: "perpanjangan" } }),
          ],
        },
      ],
    },
  },
  {
    slug: "izin-keramaian",
    agencyCode: "POLRES",
    categorySlug: "keamanan-ketertiban",
    nameId: "Izin Keramaian Umum",
    nameEn: "Public Event Permit",
    summaryId:
      "Izin kepolisian untuk kegiatan yang menghadirkan massa di wilayah Polres Harapan Jaya, seperti konser, festival, pertandingan olahraga, pameran, bazar, atau hajatan yang menggunakan fasilitas umum.",
    summaryEn:
      "Police permit for events that draw crowds in the Harapan Jaya District Police area, such as concerts, festivals, sports matches, exhibitions, bazaars or celebrations that use public spaces.",
    keywords:
      "izin keramaian izin acara izin kegiatan konser festival pertunjukan pesta hajatan bazar pameran pertandingan event permit crowd permit public gathering",
    decreeNumber: "Keputusan Kepala Kepolisian Resor Harapan Jaya Nomor Kep/15/I/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 7,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto KTP-el penanggung jawab kegiatan", "Scan/photo of the e-KTP of the person responsible for the event"),
        t(
          "Proposal kegiatan berisi susunan acara, susunan panitia, perkiraan jumlah peserta, dan rencana pengamanan",
          "Event proposal with the programme, organising committee, expected attendance and security plan",
        ),
        t("Surat persetujuan atau sewa dari pengelola tempat kegiatan", "Consent or rental letter from the venue manager"),
        t(
          "Surat pemberitahuan yang diketahui RT/RW dan lurah setempat untuk kegiatan di lingkungan permukiman",
          "Notification letter acknowledged by the neighbourhood heads (RT/RW) and the lurah for events in residential areas",
        ),
        t(
          "Rekomendasi dari instansi terkait untuk kegiatan tertentu, misalnya izin penggunaan jalan dari dinas perhubungan atau izin kerja bagi pengisi acara warga negara asing",
          "Recommendations from the relevant agencies for certain events, such as a road use permit from the transport office or work permits for foreign performers",
        ),
        t("Permohonan diajukan paling lambat 14 hari kalender sebelum kegiatan", "Apply at least 14 calendar days before the event"),
      ],
      procedure: [
        t(
          "Penanggung jawab mengisi data kegiatan, panitia, dan tempat, lalu mengunggah dokumen.",
          "The person responsible enters the event, committee and venue details and uploads the documents.",
        ),
        t(
          "Petugas Satuan Intelijen Keamanan menilai potensi kerawanan dan kelengkapan dokumen; bila kurang, permohonan dikembalikan.",
          "An Intelligence and Security Unit officer assesses risks and checks the documents; if anything is missing, the application is returned.",
        ),
        t(
          "Untuk kegiatan dengan perkiraan peserta besar, petugas mengundang panitia ke rapat koordinasi pengamanan secara daring.",
          "For large events, the officer invites the committee to an online security coordination meeting.",
        ),
        t(
          "Kapolres atau pejabat yang ditunjuk menerbitkan surat izin keramaian secara elektronik beserta ketentuan yang wajib dipatuhi panitia.",
          "The district police chief or a designated official issues the event permit electronically with the conditions the organisers must follow.",
        ),
        t(
          "Penanggung jawab mengunduh surat izin berkode QR dan menunjukkannya kepada petugas di lokasi bila diminta.",
          "Download the permit with its QR code and show it to officers at the venue when asked.",
        ),
      ],
      timeLimit: t(
        "Paling lama 7 (tujuh) hari kerja sejak permohonan dinyatakan lengkap, dan selalu sebelum tanggal kegiatan.",
        "At most 7 working days after the application is complete, and always before the event date.",
      ),
      fee: t("Tidak dipungut biaya (Rp0) untuk penerbitan surat izin keramaian.", "Free of charge (Rp0) for issuing the event permit."),
      output: t(
        "Surat Izin Keramaian elektronik berkode QR atas nama pemohon sebagai penanggung jawab, yang memuat penyelenggara, nama dan jenis kegiatan, tanggal mulai dan selesai, alamat tempat kegiatan, dan perkiraan jumlah peserta.",
        "An electronic event permit with a QR code in the name of the applicant as the person responsible, stating the organiser, the event's name and type, its start and end dates, the venue address and the expected attendance.",
      ),
      // Printed on the permit (lib/outputs/particulars.ts), as the form asked them.
      outputFacts: {
        organizer: "organizerName",
        eventName: "eventName",
        eventType: "eventType",
        eventStart: "eventStart",
        eventEnd: "eventEnd",
        venue: "venueAddress",
        attendance: "expectedAttendance",
      },
      complaintHandling: complaintChannels("POLRES", [PROPAM]),
      legalBasis: [
        ...POLICE_LAW,
        t(
          "Peraturan Pemerintah Nomor 60 Tahun 2017 tentang Tata Cara Perizinan dan Pengawasan Kegiatan Keramaian Umum, Kegiatan Masyarakat Lainnya, dan Pemberitahuan Kegiatan Politik",
          "Government Regulation No. 60 of 2017 on Licensing and Supervision of Public Crowd Events, Other Community Activities and Notification of Political Activities",
        ),
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([t("Ruang rapat koordinasi daring", "Online coordination meeting room")]),
      staffCompetence: [
        t("Petugas yang kompeten dalam penilaian risiko keamanan kegiatan massa", "Officers competent in security risk assessment for crowd events"),
      ],
      internalSupervision: internalSupervision(t("Kepala Satuan Intelijen Keamanan", "Head of the Intelligence and Security Unit"), [
        t("Pengawasan oleh Seksi Propam Polres Harapan Jaya", "Oversight by the Propam section of Harapan Jaya District Police"),
      ]),
      staffCount: t("4 orang petugas perizinan kegiatan.", "4 event permit officers."),
      serviceGuarantee: t(
        "Permohonan yang lengkap dan diajukan tepat waktu diputuskan sebelum tanggal kegiatan; penolakan selalu disertai alasan tertulis.",
        "Complete applications filed on time are decided before the event date; a refusal always states its reasons in writing.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Insiden keamanan pada kegiatan berizin dievaluasi bersama panitia untuk memperbaiki persyaratan pengamanan.",
          "Security incidents at permitted events are reviewed with the organisers to improve security conditions.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "penanggungJawab",
          title: t("Penanggung jawab kegiatan", "Person responsible"),
          fields: [
            ...applicant({ email: true, address: true }),
            { key: "organizerName", type: "text", label: t("Nama penyelenggara/organisasi", "Organiser or organisation"), maxLength: 160 },
          ],
        },
        {
          key: "dataKegiatan",
          title: t("Data kegiatan", "Event details"),
          fields: [
            { key: "eventName", type: "text", label: t("Nama kegiatan", "Event name"), maxLength: 160 },
            {
              key: "eventType",
              type: "select",
              label: t("Jenis kegiatan", "Type of event"),
              options: [
                { value: "musik", label: t("Konser/pertunjukan musik", "Concert or music performance") },
                { value: "olahraga", label: t("Pertandingan/acara olahraga", "Sports match or event") },
                { value: "pameran", label: t("Pameran/bazar", "Exhibition or bazaar") },
                { value: "keagamaan", label: t("Kegiatan keagamaan", "Religious gathering") },
                { value: "hajatan", label: t("Hajatan/pesta keluarga", "Family celebration") },
                { value: "lainnya", label: t("Lainnya", "Other") },
              ],
            },
            { key: "eventStart", type: "date", label: t("Tanggal mulai", "Start date"), notInPast: true },
            { key: "eventEnd", type: "date", label: t("Tanggal selesai", "End date"), notInPast: true },
            { key: "venueAddress", type: "address", label: t("Alamat tempat kegiatan", "Venue address") },
            { key: "expectedAttendance", type: "number", label: t("Perkiraan jumlah peserta", "Expected attendance"), integer: true, min: 1 },
            {
              key: "usesPublicRoad",
              type: "checkbox",
              label: t("Kegiatan menggunakan atau menutup jalan umum", "The event uses or closes a public road"),
              required: false,
            },
            { key: "ticketed", type: "radio", label: t("Apakah kegiatan berbayar/bertiket?", "Is the event ticketed?"), options: yesNoOptions },
            {
              key: "ticketsOnSale",
              type: "number",
              label: t("Jumlah tiket yang dijual", "Number of tickets on sale"),
              integer: true,
              min: 1,
              visibleWhen: { field: "ticketed", equals: "ya" },
            },
            { key: "securityPlan", type: "textarea", label: t("Ringkasan rencana pengamanan", "Summary of the security plan"), maxLength: 1500 },
            {
              key: "committee",
              type: "group",
              label: t("Susunan panitia inti", "Core organising committee"),
              itemLabel: t("Anggota panitia", "Committee member"),
              minItems: 1,
              maxItems: 10,
              fields: [
                { key: "memberName", type: "text", label: t("Nama", "Name"), maxLength: 120 },
                { key: "memberRole", type: "text", label: t("Jabatan dalam panitia", "Role"), maxLength: 60 },
                { key: "memberPhone", type: "phone", label: t("Telepon", "Phone") },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("responsibleIdScan", "Scan/foto KTP-el penanggung jawab", "Scan/photo of the responsible person's e-KTP"),
            doc("eventProposal", "Proposal kegiatan", "Event proposal", { pdfOnly: true, maxSizeMb: 5 }),
            doc("venueConsent", "Surat persetujuan/sewa tempat", "Venue consent or rental letter"),
            doc("neighbourhoodNotice", "Surat pemberitahuan yang diketahui RT/RW dan lurah", "Notification acknowledged by RT/RW and the lurah", {
              required: false,
            }),
            doc("roadUseRecommendation", "Rekomendasi penggunaan jalan dari dinas perhubungan", "Road use recommendation from the transport office", {
              visibleWhen: { field: "usesPublicRoad", equals: true },
            }),
          ],
        },
      ],
    },
  },
  {
    slug: "surat-keterangan-kehilangan",
    agencyCode: "POLRES",
    categorySlug: "keamanan-ketertiban",
    nameId: "Surat Keterangan Tanda Lapor Kehilangan",
    nameEn: "Loss Report Certificate",
    summaryId:
      "Surat keterangan atas laporan kehilangan barang atau dokumen (KTP-el, SIM, STNK, buku tabungan, ijazah, dan lain-lain) yang dibutuhkan untuk mengurus penggantian dokumen. Kehilangan akibat pencurian atau tindak pidana lain dilaporkan sebagai laporan polisi, bukan melalui layanan ini.",
    summaryEn:
      "Certificate for a report of lost items or documents (e-KTP, driving licence, vehicle registration, bank book, diploma, etc.), needed to get replacements. Losses caused by theft or another crime must be reported as a police report, not through this service.",
    keywords:
      "surat kehilangan laporan kehilangan sktlk surat keterangan hilang lapor hilang ktp hilang sim hilang stnk hilang dompet hilang lost report loss certificate lost documents",
    decreeNumber: "Keputusan Kepala Kepolisian Resor Harapan Jaya Nomor Kep/15/I/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 1,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Scan/foto identitas pelapor: KTP-el, atau Kartu Keluarga bila KTP-el yang hilang",
          "Scan/photo of the reporter's ID: the e-KTP, or the family card if the e-KTP is what was lost",
        ),
        t("Kronologi kehilangan: waktu, tempat, dan uraian kejadian", "Account of the loss: time, place and what happened"),
        t(
          "Bukti kepemilikan barang atau dokumen yang hilang bila ada, misalnya fotokopi lama, foto, atau kuitansi",
          "Proof of ownership of the lost item or document if available, such as an old copy, a photo or a receipt",
        ),
      ],
      procedure: [
        t(
          "Pelapor mengisi data diri, daftar barang/dokumen yang hilang, dan kronologi kejadian.",
          "Enter your details, the list of lost items or documents and what happened.",
        ),
        t(
          "Petugas Sentra Pelayanan Kepolisian Terpadu (SPKT) memeriksa laporan; bila ada indikasi tindak pidana, pelapor diarahkan membuat laporan polisi.",
          "An officer of the Integrated Police Service Centre (SPKT) reviews the report; if it points to a crime, you are directed to make a police report instead.",
        ),
        t(
          "Bila keterangan kurang jelas, laporan dikembalikan dengan pertanyaan untuk dilengkapi.",
          "If details are unclear, the report is returned with questions to answer.",
        ),
        t("Surat keterangan ditandatangani secara elektronik oleh Kepala SPKT.", "The certificate is signed electronically by the head of the SPKT."),
        t(
          "Pelapor mengunduh surat keterangan berkode QR untuk digunakan di Disdukcapil, Satpas SIM, Samsat, bank, atau sekolah.",
          "Download the certificate with its QR code for use at the civil registry, driving licence office, vehicle registration office, bank or school.",
        ),
      ],
      timeLimit: t("Paling lama 1 (satu) hari kerja sejak laporan dinyatakan lengkap.", "At most 1 working day after the report is complete."),
      fee: t("Tidak dipungut biaya (Rp0).", "Free of charge (Rp0)."),
      output: t(
        "Surat Keterangan Tanda Lapor Kehilangan elektronik berkode QR yang memuat daftar barang atau dokumen yang hilang, serta perkiraan tanggal dan lokasi hilang.",
        "An electronic loss report certificate with a QR code listing the lost items or documents, and the approximate date and place of loss.",
      ),
      outputFacts: { lostItems: "lostItems", lossDate: "lossDate", lossLocation: "lossLocation" },
      complaintHandling: complaintChannels("POLRES", [PROPAM]),
      legalBasis: [...POLICE_LAW, LOCAL_DECREE],
      facilities: onlineFacilities([
        t("Layanan SPKT 24 jam bagi pelapor yang memerlukan bantuan langsung", "A 24-hour SPKT desk for reporters who need help in person"),
      ]),
      staffCompetence: [
        t("Petugas SPKT yang mampu membedakan kehilangan biasa dari tindak pidana", "SPKT officers able to tell an ordinary loss from a crime"),
      ],
      internalSupervision: internalSupervision(t("Kepala SPKT", "Head of the SPKT"), [
        t("Pengawasan oleh Seksi Propam Polres Harapan Jaya", "Oversight by the Propam section of Harapan Jaya District Police"),
      ]),
      staffCount: t("6 orang petugas SPKT yang bertugas bergantian.", "6 SPKT officers working in shifts."),
      serviceGuarantee: t("Surat keterangan terbit paling lama 1 hari kerja tanpa biaya.", "The certificate is issued within 1 working day, free of charge."),
      securityGuarantee: securityGuarantee(
        t(
          "Nomor dokumen yang hilang ditampilkan tersamar pada hasil verifikasi publik.",
          "Numbers of lost documents are masked in public verification results.",
        ),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jenis dokumen yang paling sering hilang dilaporkan kepada instansi penerbitnya untuk pencegahan.",
          "The documents most often lost are reported to their issuing agencies for prevention.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPelapor",
          title: t("Data pelapor", "Reporter details"),
          fields: applicant({ birth: true, address: true }),
        },
        {
          key: "kehilangan",
          title: t("Barang/dokumen yang hilang", "Lost items or documents"),
          fields: [
            {
              key: "lostItems",
              type: "group",
              label: t("Daftar barang/dokumen yang hilang", "List of lost items or documents"),
              itemLabel: t("Barang/dokumen", "Item/document"),
              minItems: 1,
              maxItems: 10,
              fields: [
                {
                  key: "itemType",
                  type: "select",
                  label: t("Jenis", "Type"),
                  options: [
                    { value: "ktpEl", label: t("KTP-el", "e-KTP") },
                    { value: "kk", label: t("Kartu Keluarga", "Family card") },
                    { value: "sim", label: t("SIM", "Driving licence") },
                    { value: "stnk", label: t("STNK", "Vehicle registration") },
                    { value: "bpkb", label: t("BPKB", "Vehicle ownership book") },
                    { value: "atm", label: t("Kartu ATM/buku tabungan", "ATM card or bank book") },
                    { value: "ijazah", label: t("Ijazah", "Diploma") },
                    { value: "sertifikat", label: t("Sertifikat tanah", "Land certificate") },
                    { value: "lainnya", label: t("Lainnya", "Other") },
                  ],
                },
                { key: "itemNumber", type: "text", label: t("Nomor dokumen (bila ada)", "Document number (if any)"), maxLength: 40, required: false },
                {
                  key: "itemDescription",
                  type: "text",
                  label: t("Keterangan (nama bank, atas nama, dan sebagainya)", "Details (bank name, holder name, etc.)"),
                  maxLength: 160,
                },
              ],
            },
            { key: "lossDate", type: "date", label: t("Perkiraan tanggal hilang", "Approximate date of loss"), notInFuture: true },
            { key: "lossLocation", type: "text", label: t("Perkiraan lokasi hilang", "Approximate place of loss"), maxLength: 200 },
            { key: "chronology", type: "textarea", label: t("Kronologi kejadian", "What happened"), maxLength: 2000 },
            {
              key: "noCrimeStatement",
              type: "checkbox",
              label: t(
                "Saya menyatakan barang/dokumen tersebut hilang bukan karena pencurian atau tindak pidana lain",
                "I declare that the items were not lost through theft or another crime",
              ),
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen", "Documents"),
          fields: [
            doc("reporterIdScan", "Scan/foto KTP-el atau Kartu Keluarga pelapor", "Scan/photo of the reporter's e-KTP or family card"),
            doc("ownershipEvidence", "Bukti kepemilikan (bila ada)", "Proof of ownership (if any)", { required: false, maxSizeMb: 5 }),
          ],
        },
      ],
    },
  },
];
