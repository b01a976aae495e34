/** Dinas Kesehatan: health certificates and licences. */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, t, yesNoOptions } from "./helpers";

const HEALTH_LAW = [
  t("Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan", "Law No. 17 of 2023 on Health"),
  t("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Law No. 25 of 2009 on Public Services"),
];

const LOCAL_DECREE = t(
  "Keputusan Kepala Dinas Kesehatan Kota Harapan Jaya Nomor 400.7/033/2026 tentang Standar Pelayanan Dinas Kesehatan",
  "Decree of the Head of the Harapan Jaya City Health Office No. 400.7/033/2026 on Health Office Service Standards",
);

const PUSKESMAS_OPTIONS = [
  { value: "pkmHarapanTengah", label: t("Puskesmas Harapan Tengah", "Harapan Tengah Health Centre") },
  { value: "pkmHarapanUtara", label: t("Puskesmas Harapan Utara", "Harapan Utara Health Centre") },
  { value: "pkmHarapanSelatan", label: t("Puskesmas Harapan Selatan", "Harapan Selatan Health Centre") },
  { value: "pkmHarapanTimur", label: t("Puskesmas Harapan Timur", "Harapan Timur Health Centre") },
];

export const dinkesServices: SeedService[] = [
  {
    slug: "surat-keterangan-sehat",
    agencyCode: "DINKES",
    categorySlug: "kesehatan",
    nameId: "Surat Keterangan Sehat",
    nameEn: "Medical Certificate of Good Health",
    summaryId:
      "Surat keterangan hasil pemeriksaan kesehatan umum oleh dokter puskesmas untuk keperluan melamar kerja, sekolah, kuliah, atau persyaratan administrasi lain. Pendaftaran daring; pemeriksaan fisik wajib hadir di puskesmas pada hari kerja yang dipilih.",
    summaryEn:
      "Certificate of a general medical examination by a health centre doctor, for job, school or university applications or other formalities. Registration is online; the physical examination requires attending the health centre on the working day you choose.",
    keywords:
      "surat keterangan sehat surat sehat keterangan dokter surat dokter cek kesehatan puskesmas tes buta warna medical certificate health certificate fit to work doctor's note",
    decreeNumber: "Keputusan Kepala Dinas Kesehatan Kota Harapan Jaya Nomor 400.7/033/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 1,
    feeAmount: 20000,
    standard: {
      requirements: [
        t(
          "Scan/foto KTP-el, atau Kartu Identitas Anak/Kartu Keluarga bagi pemohon di bawah 17 tahun",
          "Scan/photo of the e-KTP, or the child ID card or family card for applicants under 17",
        ),
        t(
          "Keterangan keperluan surat dan jenis pemeriksaan yang diminta instansi tujuan",
          "The purpose of the certificate and any specific checks required by the receiving institution",
        ),
        t(
          "Hadir di puskesmas pilihan pada tanggal yang dipilih (hari kerja), dalam jam layanan, untuk pemeriksaan fisik oleh dokter",
          "Attend the chosen health centre on the date you chose (a working day), during opening hours, for a physical examination by a doctor",
        ),
      ],
      procedure: [
        t(
          "Pemohon mengisi formulir, memilih puskesmas dan tanggal pemeriksaan (hari kerja), lalu mengunggah identitas.",
          "Fill in the form, choose a health centre and an examination date (a working day), and upload your ID.",
        ),
        t(
          "Pemohon membayar retribusi Rp20.000 di kasir puskesmas pada hari pemeriksaan dan menerima tanda bukti pembayaran; portal tidak menerbitkan kode pembayaran.",
          "Pay the Rp20,000 levy at the health centre's cashier on the day of the examination and receive a receipt; the portal does not issue a payment code.",
        ),
        t(
          "Pemohon datang ke puskesmas pada tanggal yang dipilih dan dilayani menurut urutan kedatangan (jam tidak dipesan lewat portal); dokter memeriksa tekanan darah, tinggi dan berat badan, penglihatan (termasuk buta warna bila diminta), dan kondisi umum. Kehadiran ini wajib karena pemeriksaan fisik tidak dapat dilakukan daring.",
          "Come to the health centre on the date you chose; you are seen in order of arrival (times are not booked through the portal). The doctor checks blood pressure, height and weight, eyesight (including colour vision if requested) and general condition. This visit is required because a physical examination cannot be done online.",
        ),
        t(
          "Dokter mencatat hasil pemeriksaan dan menandatangani surat keterangan secara elektronik.",
          "The doctor records the results and signs the certificate electronically.",
        ),
        t("Pemohon mengunduh surat keterangan sehat berkode QR dari portal.", "Download the certificate with its QR code from the portal."),
      ],
      timeLimit: t(
        "Paling lama 1 (satu) hari kerja sejak pemeriksaan fisik di puskesmas; umumnya surat terbit pada hari pemeriksaan.",
        "At most 1 working day after the physical examination at the health centre; the certificate is usually issued on the same day.",
      ),
      fee: t(
        "Rp20.000 (dua puluh ribu rupiah) sebagai retribusi pelayanan kesehatan di puskesmas sesuai Peraturan Daerah Kota Harapan Jaya Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah. Pemeriksaan laboratorium tambahan (misalnya tes narkotika) tidak termasuk dalam layanan ini.",
        "Rp20,000 (twenty thousand rupiah) as the health centre service levy under Harapan Jaya City Regional Regulation No. 1 of 2024 on Local Taxes and Levies. Additional laboratory tests (such as drug tests) are not part of this service.",
      ),
      output: t(
        "Surat Keterangan Sehat elektronik berkode QR yang ditandatangani dokter pemeriksa.",
        "An electronic medical certificate with a QR code, signed by the examining doctor.",
      ),
      complaintHandling: complaintChannels("DINKES"),
      legalBasis: [
        ...HEALTH_LAW,
        t(
          "Peraturan Daerah Kota Harapan Jaya Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah",
          "Harapan Jaya City Regional Regulation No. 1 of 2024 on Local Taxes and Levies",
        ),
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([
        t(
          "Ruang pemeriksaan umum, tensimeter, timbangan, pengukur tinggi badan, dan kartu Snellen serta Ishihara di setiap puskesmas",
          "An examination room, blood pressure monitor, scales, height measure, and Snellen and Ishihara charts at every health centre",
        ),
        t("Ruang tunggu dengan antrean menurut urutan kedatangan", "A waiting room, with applicants seen in order of arrival"),
      ]),
      staffCompetence: [t("Dokter umum yang memiliki STR dan SIP aktif", "General practitioners with active registration and practice licences")],
      internalSupervision: internalSupervision(t("Kepala Puskesmas", "Head of the Health Centre"), [
        t("Pembinaan oleh Kepala Bidang Pelayanan Kesehatan Dinas Kesehatan", "Guidance by the Health Office's Head of Health Services"),
      ]),
      staffCount: t(
        "Di setiap puskesmas: 2 dokter umum dan 1 petugas pendaftaran.",
        "At each health centre: 2 general practitioners and 1 registration officer.",
      ),
      serviceGuarantee: t(
        "Pemohon yang datang pada tanggal yang dipilih diperiksa pada hari itu juga dalam jam layanan, dan surat terbit paling lama 1 hari kerja setelah pemeriksaan.",
        "Applicants arriving on the date they chose are examined that same day within opening hours, and the certificate is issued within 1 working day of the examination.",
      ),
      securityGuarantee: securityGuarantee(
        t(
          "Rincian hasil pemeriksaan adalah rahasia medis; surat hanya memuat kesimpulan yang diperlukan.",
          "Detailed results are medical confidential information; the certificate states only the conclusion needed.",
        ),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Waktu tunggu di puskesmas dipantau dari catatan pendaftaran di loket.",
          "Waiting times at health centres are monitored from the registration desk's records.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: applicant({ birth: true, sex: true, address: true }),
        },
        {
          key: "pemeriksaan",
          title: t("Keperluan dan jadwal pemeriksaan", "Purpose and appointment"),
          fields: [
            {
              key: "purpose",
              type: "select",
              label: t("Keperluan", "Purpose"),
              options: [
                { value: "kerja", label: t("Melamar pekerjaan", "Job application") },
                { value: "sekolah", label: t("Pendaftaran sekolah/kuliah", "School or university enrolment") },
                { value: "asn", label: t("Pendaftaran CPNS/PPPK", "Civil service recruitment") },
                { value: "sim", label: t("Pembuatan SIM", "Driving licence") },
                { value: "lainnya", label: t("Lainnya", "Other") },
              ],
            },
            { key: "receivingInstitution", type: "text", label: t("Instansi tujuan", "Receiving institution"), maxLength: 160, required: false },
            { key: "colourVisionTest", type: "radio", label: t("Perlu tes buta warna?", "Is a colour vision test needed?"), options: yesNoOptions },
            { key: "puskesmas", type: "select", label: t("Puskesmas tempat pemeriksaan", "Health centre"), options: PUSKESMAS_OPTIONS },
            { key: "examDate", type: "date", label: t("Tanggal pemeriksaan", "Examination date"), notInPast: true, workingDay: true },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen", "Documents"),
          fields: [doc("idScan", "Scan/foto KTP-el atau KIA/KK", "Scan/photo of the e-KTP, or child ID card/family card")],
        },
      ],
    },
  },
  {
    slug: "surat-izin-praktik-tenaga-kesehatan",
    agencyCode: "DINKES",
    categorySlug: "kesehatan",
    nameId: "Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan",
    nameEn: "Practice Licence (SIP) for Medical and Health Workers",
    summaryId:
      "Penerbitan Surat Izin Praktik bagi dokter, dokter gigi, perawat, bidan, apoteker, dan tenaga kesehatan lain yang akan berpraktik di fasilitas pelayanan kesehatan atau praktik mandiri di Kota Harapan Jaya.",
    summaryEn:
      "Practice licence for doctors, dentists, nurses, midwives, pharmacists and other health workers who will practise at a health facility or in their own practice in Harapan Jaya City.",
    keywords:
      "sip surat izin praktik izin praktik dokter izin praktik bidan sipb sipp sipa izin praktek perawat apoteker tenaga kesehatan nakes str practice licence medical licence",
    decreeNumber: "Keputusan Kepala Dinas Kesehatan Kota Harapan Jaya Nomor 400.7/033/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 5,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan Surat Tanda Registrasi (STR) yang masih berlaku", "Scan of a valid registration certificate (STR)"),
        t("Scan/foto KTP-el pemohon", "Scan/photo of the applicant's e-KTP"),
        t("Scan surat keterangan sehat dari dokter yang memiliki SIP", "Scan of a medical certificate from a licensed doctor"),
        t(
          "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik, atau untuk praktik mandiri: bukti kepemilikan/sewa tempat praktik dan denah ruangan",
          "A letter from the head of the health facility where you will practise, or for an independent practice: proof of ownership or rental of the premises and a floor plan",
        ),
        t("Pas foto berwarna terbaru ukuran 4x6 cm (file JPEG/PNG)", "Recent colour passport photo, 4x6 cm (JPEG/PNG file)"),
        t("Data SIP lain yang masih dimiliki, bila ada", "Details of any other practice licences you hold"),
      ],
      procedure: [
        t(
          "Pemohon mengisi data profesi, STR, dan tempat praktik, lalu mengunggah dokumen.",
          "Enter your profession, registration and practice location, and upload the documents.",
        ),
        t(
          "Petugas memverifikasi keabsahan STR melalui sistem informasi kesehatan nasional dan memeriksa jumlah SIP yang dimiliki.",
          "An officer checks the STR against the national health information system and the number of licences you already hold.",
        ),
        t(
          "Untuk praktik mandiri, petugas meninjau tempat praktik pada jadwal yang disepakati dengan pemohon.",
          "For an independent practice, an officer inspects the premises at a time agreed with you.",
        ),
        t("Bila ada kekurangan, permohonan dikembalikan untuk diperbaiki.", "If anything is missing, the application is returned for correction."),
        t("Kepala Dinas Kesehatan menandatangani SIP secara elektronik.", "The head of the Health Office signs the licence electronically."),
        t(
          "Pemohon mengunduh SIP berkode QR; pasien dan fasilitas kesehatan dapat memverifikasinya di /verifikasi.",
          "Download the licence with its QR code; patients and facilities can verify it at /verifikasi.",
        ),
      ],
      timeLimit: t(
        "Paling lama 5 (lima) hari kerja sejak permohonan dinyatakan lengkap dan benar, termasuk peninjauan tempat praktik mandiri.",
        "At most 5 working days after the application is found complete and correct, including inspection of an independent practice.",
      ),
      fee: t("Tidak dipungut biaya (Rp0).", "Free of charge (Rp0)."),
      output: t(
        "Surat Izin Praktik (SIP) elektronik berkode QR untuk satu tempat praktik, yang memuat profesi, nomor STR, serta nama dan alamat tempat praktik. Masa berlakunya mengikuti ketentuan peraturan perundang-undangan.",
        "An electronic practice licence (SIP) with a QR code for one practice location, stating the profession, the STR number and the practice's name and address. Its validity follows the regulations.",
      ),
      outputFacts: { profession: "profession", strNumber: "strNumber", facilityName: "facilityName", practiceAddress: "practiceAddress" },
      complaintHandling: complaintChannels("DINKES"),
      legalBasis: [
        ...HEALTH_LAW,
        t(
          "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
          "Government Regulation No. 28 of 2024 implementing Law No. 17 of 2023 on Health",
        ),
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([
        t("Akses verifikasi STR ke sistem informasi kesehatan nasional", "STR verification access to the national health information system"),
      ]),
      staffCompetence: [
        t(
          "Petugas perizinan yang memahami ketentuan praktik tiap profesi kesehatan",
          "Licensing officers who know the practice rules for each health profession",
        ),
        t("Petugas peninjau tempat praktik dengan latar belakang kesehatan", "Premises inspectors with a health background"),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Sumber Daya Kesehatan", "Head of the Health Resources Division")),
      staffCount: t("4 orang: 2 verifikator dan 2 petugas peninjau.", "4 staff: 2 verifiers and 2 inspectors."),
      serviceGuarantee: t(
        "SIP terbit paling lama 5 hari kerja tanpa biaya, dan data SIP aktif dapat dicek publik untuk melindungi pasien.",
        "The licence is issued within 5 working days, free of charge, and active licences can be checked by the public to protect patients.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jumlah tenaga kesehatan berpraktik tanpa SIP yang ditemukan saat pembinaan dilaporkan setiap semester.",
          "Health workers found practising without a licence during supervision visits are reported every six months.",
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
          key: "dataPraktik",
          title: t("Profesi dan tempat praktik", "Profession and practice location"),
          fields: [
            {
              key: "profession",
              type: "select",
              label: t("Profesi", "Profession"),
              options: [
                { value: "dokter", label: t("Dokter", "Doctor") },
                { value: "dokterSpesialis", label: t("Dokter spesialis", "Specialist doctor") },
                { value: "dokterGigi", label: t("Dokter gigi", "Dentist") },
                { value: "perawat", label: t("Perawat", "Nurse") },
                { value: "bidan", label: t("Bidan", "Midwife") },
                { value: "apoteker", label: t("Apoteker", "Pharmacist") },
                { value: "fisioterapis", label: t("Fisioterapis", "Physiotherapist") },
                { value: "lainnya", label: t("Tenaga kesehatan lain", "Other health worker") },
              ],
            },
            {
              key: "specialty",
              type: "text",
              label: t("Bidang spesialisasi", "Specialty"),
              maxLength: 80,
              visibleWhen: { field: "profession", equals: "dokterSpesialis" },
            },
            { key: "strNumber", type: "text", label: t("Nomor STR", "STR number"), maxLength: 40 },
            {
              key: "practiceType",
              type: "radio",
              label: t("Jenis tempat praktik", "Type of practice"),
              options: [
                {
                  value: "fasyankes",
                  label: t("Di fasilitas pelayanan kesehatan (rumah sakit, klinik, puskesmas)", "At a health facility (hospital, clinic, health centre)"),
                },
                { value: "mandiri", label: t("Praktik mandiri", "Independent practice") },
              ],
            },
            { key: "facilityName", type: "text", label: t("Nama fasilitas/tempat praktik", "Name of the facility or practice"), maxLength: 160 },
            { key: "practiceAddress", type: "address", label: t("Alamat tempat praktik", "Practice address") },
            {
              key: "practiceSchedule",
              type: "text",
              label: t("Jadwal praktik", "Practice hours"),
              help: t("Contoh: Senin–Jumat 16.00–20.00", "Example: Monday–Friday 16:00–20:00"),
              maxLength: 120,
            },
            {
              key: "otherLicences",
              type: "group",
              label: t("SIP lain yang masih berlaku", "Other practice licences you hold"),
              itemLabel: t("SIP", "Licence"),
              required: false,
              minItems: 0,
              maxItems: 3,
              fields: [
                { key: "licenceNumber", type: "text", label: t("Nomor SIP", "Licence number"), maxLength: 60 },
                { key: "licencePlace", type: "text", label: t("Tempat praktik", "Practice location"), maxLength: 160 },
                { key: "licenceRegency", type: "text", label: t("Kabupaten/kota penerbit", "Issuing regency/city"), maxLength: 80 },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("strScan", "Scan STR", "Scan of the STR", { pdfOnly: true }),
            doc("idCardScan", "Scan/foto KTP-el", "Scan/photo of the e-KTP"),
            doc("healthCertificate", "Surat keterangan sehat", "Medical certificate"),
            doc("facilityLetter", "Surat keterangan pimpinan fasilitas pelayanan kesehatan", "Letter from the head of the health facility", {
              visibleWhen: { field: "practiceType", equals: "fasyankes" },
            }),
            doc("premisesProof", "Bukti kepemilikan/sewa dan denah tempat praktik", "Proof of ownership or rental and floor plan of the premises", {
              visibleWhen: { field: "practiceType", equals: "mandiri" },
              maxSizeMb: 5,
            }),
            doc("photo", "Pas foto 4x6 cm", "4x6 cm passport photo", { imageOnly: true }),
          ],
        },
      ],
    },
  },
  {
    slug: "sertifikat-laik-higiene-sanitasi",
    agencyCode: "DINKES",
    categorySlug: "kesehatan",
    nameId: "Sertifikat Laik Higiene Sanitasi (SLHS)",
    nameEn: "Food Hygiene and Sanitation Certificate (SLHS)",
    summaryId:
      "Sertifikat bagi tempat pengelolaan pangan seperti jasa boga (katering), restoran, rumah makan, kantin, dan depot air minum yang telah memenuhi persyaratan higiene dan sanitasi berdasarkan inspeksi kesehatan lingkungan dan uji laboratorium.",
    summaryEn:
      "Certificate for food businesses such as caterers, restaurants, eateries, canteens and drinking water refill depots that meet hygiene and sanitation requirements, based on an environmental health inspection and laboratory tests.",
    keywords:
      "slhs sertifikat laik higiene sanitasi laik sehat higiene sanitasi katering jasa boga restoran rumah makan depot air minum damiu kantin hygiene certificate food safety sanitation",
    decreeNumber: "Keputusan Kepala Dinas Kesehatan Kota Harapan Jaya Nomor 400.7/033/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 14,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Nomor Induk Berusaha (NIB) usaha", "The business's Business Identification Number (NIB)"),
        t("Scan/foto KTP-el penanggung jawab usaha", "Scan/photo of the e-KTP of the person responsible for the business"),
        t(
          "Scan sertifikat pelatihan higiene sanitasi pangan bagi penanggung jawab dan penjamah pangan",
          "Scan of food hygiene and sanitation training certificates for the person responsible and the food handlers",
        ),
        t("Scan surat keterangan sehat penjamah pangan yang berlaku", "Scan of valid medical certificates for the food handlers"),
        t("Denah dapur atau ruang pengolahan pangan", "Floor plan of the kitchen or food preparation area"),
        t(
          "Kesediaan menerima inspeksi kesehatan lingkungan dan pengambilan sampel pangan dan air oleh sanitarian",
          "Agreement to an environmental health inspection and food and water sampling by a sanitarian",
        ),
      ],
      procedure: [
        t(
          "Pelaku usaha mengisi data usaha dan penjamah pangan, lalu mengunggah dokumen.",
          "Enter the business and food handler details and upload the documents.",
        ),
        t(
          "Petugas memeriksa kelengkapan dokumen; bila kurang, permohonan dikembalikan.",
          "An officer checks the documents; if anything is missing, the application is returned.",
        ),
        t(
          "Sanitarian melakukan inspeksi kesehatan lingkungan di tempat usaha pada jadwal yang disepakati dan mengambil sampel pangan dan air.",
          "A sanitarian carries out an environmental health inspection at the business at an agreed time and takes food and water samples.",
        ),
        t(
          "Sampel diuji di laboratorium terakreditasi; hasil uji diunggah ke portal.",
          "The samples are tested at an accredited laboratory; the results are uploaded to the portal.",
        ),
        t(
          "Bila hasil inspeksi atau uji belum memenuhi syarat, pelaku usaha menerima rekomendasi perbaikan dan mengajukan pemeriksaan ulang.",
          "If the inspection or tests do not meet the requirements, you receive recommendations and request a re-inspection.",
        ),
        t("Kepala Dinas Kesehatan menerbitkan SLHS elektronik berkode QR.", "The head of the Health Office issues the electronic SLHS with a QR code."),
      ],
      timeLimit: t(
        "Paling lama 14 (empat belas) hari kerja sejak dokumen dinyatakan lengkap, termasuk inspeksi dan uji laboratorium, tidak termasuk waktu perbaikan oleh pelaku usaha.",
        "At most 14 working days from complete documents, including the inspection and laboratory tests, not counting time the business spends on improvements.",
      ),
      fee: t(
        "Penerbitan sertifikat tidak dipungut biaya (Rp0). Biaya uji laboratorium sampel pangan dan air dibayar langsung kepada laboratorium terakreditasi sesuai tarif yang berlaku dan tidak melalui petugas.",
        "The certificate itself is free of charge (Rp0). Laboratory testing of food and water samples is paid directly to the accredited laboratory at its published rates, never through the officer.",
      ),
      output: t(
        "Sertifikat Laik Higiene Sanitasi (SLHS) elektronik berkode QR, yang cetakannya dapat dipasang di tempat usaha.",
        "An electronic Food Hygiene and Sanitation Certificate (SLHS) with a QR code, whose printout can be displayed at the premises.",
      ),
      complaintHandling: complaintChannels("DINKES"),
      legalBasis: [
        ...HEALTH_LAW,
        t("Peraturan Pemerintah Nomor 66 Tahun 2014 tentang Kesehatan Lingkungan", "Government Regulation No. 66 of 2014 on Environmental Health"),
        t(
          "Peraturan Menteri Kesehatan Nomor 2 Tahun 2023 tentang Peraturan Pelaksanaan Peraturan Pemerintah Nomor 66 Tahun 2014 tentang Kesehatan Lingkungan",
          "Minister of Health Regulation No. 2 of 2023 implementing Government Regulation No. 66 of 2014 on Environmental Health",
        ),
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([
        t("Perlengkapan inspeksi dan pengambilan sampel sanitarian", "Sanitarians' inspection and sampling kits"),
        t("Kerja sama dengan laboratorium kesehatan daerah yang terakreditasi", "An agreement with the accredited regional health laboratory"),
      ]),
      staffCompetence: [t("Sanitarian (tenaga sanitasi lingkungan) yang memiliki STR", "Registered environmental health officers (sanitarians)")],
      internalSupervision: internalSupervision(t("Kepala Bidang Kesehatan Masyarakat", "Head of the Public Health Division")),
      staffCount: t("6 orang: 2 petugas administrasi dan 4 sanitarian.", "6 staff: 2 administrative officers and 4 sanitarians."),
      serviceGuarantee: t(
        "SLHS terbit paling lama 14 hari kerja setelah dokumen lengkap, dan sanitarian datang dengan surat tugas yang dapat diverifikasi di portal.",
        "The SLHS is issued within 14 working days of complete documents, and sanitarians carry an assignment letter that can be verified on the portal.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Hasil pengawasan berkala terhadap usaha ber-SLHS dan kejadian keracunan pangan dievaluasi setiap tahun.",
          "Routine checks of certified businesses and food poisoning incidents are reviewed every year.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPenanggungJawab",
          title: t("Penanggung jawab usaha", "Person responsible"),
          fields: applicant({ email: true }),
        },
        {
          key: "dataUsaha",
          title: t("Data usaha dan penjamah pangan", "Business and food handlers"),
          fields: [
            { key: "businessName", type: "text", label: t("Nama usaha", "Business name"), maxLength: 160 },
            { key: "nibNumber", type: "text", label: t("NIB", "NIB"), pattern: "^[0-9]{13}$", help: t("13 digit angka.", "13 digits.") },
            {
              key: "businessType",
              type: "select",
              label: t("Jenis tempat pengelolaan pangan", "Type of food business"),
              options: [
                { value: "jasaBoga", label: t("Jasa boga (katering)", "Caterer") },
                { value: "restoran", label: t("Restoran", "Restaurant") },
                { value: "rumahMakan", label: t("Rumah makan", "Eatery") },
                { value: "kantin", label: t("Kantin", "Canteen") },
                { value: "depotAirMinum", label: t("Depot air minum", "Drinking water refill depot") },
              ],
            },
            {
              key: "cateringClass",
              type: "select",
              label: t("Golongan jasa boga", "Caterer class"),
              visibleWhen: { field: "businessType", equals: "jasaBoga" },
              options: [
                { value: "a", label: t("Golongan A (melayani masyarakat umum)", "Class A (serves the general public)") },
                { value: "b", label: t("Golongan B (melayani kebutuhan khusus, misalnya asrama)", "Class B (serves special needs, e.g. dormitories)") },
                { value: "c", label: t("Golongan C (melayani alat angkutan umum)", "Class C (serves public transport)") },
              ],
            },
            { key: "premisesAddress", type: "address", label: t("Alamat tempat usaha", "Business address") },
            { key: "inspectionDate", type: "date", label: t("Tanggal inspeksi yang diusulkan", "Proposed inspection date"), notInPast: true, workingDay: true },
            {
              key: "foodHandlers",
              type: "group",
              label: t("Penjamah pangan", "Food handlers"),
              itemLabel: t("Penjamah pangan", "Food handler"),
              minItems: 1,
              maxItems: 30,
              fields: [
                { key: "handlerName", type: "text", label: t("Nama", "Name"), maxLength: 120 },
                { key: "handlerNik", type: "nik", label: t("NIK", "NIK") },
                {
                  key: "handlerTrained",
                  type: "checkbox",
                  label: t("Sudah mengikuti pelatihan higiene sanitasi pangan", "Has completed food hygiene training"),
                  required: false,
                },
                {
                  key: "handlerHealthCheckDate",
                  type: "date",
                  label: t("Tanggal pemeriksaan kesehatan terakhir", "Date of latest health check"),
                  notInFuture: true,
                },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("responsibleIdScan", "Scan/foto KTP-el penanggung jawab", "Scan/photo of the responsible person's e-KTP"),
            doc("trainingCertificates", "Sertifikat pelatihan higiene sanitasi pangan", "Food hygiene training certificates", { pdfOnly: true, maxSizeMb: 5 }),
            doc("handlerHealthCertificates", "Surat keterangan sehat penjamah pangan", "Food handlers' medical certificates", { pdfOnly: true, maxSizeMb: 5 }),
            doc("kitchenPlan", "Denah dapur/ruang pengolahan pangan", "Kitchen floor plan"),
          ],
        },
      ],
    },
  },
];
