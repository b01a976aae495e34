/**
 * Dinas Kependudukan dan Pencatatan Sipil: civil registration certificates
 * (akta kelahiran, akta kematian, akta perkawinan for non-Muslims).
 */
import type { SeedService } from "../../types";
import {
  applicant,
  complaintChannels,
  doc,
  internalSupervision,
  onlineFacilities,
  performanceEvaluation,
  securityGuarantee,
  sexOptions,
  t,
  yesNoOptions,
} from "./helpers";
import { ADMINDUK_CORE_LAW, PERMENDAGRI_108_2019 } from "./disdukcapil-common";

const CIVIL_REGISTRATION_LAW = [...ADMINDUK_CORE_LAW, PERMENDAGRI_108_2019];

const LOCAL_DECREE = t(
  "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/016/2026 tentang Standar Pelayanan Pencatatan Sipil",
  "Decree of the Head of the Harapan Jaya City Population and Civil Registration Office No. 400.12/016/2026 on Civil Registration Service Standards",
);

const FREE_ADMINDUK = t(
  "Tidak dipungut biaya (Rp0). Pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya sesuai Undang-Undang Nomor 24 Tahun 2013, termasuk pelaporan yang melewati batas waktu.",
  "Free of charge (Rp0). Population documents are issued free of charge under Law No. 24 of 2013, including late registrations.",
);

const SUPERVISOR = t("Kepala Bidang Pelayanan Pencatatan Sipil", "Head of the Civil Registration Division");

