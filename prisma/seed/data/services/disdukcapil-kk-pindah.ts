/**
 * Dinas Kependudukan dan Pencatatan Sipil: Kartu Keluarga and change of
 * residence (pindah/datang).
 */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, sexOptions, t } from "./helpers";
import { ADMINDUK_CORE_LAW, FREE_ADMINDUK, PERMENDAGRI_108_2019 } from "./disdukcapil-common";

const ADMINDUK_LAW = [
  ...ADMINDUK_CORE_LAW,
  PERMENDAGRI_108_2019,
  t(
    "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026 tentang Standar Pelayanan Administrasi Kependudukan",
    "Decree of the Head of the Harapan Jaya City Population and Civil Registration Office No. 400.12/015/2026 on Population Administration Service Standards",
  ),
];

const RELATIONSHIP_OPTIONS = [
  { value: "kepalaKeluarga", label: t("Kepala keluarga", "Head of family") },
  { value: "suami", label: t("Suami", "Husband") },
  { value: "istri", label: t("Istri", "Wife") },
  { value: "anak", label: t("Anak", "Child") },
  { value: "menantu", label: t("Menantu", "Son/daughter-in-law") },
  { value: "cucu", label: t("Cucu", "Grandchild") },
  { value: "orangTua", label: t("Orang tua", "Parent") },
  { value: "mertua", label: t("Mertua", "Parent-in-law") },
  { value: "familiLain", label: t("Famili lain", "Other relative") },
];

/** The fields about a child added to the card: shown for that request only. */
const NEW_CHILD = { visibleWhen: { field: "requestType", equals: "tambahAnggota" } };

export const disdukcapilKkPindahServices: SeedService[] = [
  {
    slug: "kartu-keluarga",
    agencyCode: "DISDUKCAPIL",
    categorySlug: "kependudukan",
    nameId: "Kartu Keluarga (Baru atau Perubahan Data)",
    nameEn: "Family Card (New or Updated)",
    summaryId:
      "Penerbitan Kartu Keluarga untuk keluarga baru, penambahan atau pengurangan anggota keluarga, perubahan data, atau penggantian KK yang hilang/rusak. KK terbit sebagai dokumen elektronik bertanda tangan elektronik.",
    summaryEn:
      "Family card for a new household, adding or removing members, changing details, or replacing a lost or damaged card. The card is issued as an electronically signed document.",
    keywords:
      "kk kartu keluarga kk baru pecah kk tambah anggota keluarga ubah kk perubahan data kk hilang kartu keluarga elektronik family card household card family register",
    decreeNumber: "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026",
    effectiveFrom: "2026-01-02",
    slaWorkingDays: 2,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "KK baru untuk keluarga baru: scan/foto buku nikah atau kutipan akta perkawinan",
          "New card for a new household: scan/photo of the marriage book or marriage certificate",
        ),
        t(
          "Penambahan atau pengurangan anggota dan perubahan data: scan/foto KK lama dan dokumen dasar perubahan (misalnya akta kelahiran, akta kematian, akta perceraian, atau ijazah)",
          "Adding or removing members and changing details: scan/photo of the current card and the document behind the change (such as a birth, death or divorce certificate, or a diploma)",
        ),
        t(
          "Penambahan anak: kutipan akta kelahiran anak. Akta kelahiran yang diterbitkan melalui SatuPintu cukup dipilih dari Dokumen saya tanpa diunggah, dan dengan persetujuan pemohon nama, jenis kelamin, tanggal lahir, serta nama orang tua anak diisi dari akta tersebut",
          "Adding a child: the child's birth certificate. A birth certificate issued through SatuPintu is simply chosen from My documents instead of uploaded, and with the applicant's consent the child's name, sex, date of birth and parents' names are filled in from it",
        ),
        t(
          "KK hilang: surat keterangan kehilangan dari kepolisian; KK rusak: foto KK yang rusak",
          "Lost card: police loss report certificate; damaged card: photo of the damaged card",
        ),
        t(
          "Data seluruh anggota keluarga diisi pada formulir daring, menggantikan formulir biodata keluarga cetak",
          "Details of every household member entered in the online form, which replaces the paper family form",
        ),
      ],
      procedure: [
        t(
          "Kepala keluarga atau anggota keluarga yang berwenang mengisi formulir daring, memilih jenis permohonan, dan mengisi data setiap anggota keluarga.",
          "The head of family or an authorised member fills in the online form, chooses the type of request and enters each member's details.",
        ),
        t("Pemohon mengunggah dokumen dasar sesuai jenis permohonan.", "Upload the supporting documents for that type of request."),
        t(
          "Petugas memverifikasi data dengan SIAK; bila tidak sesuai, permohonan dikembalikan dengan catatan perbaikan.",
          "An officer checks the details against SIAK; if they do not match, the application is returned with a note on what to correct.",
        ),
        t("Kepala Dinas menandatangani KK secara elektronik.", "The head of office signs the family card electronically."),
        t(
          "Pemohon mengunduh KK (PDF berkode QR) dan mencetaknya sendiri pada kertas HVS A4 80 gram; KK lama otomatis tidak berlaku.",
          "Download the card (PDF with a QR code) and print it yourself on plain A4 80 gsm paper; the old card becomes invalid automatically.",
        ),
      ],
      timeLimit: t(
        "Paling lama 2 (dua) hari kerja sejak permohonan dinyatakan lengkap dan benar.",
        "At most 2 working days after the application is found complete and correct.",
      ),
      fee: FREE_ADMINDUK,
      output: t(
        "Kartu Keluarga elektronik (PDF) bertanda tangan elektronik dan berkode QR, sah dicetak mandiri pada kertas HVS A4 80 gram.",
        "An electronic family card (PDF) with an electronic signature and QR code, valid when printed yourself on plain A4 80 gsm paper.",
      ),
      outputDocumentType: "kartu-keluarga",
      // A child added by birth: the facts of the birth certificate in the applicant's Dokumen saya, read only with their consent.
      sharedFacts: [
        {
          documentType: "akta-kelahiran",
          fields: [
            { fact: "childName", field: "newMemberName" },
            { fact: "childSex", field: "newMemberSex" },
            { fact: "birthDate", field: "newMemberBirthDate" },
            { fact: "fatherName", field: "newMemberFatherName" },
            { fact: "motherName", field: "newMemberMotherName" },
          ],
        },
      ],
      complaintHandling: complaintChannels("DISDUKCAPIL"),
      legalBasis: ADMINDUK_LAW,
      facilities: onlineFacilities([
        t(
          "Gerai bantuan pengisian formulir di kantor Disdukcapil dan kelurahan bagi warga yang belum terbiasa dengan layanan daring",
          "Help desks at the Disdukcapil office and neighbourhood offices for residents not yet comfortable with online services",
        ),
      ]),
      staffCompetence: [
        t("Verifikator yang menguasai elemen data keluarga dalam SIAK", "Verifiers who know the family data elements in SIAK"),
        t("Pejabat pemegang sertifikat elektronik untuk tanda tangan elektronik", "An official holding an electronic certificate for electronic signatures"),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Pelayanan Pendaftaran Penduduk", "Head of the Population Registration Division")),
      staffCount: t("8 orang: 5 verifikator, 2 operator SIAK, dan 1 pejabat penandatangan.", "8 staff: 5 verifiers, 2 SIAK operators and 1 signing official."),
      serviceGuarantee: t(
        "KK terbit paling lama 2 hari kerja, tanpa biaya, dan dapat dicetak di mana saja tanpa legalisasi.",
        "The family card is issued within 2 working days, free of charge, and may be printed anywhere without legalisation.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jumlah KK yang diterbitkan ulang karena kesalahan data dijadikan indikator mutu verifikasi.",
          "The number of cards reissued because of data errors is used as a verification quality indicator.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: [
            ...applicant({ kk: true, address: true }),
            {
              key: "requestType",
              type: "select",
              label: t("Jenis permohonan", "Type of request"),
              options: [
                { value: "keluargaBaru", label: t("KK baru untuk keluarga baru", "New card for a new household") },
                { value: "tambahAnggota", label: t("Penambahan anggota keluarga", "Add a household member") },
                { value: "kurangAnggota", label: t("Pengurangan anggota keluarga", "Remove a household member") },
                { value: "perubahanData", label: t("Perubahan data anggota keluarga", "Change a member's details") },
                { value: "hilang", label: t("Penggantian KK hilang", "Replace a lost card") },
                { value: "rusak", label: t("Penggantian KK rusak", "Replace a damaged card") },
              ],
            },
            {
              key: "changeDescription",
              type: "textarea",
              label: t("Uraian perubahan", "Description of the change"),
              help: t("Contoh: penambahan anak kedua yang lahir 3 Januari 2026.", "Example: adding a second child born on 3 January 2026."),
              maxLength: 600,
              required: false,
            },
          ],
        },
        {
          key: "anakBaru",
          title: t("Anak yang ditambahkan", "Child being added"),
          fields: [
            { ...NEW_CHILD, key: "newMemberName", type: "text", label: t("Nama lengkap anak", "Child's full name"), maxLength: 120 },
            { ...NEW_CHILD, key: "newMemberSex", type: "radio", label: t("Jenis kelamin anak", "Child's sex"), options: sexOptions },
            { ...NEW_CHILD, key: "newMemberBirthDate", type: "date", label: t("Tanggal lahir anak", "Child's date of birth"), notInFuture: true },
            { ...NEW_CHILD, key: "newMemberFatherName", type: "text", label: t("Nama ayah", "Father's name"), maxLength: 120, required: false },
            { ...NEW_CHILD, key: "newMemberMotherName", type: "text", label: t("Nama ibu", "Mother's name"), maxLength: 120 },
          ],
        },
        {
          key: "anggotaKeluarga",
          title: t("Anggota keluarga", "Household members"),
          fields: [
            {
              key: "familyMembers",
              type: "group",
              label: t("Daftar anggota keluarga sesuai KK yang diminta", "Household members as they should appear on the card"),
              itemLabel: t("Anggota keluarga", "Household member"),
              minItems: 1,
              maxItems: 15,
              fields: [
                { key: "memberName", type: "text", label: t("Nama lengkap", "Full name"), maxLength: 120 },
                {
                  key: "memberNik",
                  type: "nik",
                  label: t("NIK", "NIK"),
                  required: false,
                  help: t("Kosongkan untuk bayi yang belum memiliki NIK.", "Leave blank for a baby without a NIK yet."),
                },
                {
                  key: "memberRelationship",
                  type: "select",
                  label: t("Hubungan dalam keluarga", "Relationship in the household"),
                  options: RELATIONSHIP_OPTIONS,
                },
                { key: "memberSex", type: "radio", label: t("Jenis kelamin", "Sex"), options: sexOptions },
                { key: "memberBirthDate", type: "date", label: t("Tanggal lahir", "Date of birth"), notInFuture: true },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("marriageCertificateScan", "Scan/foto buku nikah atau kutipan akta perkawinan", "Scan/photo of the marriage book or certificate", {
              visibleWhen: { field: "requestType", equals: "keluargaBaru" },
            }),
            doc("birthCertificate", "Kutipan akta kelahiran anak yang ditambahkan", "Birth certificate of the child being added", {
              ...NEW_CHILD,
              documentType: "akta-kelahiran",
              help: t(
                "Akta kelahiran yang diterbitkan melalui SatuPintu dapat dipilih dari Dokumen saya tanpa diunggah.",
                "A birth certificate issued through SatuPintu can be chosen from My documents instead of uploaded.",
              ),
            }),
            doc("oldFamilyCardScan", "Scan/foto KK lama", "Scan/photo of the current family card", {
              required: false,
              help: t(
                "Wajib untuk semua jenis permohonan kecuali KK baru dan KK hilang.",
                "Required for every request except a new household and a lost card.",
              ),
            }),
            doc(
              "changeEvidence",
              "Dokumen dasar perubahan (akta kelahiran, akta kematian, dan sebagainya)",
              "Document behind the change (birth certificate, death certificate, etc.)",
              {
                required: false,
                maxSizeMb: 5,
              },
            ),
            doc("policeLossReport", "Surat keterangan kehilangan dari kepolisian", "Police loss report certificate", {
              visibleWhen: { field: "requestType", equals: "hilang" },
            }),
            doc("damagedCardPhoto", "Foto KK yang rusak", "Photo of the damaged card", {
              visibleWhen: { field: "requestType", equals: "rusak" },
            }),
          ],
        },
      ],
    },
  },
  {
    slug: "surat-pindah-datang",
    agencyCode: "DISDUKCAPIL",
    categorySlug: "kependudukan",
    nameId: "Surat Keterangan Pindah dan Pindah Datang",
    nameEn: "Change of Residence: Moving Out and Moving In",
    summaryId:
      "Penerbitan Surat Keterangan Pindah (SKPWNI) bagi penduduk yang pindah keluar Kota Harapan Jaya, dan pencatatan pindah datang beserta KK baru bagi penduduk yang pindah ke Kota Harapan Jaya. Tidak perlu datang ke daerah asal.",
    summaryEn:
      "Moving-out certificate (SKPWNI) for residents leaving Harapan Jaya City, and moving-in registration with a new family card for people moving to the city. No need to visit the office at your previous address.",
    keywords:
      "surat pindah skpwni pindah datang pindah domisili mutasi penduduk pindah alamat pindah kk surat keterangan pindah moving relocation change of address domicile transfer",
    decreeNumber: "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya Nomor 400.12/015/2026",
    effectiveFrom: "2026-01-02",
    slaWorkingDays: 1,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Pindah keluar: scan/foto Kartu Keluarga (KK) dan alamat tujuan lengkap",
          "Moving out: scan/photo of the family card (KK) and the full destination address",
        ),
        t(
          "Pindah datang: nomor dan scan/foto Surat Keterangan Pindah (SKPWNI) dari daerah asal",
          "Moving in: number and scan/photo of the moving-out certificate (SKPWNI) from the previous area",
        ),
        t(
          "Pindah datang yang menumpang pada KK yang sudah ada: surat persetujuan dari kepala keluarga yang ditumpangi",
          "Moving in to join an existing household: a consent letter from the head of that household",
        ),
        t("Daftar anggota keluarga yang ikut pindah diisi pada formulir daring", "Household members who are moving, listed in the online form"),
      ],
      procedure: [
        t(
          "Pemohon memilih arah perpindahan (keluar atau datang), mengisi alamat, dan mencantumkan anggota keluarga yang ikut pindah.",
          "Choose whether you are moving out or in, enter the address, and list the household members who are moving.",
        ),
        t("Pemohon mengunggah dokumen sesuai arah perpindahan.", "Upload the documents for your type of move."),
        t(
          "Petugas memverifikasi data di SIAK; untuk pindah datang, petugas memeriksa SKPWNI yang diterbitkan daerah asal secara daring.",
          "An officer checks the details in SIAK; for moving in, the officer checks the SKPWNI issued online by your previous area.",
        ),
        t("Bila ada kekurangan, permohonan dikembalikan untuk diperbaiki.", "If anything is missing, the application is returned for correction."),
        t(
          "Dokumen ditandatangani secara elektronik dan dapat diunduh: SKPWNI untuk pindah keluar, atau KK baru untuk pindah datang.",
          "The document is signed electronically and can be downloaded: the SKPWNI when moving out, or the new family card when moving in.",
        ),
        t(
          "Untuk pindah datang, KTP-el dengan alamat baru dapat diajukan melalui layanan Penggantian KTP-el tanpa perekaman ulang.",
          "After moving in, an e-KTP with the new address can be requested through the Replacement e-KTP service without re-recording.",
        ),
      ],
      timeLimit: t(
        "Paling lama 1 (satu) hari kerja sejak permohonan dinyatakan lengkap dan benar.",
        "At most 1 working day after the application is found complete and correct.",
      ),
      fee: FREE_ADMINDUK,
      output: t(
        "Surat Keterangan Pindah (SKPWNI) atau Kartu Keluarga baru di alamat tujuan, berupa dokumen elektronik bertanda tangan elektronik dan berkode QR.",
        "A moving-out certificate (SKPWNI) or a new family card at the new address, as an electronically signed document with a QR code.",
      ),
      complaintHandling: complaintChannels("DISDUKCAPIL"),
      legalBasis: ADMINDUK_LAW,
      facilities: onlineFacilities([
        t("Akses SIAK terpusat untuk pertukaran data pindah antardaerah", "Access to central SIAK for exchanging moving data between regions"),
      ]),
      staffCompetence: [
        t(
          "Verifikator mobilitas penduduk yang memahami tata cara pindah antardaerah",
          "Population mobility verifiers who know the inter-regional moving procedure",
        ),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Pelayanan Pendaftaran Penduduk", "Head of the Population Registration Division")),
      staffCount: t("4 orang verifikator mobilitas penduduk.", "4 population mobility verifiers."),
      serviceGuarantee: t(
        "Penduduk tidak perlu kembali ke daerah asal untuk mengurus surat pindah, dan dokumen terbit paling lama 1 hari kerja.",
        "You do not have to return to your previous area to arrange the move, and the document is issued within 1 working day.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jumlah SKPWNI yang belum ditindaklanjuti daerah tujuan dipantau setiap bulan.",
          "Moving-out certificates not yet acted on by the destination area are monitored monthly.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon dan perpindahan", "Applicant and move details"),
          fields: [
            ...applicant({ kk: true }),
            {
              key: "moveDirection",
              type: "radio",
              label: t("Arah perpindahan", "Type of move"),
              options: [
                { value: "keluar", label: t("Pindah keluar dari Kota Harapan Jaya", "Moving out of Harapan Jaya City") },
                { value: "datang", label: t("Pindah datang ke Kota Harapan Jaya", "Moving in to Harapan Jaya City") },
              ],
            },
            {
              key: "destinationAddress",
              type: "address",
              label: t("Alamat tujuan", "Destination address"),
              visibleWhen: { field: "moveDirection", equals: "keluar" },
            },
            {
              key: "newAddress",
              type: "address",
              label: t("Alamat baru di Kota Harapan Jaya", "New address in Harapan Jaya City"),
              visibleWhen: { field: "moveDirection", equals: "datang" },
            },
            {
              key: "skpwniNumber",
              type: "text",
              label: t("Nomor SKPWNI dari daerah asal", "SKPWNI number from the previous area"),
              maxLength: 40,
              visibleWhen: { field: "moveDirection", equals: "datang" },
            },
            {
              key: "moveReason",
              type: "select",
              label: t("Alasan pindah", "Reason for moving"),
              options: [
                { value: "pekerjaan", label: t("Pekerjaan", "Work") },
                { value: "pendidikan", label: t("Pendidikan", "Education") },
                { value: "keluarga", label: t("Keluarga", "Family") },
                { value: "perumahan", label: t("Perumahan", "Housing") },
                { value: "lainnya", label: t("Lainnya", "Other") },
              ],
            },
            { key: "moveDate", type: "date", label: t("Tanggal pindah", "Date of move") },
          ],
        },
        {
          key: "anggotaPindah",
          title: t("Anggota keluarga yang pindah", "Household members moving"),
          fields: [
            {
              key: "movingMembers",
              type: "group",
              label: t("Anggota keluarga yang ikut pindah", "Household members who are moving"),
              itemLabel: t("Anggota", "Member"),
              minItems: 1,
              maxItems: 15,
              fields: [
                { key: "memberName", type: "text", label: t("Nama lengkap", "Full name"), maxLength: 120 },
                { key: "memberNik", type: "nik", label: t("NIK", "NIK") },
                {
                  key: "memberRelationship",
                  type: "select",
                  label: t("Hubungan dalam keluarga", "Relationship in the household"),
                  options: RELATIONSHIP_OPTIONS,
                },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("familyCardScan", "Scan/foto Kartu Keluarga", "Scan/photo of the family card", {
              visibleWhen: { field: "moveDirection", equals: "keluar" },
            }),
            doc("skpwniScan", "Scan/foto SKPWNI dari daerah asal", "Scan/photo of the SKPWNI from the previous area", {
              visibleWhen: { field: "moveDirection", equals: "datang" },
            }),
            doc("hostConsentLetter", "Surat persetujuan kepala keluarga yang ditumpangi", "Consent letter from the head of the receiving household", {
              required: false,
              help: t("Hanya jika Anda bergabung ke KK yang sudah ada.", "Only if you are joining an existing household."),
            }),
          ],
        },
      ],
    },
  },
];