export const disdukcapilAktaServices: SeedService[] = [
  {
    slug: "akta-kelahiran",
    agencyCode: "DISDUKCAPIL",
    categorySlug: "kependudukan",
    nameId: "Akta Kelahiran",
    nameEn: "Birth Certificate",
    summaryId:
      "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi anak yang lahir di Kota Harapan Jaya atau yang orang tuanya berdomisili di Kota Harapan Jaya, sekaligus pembaruan Kartu Keluarga.",
    summaryEn:
      "Birth registration and birth certificate for children born in Harapan Jaya City or whose parents live there, with the family card updated at the same time.",
    keywords:
      "akta kelahiran akta lahir akte kelahiran akte lahir surat lahir pencatatan kelahiran bayi baru lahir birth certificate birth registration newborn",
    decreeNumber: "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/016/2026",
    effectiveFrom: "2026-01-02",
    slaWorkingDays: 1,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Scan/foto surat keterangan kelahiran dari rumah sakit, puskesmas, klinik, atau bidan; bila tidak ada, Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) kebenaran data kelahiran yang diketahui dua orang saksi",
          "Scan/photo of the birth notice from the hospital, health centre, clinic or midwife; if there is none, a sworn statement of full responsibility (SPTJM) on the birth details, acknowledged by two witnesses",
        ),
        t(
          "Scan/foto buku nikah atau kutipan akta perkawinan orang tua; bila perkawinan belum tercatat, SPTJM kebenaran sebagai pasangan suami istri",
          "Scan/photo of the parents' marriage book or certificate; if the marriage is not registered, a sworn statement (SPTJM) that they are husband and wife",
        ),
        t("Scan/foto Kartu Keluarga (KK) tempat anak akan dicatatkan", "Scan/photo of the family card (KK) the child will be added to"),
      ],
      procedure: [
        t(
          "Orang tua atau pelapor mengisi data anak dan orang tua pada formulir daring serta mengunggah dokumen persyaratan.",
          "A parent or the person reporting enters the child's and parents' details online and uploads the required documents.",
        ),
        t("Petugas memverifikasi data kelahiran dan data orang tua dengan SIAK.", "An officer checks the birth and parents' details against SIAK."),
        t(
          "Bila ada kekurangan atau ketidaksesuaian, permohonan dikembalikan; pemohon memperbaiki dan mengirim ulang.",
          "If anything is missing or inconsistent, the application is returned; correct it and resubmit.",
        ),
        t(
          "Pejabat Pencatatan Sipil mencatat kelahiran dan menandatangani kutipan akta kelahiran secara elektronik; KK diperbarui dengan nama anak.",
          "The civil registrar records the birth and signs the birth certificate electronically; the family card is updated with the child's name.",
        ),
        t(
          "Pemohon mengunduh kutipan akta kelahiran dan KK baru (PDF berkode QR) dan mencetaknya sendiri pada kertas HVS A4 80 gram.",
          "Download the birth certificate and the new family card (PDFs with QR codes) and print them yourself on plain A4 80 gsm paper.",
        ),
      ],
      timeLimit: t(
        "Paling lama 1 (satu) hari kerja sejak permohonan dinyatakan lengkap dan benar.",
        "At most 1 working day after the application is found complete and correct.",
      ),
      fee: FREE_ADMINDUK,
      output: t(
        "Kutipan Akta Kelahiran dan Kartu Keluarga yang diperbarui, berupa dokumen elektronik bertanda tangan elektronik dan berkode QR.",
        "A birth certificate and an updated family card, as electronically signed documents with QR codes.",
      ),
      // Dokumen saya (DESIGN.md §16): the certificate can stand in for an upload, and its facts can fill another form with consent.
      outputDocumentType: "akta-kelahiran",
      outputFacts: {
        childName: "childName",
        childSex: "childSex",
        birthDate: "birthDate",
        birthPlace: "birthPlace",
        fatherName: "fatherName",
        motherName: "motherName",
      },
      complaintHandling: complaintChannels("DISDUKCAPIL"),
      legalBasis: [...CIVIL_REGISTRATION_LAW, LOCAL_DECREE],
      facilities: onlineFacilities([
        t(
          "Integrasi pelaporan kelahiran dengan rumah sakit dan puskesmas di Kota Harapan Jaya",
          "Birth reporting links with hospitals and health centres in Harapan Jaya City",
        ),
      ]),
      staffCompetence: [
        t("Pejabat Pencatatan Sipil yang diangkat sesuai ketentuan", "Civil registrars appointed under the regulations"),
        t(
          "Verifikator yang memahami persyaratan pencatatan kelahiran dan penggunaan SPTJM",
          "Verifiers who know the birth registration requirements and the use of sworn statements",
        ),
      ],
      internalSupervision: internalSupervision(SUPERVISOR),
      staffCount: t("6 orang: 4 verifikator dan 2 Pejabat Pencatatan Sipil.", "6 staff: 4 verifiers and 2 civil registrars."),
      serviceGuarantee: t(
        "Akta kelahiran terbit paling lama 1 hari kerja setelah permohonan lengkap, tanpa biaya dan tanpa denda keterlambatan.",
        "The birth certificate is issued within 1 working day of a complete application, free of charge and with no late fee.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Cakupan kepemilikan akta kelahiran anak usia 0–18 tahun dilaporkan setiap semester.",
          "Birth certificate coverage for children aged 0–18 is reported every six months.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPelapor",
          title: t("Data pelapor", "Person reporting"),
          fields: [
            ...applicant({ kk: true }),
            {
              key: "reporterRole",
              type: "select",
              label: t("Hubungan pelapor dengan anak", "Relationship to the child"),
              options: [
                { value: "ayah", label: t("Ayah", "Father") },
                { value: "ibu", label: t("Ibu", "Mother") },
                { value: "keluarga", label: t("Anggota keluarga lain", "Other family member") },
              ],
            },
          ],
        },
        {
          key: "dataKelahiran",
          title: t("Data kelahiran", "Birth details"),
          fields: [
            { key: "childName", type: "text", label: t("Nama lengkap anak", "Child's full name"), maxLength: 120 },
            { key: "childSex", type: "radio", label: t("Jenis kelamin", "Sex"), options: sexOptions },
            { key: "birthDate", type: "date", label: t("Tanggal lahir", "Date of birth"), notInFuture: true },
            { key: "birthPlace", type: "text", label: t("Tempat lahir (kota/kabupaten)", "Place of birth (city/regency)"), maxLength: 60 },
            {
              key: "birthType",
              type: "select",
              label: t("Jenis kelahiran", "Type of birth"),
              options: [
                { value: "tunggal", label: t("Tunggal", "Single") },
                { value: "kembar2", label: t("Kembar dua", "Twins") },
                { value: "kembar3", label: t("Kembar tiga atau lebih", "Triplets or more") },
              ],
            },
            { key: "birthOrder", type: "number", label: t("Anak ke-", "Birth order"), integer: true, min: 1, max: 20 },
            { key: "birthWeightKg", type: "number", label: t("Berat lahir (kg)", "Birth weight (kg)"), min: 0.3, max: 7, required: false },
            { key: "fatherName", type: "text", label: t("Nama ayah", "Father's name"), maxLength: 120 },
            { key: "fatherNik", type: "nik", label: t("NIK ayah", "Father's NIK"), required: false },
            { key: "motherName", type: "text", label: t("Nama ibu", "Mother's name"), maxLength: 120 },
            { key: "motherNik", type: "nik", label: t("NIK ibu", "Mother's NIK") },
            {
              key: "hasBirthNotice",
              type: "radio",
              label: t(
                "Apakah ada surat keterangan kelahiran dari fasilitas kesehatan/bidan?",
                "Do you have a birth notice from a health facility or midwife?",
              ),
              options: yesNoOptions,
            },
            {
              key: "parentsMarriageRegistered",
              type: "radio",
              label: t("Apakah perkawinan orang tua sudah tercatat?", "Is the parents' marriage registered?"),
              options: yesNoOptions,
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("birthNoticeScan", "Scan/foto surat keterangan kelahiran", "Scan/photo of the birth notice", {
              visibleWhen: { field: "hasBirthNotice", equals: "ya" },
            }),
            doc("birthSptjm", "SPTJM kebenaran data kelahiran dengan dua saksi", "Sworn statement on the birth details with two witnesses", {
              visibleWhen: { field: "hasBirthNotice", equals: "tidak" },
              help: t("Templat SPTJM dapat diunduh di halaman layanan ini.", "A template can be downloaded from this service page."),
            }),
            doc("marriageCertificateScan", "Scan/foto buku nikah atau akta perkawinan orang tua", "Scan/photo of the parents' marriage book or certificate", {
              visibleWhen: { field: "parentsMarriageRegistered", equals: "ya" },
            }),
            doc("spouseSptjm", "SPTJM kebenaran sebagai pasangan suami istri", "Sworn statement that the parents are husband and wife", {
              visibleWhen: { field: "parentsMarriageRegistered", equals: "tidak" },
            }),
            doc("familyCardScan", "Scan/foto Kartu Keluarga", "Scan/photo of the family card"),
          ],
        },
      ],
    },
  },
  {
    slug: "akta-kematian",
    agencyCode: "DISDUKCAPIL",
    categorySlug: "kependudukan",
    nameId: "Akta Kematian",
    nameEn: "Death Certificate",
    summaryId:
      "Pencatatan kematian penduduk Kota Harapan Jaya dan penerbitan kutipan akta kematian, sekaligus pembaruan Kartu Keluarga. Dilaporkan oleh keluarga atau pihak yang mengetahui kematian.",
    summaryEn:
      "Registration of a Harapan Jaya resident's death and issuance of the death certificate, with the family card updated. Reported by a relative or another person who knows of the death.",
    keywords: "akta kematian akta mati akte kematian surat kematian pencatatan kematian meninggal dunia wafat death certificate death registration deceased",
    decreeNumber: "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/016/2026",
    effectiveFrom: "2026-01-02",
    slaWorkingDays: 1,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Scan/foto surat keterangan kematian dari rumah sakit, puskesmas, dokter, atau lurah; bila tidak ada, SPTJM kebenaran data kematian yang diketahui dua orang saksi",
          "Scan/photo of the death notice from the hospital, health centre, doctor or neighbourhood head (lurah); if there is none, a sworn statement (SPTJM) on the death, acknowledged by two witnesses",
        ),
        t("Scan/foto Kartu Keluarga (KK) almarhum/almarhumah", "Scan/photo of the deceased's family card (KK)"),
        t(
          "KTP-el almarhum/almarhumah diserahkan kepada petugas atau dinyatakan hilang pada formulir",
          "The deceased's e-KTP handed in to an officer, or declared lost in the form",
        ),
      ],
      procedure: [
        t(
          "Pelapor mengisi data almarhum/almarhumah dan data kematian pada formulir daring, lalu mengunggah dokumen.",
          "The person reporting enters the deceased's details and the circumstances of death online and uploads the documents.",
        ),
        t("Petugas memverifikasi data dengan SIAK dan surat keterangan kematian.", "An officer checks the details against SIAK and the death notice."),
        t("Bila ada kekurangan, permohonan dikembalikan untuk diperbaiki.", "If anything is missing, the application is returned for correction."),
        t(
          "Pejabat Pencatatan Sipil mencatat kematian, menandatangani kutipan akta kematian secara elektronik, dan menonaktifkan NIK almarhum/almarhumah; KK diperbarui.",
          "The civil registrar records the death, signs the death certificate electronically and deactivates the deceased's NIK; the family card is updated.",
        ),
        t(
          "Pelapor mengunduh kutipan akta kematian dan KK baru (PDF berkode QR) untuk keperluan waris, asuransi, atau pensiun.",
          "Download the death certificate and the new family card (PDFs with QR codes) for inheritance, insurance or pension purposes.",
        ),
      ],
      timeLimit: t(
        "Paling lama 1 (satu) hari kerja sejak permohonan dinyatakan lengkap dan benar.",
        "At most 1 working day after the application is found complete and correct.",
      ),
      fee: FREE_ADMINDUK,
      output: t(
        "Kutipan Akta Kematian dan Kartu Keluarga yang diperbarui, berupa dokumen elektronik bertanda tangan elektronik dan berkode QR.",
        "A death certificate and an updated family card, as electronically signed documents with QR codes.",
      ),
      complaintHandling: complaintChannels("DISDUKCAPIL"),
      legalBasis: [...CIVIL_REGISTRATION_LAW, LOCAL_DECREE],
      facilities: onlineFacilities([
        t("Pelaporan kematian terhubung dengan rumah sakit dan pengurus pemakaman kota", "Death reporting linked with hospitals and the city cemetery office"),
      ]),
      staffCompetence: [
        t("Pejabat Pencatatan Sipil yang diangkat sesuai ketentuan", "Civil registrars appointed under the regulations"),
        t("Petugas yang terlatih melayani keluarga yang berduka dengan empati", "Staff trained to serve grieving families with empathy"),
      ],
      internalSupervision: internalSupervision(SUPERVISOR),
      staffCount: t("4 orang: 3 verifikator dan 1 Pejabat Pencatatan Sipil.", "4 staff: 3 verifiers and 1 civil registrar."),
      serviceGuarantee: t(
        "Akta kematian terbit paling lama 1 hari kerja setelah permohonan lengkap, tanpa biaya, dan keluarga tidak perlu datang ke kantor.",
        "The death certificate is issued within 1 working day of a complete application, free of charge, and the family does not need to visit the office.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Kesesuaian jumlah kematian tercatat dengan data pemakaman kota diperiksa setiap bulan.",
          "Recorded deaths are reconciled with city burial data every month.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPelapor",
          title: t("Data pelapor", "Person reporting"),
          fields: [
            ...applicant(),
            {
              key: "reporterRelationship",
              type: "select",
              label: t("Hubungan dengan almarhum/almarhumah", "Relationship to the deceased"),
              options: [
                { value: "pasangan", label: t("Suami/istri", "Spouse") },
                { value: "anak", label: t("Anak", "Child") },
                { value: "orangTua", label: t("Orang tua", "Parent") },
                { value: "saudara", label: t("Saudara kandung", "Sibling") },
                { value: "lainnya", label: t("Lainnya", "Other") },
              ],
            },
          ],
        },
        {
          key: "dataKematian",
          title: t("Data kematian", "Death details"),
          fields: [
            { key: "deceasedName", type: "text", label: t("Nama almarhum/almarhumah", "Name of the deceased"), maxLength: 120 },
            { key: "deceasedNik", type: "nik", label: t("NIK almarhum/almarhumah", "NIK of the deceased") },
            { key: "deathDate", type: "date", label: t("Tanggal meninggal", "Date of death"), notInFuture: true },
            { key: "deathPlace", type: "text", label: t("Tempat meninggal", "Place of death"), maxLength: 120 },
            {
              key: "deathCause",
              type: "select",
              label: t("Sebab kematian", "Cause of death"),
              options: [
                { value: "sakit", label: t("Sakit", "Illness") },
                { value: "kecelakaan", label: t("Kecelakaan", "Accident") },
                { value: "lainnya", label: t("Lainnya atau tidak diketahui", "Other or unknown") },
              ],
            },
            {
              key: "idCardStatus",
              type: "radio",
              label: t("KTP-el almarhum/almarhumah", "The deceased's e-KTP"),
              options: [
                { value: "diserahkan", label: t("Akan diserahkan kepada petugas kelurahan", "Will be handed in at the neighbourhood office") },
                { value: "hilang", label: t("Hilang/tidak ditemukan", "Lost/not found") },
              ],
            },
            {
              key: "hasDeathNotice",
              type: "radio",
              label: t("Apakah ada surat keterangan kematian?", "Is there a death notice?"),
              options: yesNoOptions,
            },
            {
              key: "witnesses",
              type: "group",
              label: t("Saksi kematian", "Witnesses to the death"),
              help: t("Diisi bila tidak ada surat keterangan kematian.", "Fill in if there is no death notice."),
              itemLabel: t("Saksi", "Witness"),
              minItems: 2,
              maxItems: 2,
              visibleWhen: { field: "hasDeathNotice", equals: "tidak" },
              fields: [
                { key: "witnessName", type: "text", label: t("Nama saksi", "Witness name"), maxLength: 120 },
                { key: "witnessNik", type: "nik", label: t("NIK saksi", "Witness NIK") },
                { key: "witnessPhone", type: "phone", label: t("Telepon saksi", "Witness phone") },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("deathNoticeScan", "Scan/foto surat keterangan kematian", "Scan/photo of the death notice", {
              visibleWhen: { field: "hasDeathNotice", equals: "ya" },
            }),
            doc("deathSptjm", "SPTJM kebenaran data kematian", "Sworn statement on the death details", {
              visibleWhen: { field: "hasDeathNotice", equals: "tidak" },
            }),
            doc("familyCardScan", "Scan/foto Kartu Keluarga almarhum/almarhumah", "Scan/photo of the deceased's family card"),
          ],
        },
      ],
    },
  },
  {
    slug: "akta-perkawinan",
    agencyCode: "DISDUKCAPIL",
    categorySlug: "kependudukan",
    nameId: "Akta Perkawinan (Non-Muslim)",
    nameEn: "Marriage Certificate (Non-Muslim Marriages)",
    summaryId:
      "Pencatatan perkawinan bagi pasangan yang menikah menurut agama selain Islam atau menurut kepercayaan terhadap Tuhan Yang Maha Esa, dilaporkan paling lambat 60 hari setelah perkawinan. Perkawinan umat Islam dicatat oleh Kantor Urusan Agama (KUA).",
    summaryEn:
      "Registration of marriages held under a religion other than Islam or under an indigenous faith, reported within 60 days of the marriage. Muslim marriages are registered by the Religious Affairs Office (KUA).",
    keywords:
      "akta perkawinan akta nikah akte perkawinan catatan sipil pencatatan perkawinan nikah kristen katolik hindu buddha konghucu penghayat kepercayaan marriage certificate marriage registration wedding",
    decreeNumber: "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/016/2026",
    effectiveFrom: "2026-01-02",
    slaWorkingDays: 2,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Scan/foto surat keterangan telah terjadinya perkawinan dari pemuka agama atau pemuka penghayat kepercayaan",
          "Scan/photo of the statement that the marriage took place, issued by the religious leader or the leader of the indigenous faith",
        ),
        t(
          "Pas foto berwarna suami dan istri berdampingan ukuran 4x6 cm (file JPEG/PNG)",
          "Colour photo of husband and wife side by side, 4x6 cm (JPEG/PNG file)",
        ),
        t("Scan/foto KTP-el dan Kartu Keluarga (KK) suami dan istri", "Scan/photo of the husband's and wife's e-KTP and family cards (KK)"),
        t(
          "Bagi yang pernah kawin: scan/foto akta perceraian atau akta kematian pasangan terdahulu",
          "If previously married: scan/photo of the divorce certificate or the former spouse's death certificate",
        ),
        t("Bagi warga negara asing: scan/foto paspor dan izin tinggal", "For foreign nationals: scan/photo of the passport and residence permit"),
        t("Data dua orang saksi yang telah dewasa, diisi pada formulir daring", "Details of two adult witnesses, entered in the online form"),
      ],
      procedure: [
        t(
          "Salah satu pasangan mengisi data suami, istri, dan saksi pada formulir daring, lalu mengunggah dokumen.",
          "One of the spouses enters the husband's, wife's and witnesses' details online and uploads the documents.",
        ),
        t(
          "Petugas menghubungi pasangan yang lain dan kedua saksi melalui telepon yang dicantumkan untuk memastikan data mereka.",
          "The officer calls the other spouse and both witnesses on the numbers given to confirm their details.",
        ),
        t(
          "Petugas memverifikasi dokumen; bila ada kekurangan, permohonan dikembalikan untuk diperbaiki.",
          "An officer checks the documents; if anything is missing, the application is returned for correction.",
        ),
        t(
          "Pejabat Pencatatan Sipil mencatat perkawinan pada register akta dan menandatangani kutipan akta secara elektronik; KK pasangan diperbarui.",
          "The civil registrar enters the marriage in the register and signs the certificate electronically; the couple's family card is updated.",
        ),
        t(
          "Pasangan mengunduh kutipan akta perkawinan dan KK baru (PDF berkode QR).",
          "The couple downloads the marriage certificate and the new family card (PDFs with QR codes).",
        ),
      ],
      timeLimit: t(
        "Paling lama 2 (dua) hari kerja sejak permohonan dinyatakan lengkap dan benar serta dikonfirmasi oleh kedua pasangan dan saksi.",
        "At most 2 working days after the application is found complete and correct and has been confirmed by both spouses and the witnesses.",
      ),
      fee: FREE_ADMINDUK,
      output: t(
        "Kutipan Akta Perkawinan dan Kartu Keluarga yang diperbarui, berupa dokumen elektronik bertanda tangan elektronik dan berkode QR.",
        "A marriage certificate and an updated family card, as electronically signed documents with QR codes.",
      ),
      complaintHandling: complaintChannels("DISDUKCAPIL"),
      legalBasis: [
        t(
          "Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2019",
          "Law No. 1 of 1974 on Marriage, as amended by Law No. 16 of 2019",
        ),
        ...CIVIL_REGISTRATION_LAW,
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([
        t(
          "Pencatatan di tempat pemberkatan/upacara oleh petugas atas permintaan pasangan, dijadwalkan dengan petugas",
          "Registration at the place of the ceremony by an officer on request, arranged with the officer",
        ),
      ]),
      staffCompetence: [
        t(
          "Pejabat Pencatatan Sipil yang memahami hukum perkawinan dan pencatatan perkawinan antarnegara",
          "Civil registrars versed in marriage law and the registration of marriages involving foreign nationals",
        ),
      ],
      internalSupervision: internalSupervision(SUPERVISOR),
      staffCount: t("3 orang: 2 verifikator dan 1 Pejabat Pencatatan Sipil.", "3 staff: 2 verifiers and 1 civil registrar."),
      serviceGuarantee: t(
        "Perkawinan yang dilaporkan tepat waktu dicatat paling lama 2 hari kerja tanpa biaya, dan pasangan tidak perlu datang ke kantor kecuali meminta pencatatan di tempat upacara.",
        "Marriages reported on time are registered within 2 working days free of charge, and the couple does not need to visit the office unless they ask for registration at the ceremony.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jumlah perkawinan yang dilaporkan melewati 60 hari dianalisis untuk sosialisasi kepada pemuka agama.",
          "Marriages reported after 60 days are analysed to target outreach to religious leaders.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPasangan",
          title: t("Data pasangan", "The couple"),
          fields: [
            ...applicant({ email: true }),
            {
              key: "applicantRole",
              type: "radio",
              label: t("Anda adalah", "You are the"),
              options: [
                { value: "suami", label: t("Suami", "Husband") },
                { value: "istri", label: t("Istri", "Wife") },
              ],
            },
            { key: "spouseName", type: "text", label: t("Nama lengkap pasangan", "Spouse's full name"), maxLength: 120 },
            {
              key: "spouseCitizenship",
              type: "radio",
              label: t("Kewarganegaraan pasangan", "Spouse's citizenship"),
              options: [
                { value: "wni", label: t("Warga negara Indonesia", "Indonesian citizen") },
                { value: "wna", label: t("Warga negara asing", "Foreign national") },
              ],
            },
            { key: "spouseNik", type: "nik", label: t("NIK pasangan", "Spouse's NIK"), visibleWhen: { field: "spouseCitizenship", equals: "wni" } },
            {
              key: "spousePassportNumber",
              type: "text",
              label: t("Nomor paspor pasangan", "Spouse's passport number"),
              maxLength: 20,
              visibleWhen: { field: "spouseCitizenship", equals: "wna" },
            },
            {
              key: "spousePhone",
              type: "phone",
              label: t("Telepon pasangan", "Spouse's phone"),
              help: t(
                "Petugas dapat menghubungi pasangan untuk memastikan data perkawinan.",
                "An officer may call your spouse to confirm the marriage details.",
              ),
            },
            { key: "marriageDate", type: "date", label: t("Tanggal perkawinan", "Date of marriage"), notInFuture: true },
            {
              key: "religion",
              type: "select",
              label: t("Agama/kepercayaan perkawinan", "Religion/faith of the marriage"),
              options: [
                { value: "kristen", label: t("Kristen", "Protestant Christian") },
                { value: "katolik", label: t("Katolik", "Catholic") },
                { value: "hindu", label: t("Hindu", "Hindu") },
                { value: "buddha", label: t("Buddha", "Buddhist") },
                { value: "khonghucu", label: t("Khonghucu", "Confucian") },
                { value: "kepercayaan", label: t("Kepercayaan terhadap Tuhan Yang Maha Esa", "Indigenous faith") },
              ],
            },
            { key: "placeOfWorship", type: "text", label: t("Nama rumah ibadah/tempat upacara", "Place of worship or ceremony"), maxLength: 160 },
            { key: "religiousLeader", type: "text", label: t("Nama pemuka agama/kepercayaan", "Name of the religious leader"), maxLength: 120 },
            {
              key: "previouslyMarried",
              type: "checkbox",
              label: t("Salah satu pasangan pernah kawin sebelumnya", "One of us has been married before"),
              required: false,
            },
            {
              key: "witnesses",
              type: "group",
              label: t("Saksi perkawinan", "Marriage witnesses"),
              itemLabel: t("Saksi", "Witness"),
              minItems: 2,
              maxItems: 2,
              fields: [
                { key: "witnessName", type: "text", label: t("Nama saksi", "Witness name"), maxLength: 120 },
                { key: "witnessNik", type: "nik", label: t("NIK saksi", "Witness NIK") },
                { key: "witnessPhone", type: "phone", label: t("Telepon saksi", "Witness phone") },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("religiousStatementScan", "Surat keterangan perkawinan dari pemuka agama/kepercayaan", "Statement of marriage from the religious leader"),
            doc("couplePhoto", "Pas foto berdampingan suami dan istri 4x6 cm", "Photo of husband and wife side by side, 4x6 cm", { imageOnly: true }),
            doc("coupleIdScan", "Scan/foto KTP-el dan KK suami dan istri", "Scan/photo of both spouses' e-KTP and family cards", { maxSizeMb: 5 }),
            doc(
              "previousMarriageEndScan",
              "Akta perceraian atau akta kematian pasangan terdahulu",
              "Divorce certificate or former spouse's death certificate",
              {
                visibleWhen: { field: "previouslyMarried", equals: true },
              },
            ),
            doc("foreignSpouseDocuments", "Scan/foto paspor dan izin tinggal pasangan", "Scan/photo of the spouse's passport and residence permit", {
              visibleWhen: { field: "spouseCitizenship", equals: "wna" },
              maxSizeMb: 5,
            }),
          ],
        },
      ],
    },
  },
];
