/** Dinas Sosial: social welfare data, recommendations and health insurance support. */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, t, yesNoOptions } from "./helpers";

const SOCIAL_LAW = [
  t("Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial", "Law No. 11 of 2009 on Social Welfare"),
  t("Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin", "Law No. 13 of 2011 on Handling the Poor"),
  t("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Law No. 25 of 2009 on Public Services"),
];

const LOCAL_DECREE = t(
  "Keputusan Kepala Dinas Sosial Kota Harapan Jaya Nomor 400.9/011/2026 tentang Standar Pelayanan Dinas Sosial",
  "Decree of the Head of the Harapan Jaya City Social Affairs Office No. 400.9/011/2026 on Social Affairs Office Service Standards",
);

const RELATIONSHIP_OPTIONS = [
  { value: "kepalaKeluarga", label: t("Kepala keluarga", "Head of household") },
  { value: "pasangan", label: t("Suami/istri", "Spouse") },
  { value: "anak", label: t("Anak", "Child") },
  { value: "orangTua", label: t("Orang tua/mertua", "Parent/parent-in-law") },
  { value: "lainnya", label: t("Anggota lain", "Other member") },
];

export const dinsosServices: SeedService[] = [
  {
    slug: "pendaftaran-data-kesejahteraan-sosial",
    agencyCode: "DINSOS",
    categorySlug: "sosial",
    nameId: "Usulan Pendaftaran Data Kesejahteraan Sosial (DTKS/DTSEN) untuk Bantuan Sosial",
    nameEn: "Registration in the Social Welfare Database (DTKS/DTSEN) for Social Assistance",
    summaryId:
      "Pengusulan rumah tangga kurang mampu ke dalam data kesejahteraan sosial nasional yang menjadi acuan penyaluran bantuan sosial seperti PKH, bantuan pangan, dan PBI Jaminan Kesehatan. Penetapan penerima bantuan merupakan kewenangan Kementerian Sosial.",
    summaryEn:
      "Nomination of low-income households to the national social welfare database used to target social assistance such as the PKH cash transfer, food aid and government-paid health insurance. The Ministry of Social Affairs decides who receives assistance.",
    keywords:
      "dtks dtsen data terpadu kesejahteraan sosial bansos bantuan sosial pkh bpnt sembako daftar bansos keluarga miskin warga tidak mampu social assistance welfare registration poverty",
    decreeNumber: "Keputusan Kepala Dinas Sosial Kota Harapan Jaya Nomor 400.9/011/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 10,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto Kartu Keluarga (KK) rumah tangga yang diusulkan", "Scan/photo of the family card (KK) of the household being nominated"),
        t("Scan/foto KTP-el kepala rumah tangga", "Scan/photo of the head of household's e-KTP"),
        t("Foto rumah tampak depan dan bagian dalam", "Photos of the front and inside of the house"),
        t(
          "Data kondisi sosial ekonomi: pekerjaan dan penghasilan anggota rumah tangga, kondisi rumah, dan sumber penerangan serta air minum",
          "Socio-economic details: household members' work and income, housing conditions, lighting and drinking water sources",
        ),
        t(
          "Tidak ada anggota rumah tangga yang berstatus ASN, anggota TNI/Polri, atau pegawai BUMN/BUMD",
          "No household member is a civil servant, military or police officer, or employee of a state- or region-owned enterprise",
        ),
      ],
      procedure: [
        t(
          "Kepala rumah tangga atau anggota keluarga mengisi data rumah tangga dan kondisi sosial ekonomi serta mengunggah foto rumah.",
          "The head of household or a family member enters the household and socio-economic details and uploads photos of the house.",
        ),
        t(
          "Petugas Dinas Sosial memeriksa NIK seluruh anggota dengan data kependudukan; bila tidak padan, permohonan dikembalikan untuk diperbaiki.",
          "A Social Affairs officer checks every member's NIK against population data; if they do not match, the application is returned for correction.",
        ),
        t(
          "Pendamping sosial atau petugas kelurahan melakukan kunjungan verifikasi ke rumah pada waktu yang diberitahukan petugas kepada pemohon.",
          "A social worker or neighbourhood officer visits the home to verify the details at a time the officer tells you.",
        ),
        t(
          "Hasil verifikasi dibahas dalam musyawarah kelurahan dan usulan yang layak diteruskan ke Kementerian Sosial melalui sistem informasi kesejahteraan sosial.",
          "The results are discussed in the neighbourhood deliberation meeting and eligible nominations are forwarded to the Ministry of Social Affairs through the social welfare information system.",
        ),
        t(
          "Pemohon menerima tanda terima usulan elektronik berisi hasil verifikasi; status penetapan dari Kementerian Sosial dapat dicek di laman cekbansos.kemensos.go.id setelah periode pemutakhiran data.",
          "You receive an electronic nomination receipt with the verification result; the Ministry's decision can be checked at cekbansos.kemensos.go.id after the data update period.",
        ),
      ],
      timeLimit: t(
        "Paling lama 10 (sepuluh) hari kerja sejak permohonan dinyatakan lengkap sampai usulan diteruskan ke Kementerian Sosial. Jadwal penetapan penerima bantuan mengikuti periode pemutakhiran data nasional.",
        "At most 10 working days from a complete application until the nomination is forwarded to the Ministry of Social Affairs. Decisions on recipients follow the national data update cycle.",
      ),
      fee: t("Tidak dipungut biaya (Rp0).", "Free of charge (Rp0)."),
      output: t(
        "Tanda terima usulan elektronik berkode QR yang menyatakan usulan telah diverifikasi Dinas Sosial; nomor permohonan yang tercantum menjadi rujukan usulan ke Kementerian Sosial.",
        "An electronic nomination receipt with a QR code stating that the Social Affairs Office has verified the nomination; the application number on it is the nomination's reference with the Ministry of Social Affairs.",
      ),
      complaintHandling: complaintChannels("DINSOS", [
        t(
          'Sanggahan atas data penerima bantuan yang dinilai tidak tepat sasaran dapat diajukan melalui menu Pengaduan dengan kategori "Data bansos".',
          'Objections to recipients believed to be wrongly listed can be filed through the Complaints menu under the "Social assistance data" category.',
        ),
      ]),
      legalBasis: [
        ...SOCIAL_LAW,
        t(
          "Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial",
          "Minister of Social Affairs Regulation No. 3 of 2021 on Managing the Integrated Social Welfare Data",
        ),
        t(
          "Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional",
          "Presidential Instruction No. 4 of 2025 on the Single National Social and Economic Data",
        ),
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([
        t(
          "Pusat Kesejahteraan Sosial (Puskesos) di setiap kelurahan untuk membantu pengisian data",
          "A social welfare centre (Puskesos) in every neighbourhood to help residents fill in the data",
        ),
      ]),
      staffCompetence: [
        t(
          "Pendamping sosial dan operator data yang telah mengikuti bimbingan teknis pengelolaan data kesejahteraan sosial",
          "Social workers and data operators trained in managing social welfare data",
        ),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Perlindungan dan Jaminan Sosial", "Head of the Social Protection and Security Division"), [
        t("Pemeriksaan sampel hasil kunjungan verifikasi oleh supervisor", "Spot checks of verification visits by supervisors"),
      ]),
      staffCount: t("16 orang: 4 operator data dan 12 pendamping sosial kelurahan.", "16 staff: 4 data operators and 12 neighbourhood social workers."),
      serviceGuarantee: t(
        "Setiap usulan yang lengkap diverifikasi dan diteruskan paling lama 10 hari kerja. Pendaftaran tidak dipungut biaya dan tidak memerlukan perantara.",
        "Every complete nomination is verified and forwarded within 10 working days. Registration is free and needs no intermediary.",
      ),
      securityGuarantee: securityGuarantee(
        t(
          "Data sosial ekonomi rumah tangga tidak pernah dipublikasikan secara individual.",
          "Household socio-economic data is never published at the individual level.",
        ),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Ketepatan sasaran diukur dari hasil sanggahan dan pemeriksaan ulang setiap semester.",
          "Targeting accuracy is measured from objections and re-checks every six months.",
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
          key: "rumahTangga",
          title: t("Anggota dan kondisi rumah tangga", "Household members and conditions"),
          fields: [
            {
              key: "householdMembers",
              type: "group",
              label: t("Anggota rumah tangga", "Household members"),
              itemLabel: t("Anggota rumah tangga", "Household member"),
              minItems: 1,
              maxItems: 15,
              fields: [
                { key: "memberName", type: "text", label: t("Nama lengkap", "Full name"), maxLength: 120 },
                { key: "memberNik", type: "nik", label: t("NIK", "NIK") },
                {
                  key: "memberRelationship",
                  type: "select",
                  label: t("Hubungan dengan kepala rumah tangga", "Relationship to the head of household"),
                  options: RELATIONSHIP_OPTIONS,
                },
                {
                  key: "memberActivity",
                  type: "select",
                  label: t("Kegiatan utama", "Main activity"),
                  options: [
                    { value: "bekerja", label: t("Bekerja", "Working") },
                    { value: "mencariKerja", label: t("Mencari pekerjaan", "Looking for work") },
                    { value: "sekolah", label: t("Sekolah", "In school") },
                    { value: "mengurusRumahTangga", label: t("Mengurus rumah tangga", "Homemaker") },
                    { value: "tidakBekerja", label: t("Tidak bekerja/lansia", "Not working/older person") },
                  ],
                },
                { key: "memberDisability", type: "checkbox", label: t("Penyandang disabilitas", "Has a disability"), required: false },
              ],
            },
            {
              key: "monthlyIncome",
              type: "number",
              label: t("Perkiraan penghasilan rumah tangga per bulan (Rp)", "Estimated household income per month (Rp)"),
              min: 0,
              integer: true,
            },
            {
              key: "houseOwnership",
              type: "radio",
              label: t("Status tempat tinggal", "Housing tenure"),
              options: [
                { value: "milikSendiri", label: t("Milik sendiri", "Owned") },
                { value: "sewa", label: t("Sewa/kontrak", "Rented") },
                { value: "menumpang", label: t("Menumpang", "Living with others for free") },
              ],
            },
            {
              key: "floorType",
              type: "select",
              label: t("Jenis lantai terluas", "Main floor material"),
              options: [
                { value: "tanah", label: t("Tanah", "Earth") },
                { value: "semen", label: t("Semen/plester", "Cement") },
                { value: "keramik", label: t("Keramik/ubin", "Ceramic tiles") },
                { value: "kayu", label: t("Kayu/papan", "Wood") },
              ],
            },
            {
              key: "electricity",
              type: "select",
              label: t("Sumber penerangan", "Lighting source"),
              options: [
                { value: "pln450", label: t("Listrik PLN 450 VA", "Grid electricity 450 VA") },
                { value: "pln900", label: t("Listrik PLN 900 VA", "Grid electricity 900 VA") },
                { value: "plnLebih", label: t("Listrik PLN di atas 900 VA", "Grid electricity above 900 VA") },
                { value: "menumpang", label: t("Listrik menumpang/bukan PLN", "Shared or non-grid electricity") },
              ],
            },
            {
              key: "receivesAssistance",
              type: "radio",
              label: t("Saat ini menerima bantuan sosial?", "Currently receiving social assistance?"),
              options: yesNoOptions,
            },
            {
              key: "currentAssistance",
              type: "text",
              label: t("Bantuan yang diterima", "Assistance received"),
              maxLength: 160,
              visibleWhen: { field: "receivesAssistance", equals: "ya" },
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("familyCardScan", "Scan/foto Kartu Keluarga", "Scan/photo of the family card"),
            doc("headIdScan", "Scan/foto KTP-el kepala rumah tangga", "Scan/photo of the head of household's e-KTP"),
            doc("houseFrontPhoto", "Foto rumah tampak depan", "Photo of the front of the house", { imageOnly: true, maxSizeMb: 3 }),
            doc("houseInsidePhoto", "Foto bagian dalam rumah", "Photo of the inside of the house", { imageOnly: true, maxSizeMb: 3 }),
          ],
        },
      ],
    },
  },
  {
    slug: "rekomendasi-sktm",
    agencyCode: "DINSOS",
    categorySlug: "sosial",
    nameId: "Rekomendasi Surat Keterangan Tidak Mampu (SKTM)",
    nameEn: "Low-Income Status Recommendation (SKTM)",
    summaryId:
      "Surat rekomendasi Dinas Sosial yang menerangkan bahwa seseorang berasal dari keluarga tidak mampu, untuk keperluan keringanan biaya pengobatan, pendidikan, bantuan hukum cuma-cuma, atau keperluan sosial lain.",
    summaryEn:
      "A recommendation from the Social Affairs Office stating that a person comes from a low-income family, used to seek reduced medical or education costs, free legal aid or other social support.",
    keywords:
      "sktm surat keterangan tidak mampu surat miskin keterangan miskin rekomendasi dinsos keringanan biaya rumah sakit beasiswa bantuan hukum certificate of poverty low income letter",
    decreeNumber: "Keputusan Kepala Dinas Sosial Kota Harapan Jaya Nomor 400.9/011/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 3,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto KTP-el dan Kartu Keluarga (KK) pemohon", "Scan/photo of the applicant's e-KTP and family card (KK)"),
        t("Scan surat pengantar dari kelurahan tempat tinggal", "Scan of the referral letter from the neighbourhood (kelurahan) office"),
        t(
          "Dokumen pendukung keperluan, misalnya surat keterangan rawat inap atau rincian tagihan rumah sakit, surat penerimaan sekolah, atau surat dari pos bantuan hukum",
          "A document supporting the purpose, such as a hospital admission letter or bill, a school acceptance letter, or a letter from a legal aid post",
        ),
      ],
      procedure: [
        t(
          "Pemohon mengisi keperluan, data penerima manfaat, dan mengunggah dokumen.",
          "Enter the purpose and the beneficiary's details and upload the documents.",
        ),
        t(
          "Petugas memeriksa dokumen dan mencocokkan status rumah tangga dengan data kesejahteraan sosial.",
          "An officer checks the documents and compares the household's status with the social welfare data.",
        ),
        t(
          "Bila rumah tangga belum terdata, petugas dapat melakukan kunjungan singkat atau menghubungi pendamping sosial kelurahan.",
          "If the household is not yet in the data, the officer may make a short visit or contact the neighbourhood social worker.",
        ),
        t("Bila dokumen kurang, permohonan dikembalikan untuk diperbaiki.", "If a document is missing, the application is returned for correction."),
        t(
          "Kepala Dinas Sosial menandatangani surat rekomendasi secara elektronik.",
          "The head of the Social Affairs Office signs the recommendation electronically.",
        ),
        t(
          "Pemohon mengunduh surat rekomendasi berkode QR untuk diserahkan kepada instansi tujuan.",
          "Download the recommendation with its QR code to give to the receiving institution.",
        ),
      ],
      timeLimit: t(
        "Paling lama 3 (tiga) hari kerja sejak permohonan dinyatakan lengkap; untuk pasien rawat inap darurat diproses paling lama 1 hari kerja.",
        "At most 3 working days after the application is complete; emergency inpatient cases are handled within 1 working day.",
      ),
      fee: t("Tidak dipungut biaya (Rp0).", "Free of charge (Rp0)."),
      output: t(
        "Surat Rekomendasi Keterangan Tidak Mampu elektronik berkode QR, berlaku untuk satu keperluan yang disebutkan.",
        "An electronic low-income status recommendation with a QR code, valid for the one purpose stated.",
      ),
      complaintHandling: complaintChannels("DINSOS"),
      legalBasis: [...SOCIAL_LAW, LOCAL_DECREE],
      facilities: onlineFacilities([t("Jalur prioritas untuk pasien rawat inap darurat", "A priority track for emergency inpatients")]),
      staffCompetence: [
        t("Petugas yang memahami kriteria fakir miskin dan orang tidak mampu", "Officers who know the criteria for poor and low-income households"),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Perlindungan dan Jaminan Sosial", "Head of the Social Protection and Security Division")),
      staffCount: t("3 orang petugas rekomendasi.", "3 recommendation officers."),
      serviceGuarantee: t(
        "Rekomendasi terbit paling lama 3 hari kerja, atau 1 hari kerja untuk kasus rawat inap darurat, tanpa biaya.",
        "The recommendation is issued within 3 working days, or 1 working day for emergency inpatients, free of charge.",
      ),
      securityGuarantee: securityGuarantee(
        t(
          "Diagnosis dan tagihan rumah sakit hanya dilihat petugas yang menangani.",
          "Diagnoses and hospital bills are seen only by the officer handling the case.",
        ),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Penggunaan rekomendasi oleh rumah sakit dan sekolah dipantau untuk mencegah penyalahgunaan.",
          "Use of recommendations by hospitals and schools is monitored to prevent misuse.",
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
          key: "keperluan",
          title: t("Keperluan dan penerima manfaat", "Purpose and beneficiary"),
          fields: [
            {
              key: "purpose",
              type: "radio",
              label: t("Keperluan", "Purpose"),
              options: [
                { value: "kesehatan", label: t("Keringanan biaya pengobatan", "Reduced medical costs") },
                { value: "pendidikan", label: t("Keringanan biaya pendidikan", "Reduced education costs") },
                { value: "hukum", label: t("Bantuan hukum cuma-cuma", "Free legal aid") },
                { value: "lainnya", label: t("Lainnya", "Other") },
              ],
            },
            {
              key: "hospitalName",
              type: "text",
              label: t("Nama rumah sakit", "Hospital name"),
              maxLength: 160,
              visibleWhen: { field: "purpose", equals: "kesehatan" },
            },
            {
              key: "emergencyInpatient",
              type: "checkbox",
              label: t("Pasien sedang dirawat inap darurat", "The patient is an emergency inpatient"),
              required: false,
              visibleWhen: { field: "purpose", equals: "kesehatan" },
            },
            {
              key: "schoolName",
              type: "text",
              label: t("Nama sekolah/perguruan tinggi", "School or university name"),
              maxLength: 160,
              visibleWhen: { field: "purpose", equals: "pendidikan" },
            },
            {
              key: "otherPurpose",
              type: "textarea",
              label: t("Jelaskan keperluan", "Describe the purpose"),
              maxLength: 500,
              visibleWhen: { field: "purpose", equals: "lainnya" },
            },
            {
              key: "beneficiaryIsApplicant",
              type: "radio",
              label: t("Penerima manfaat adalah pemohon sendiri?", "Is the beneficiary the applicant?"),
              options: yesNoOptions,
            },
            {
              key: "beneficiaryName",
              type: "text",
              label: t("Nama penerima manfaat", "Beneficiary's name"),
              maxLength: 120,
              visibleWhen: { field: "beneficiaryIsApplicant", equals: "tidak" },
            },
            {
              key: "beneficiaryNik",
              type: "nik",
              label: t("NIK penerima manfaat", "Beneficiary's NIK"),
              visibleWhen: { field: "beneficiaryIsApplicant", equals: "tidak" },
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("idAndFamilyCardScan", "Scan/foto KTP-el dan KK", "Scan/photo of the e-KTP and family card", { maxSizeMb: 4 }),
            doc("kelurahanReferral", "Surat pengantar kelurahan", "Referral letter from the kelurahan"),
            doc("purposeEvidence", "Dokumen pendukung keperluan", "Document supporting the purpose", { maxSizeMb: 5 }),
          ],
        },
      ],
    },
  },
  {
    slug: "rekomendasi-pbi-jk",
    agencyCode: "DINSOS",
    categorySlug: "sosial",
    nameId: "Rekomendasi Kepesertaan PBI Jaminan Kesehatan",
    nameEn: "Recommendation for Government-Paid Health Insurance (PBI-JK)",
    summaryId:
      "Rekomendasi agar warga kurang mampu didaftarkan sebagai peserta Jaminan Kesehatan Nasional (JKN) yang iurannya dibayar pemerintah, melalui PBI-JK dari APBN atau kepesertaan yang dibiayai APBD Kota Harapan Jaya, termasuk pengaktifan kembali kepesertaan yang nonaktif.",
    summaryEn:
      "Recommendation to enrol low-income residents in the National Health Insurance (JKN) with contributions paid by government, either as PBI-JK funded by the state budget or as members funded by the Harapan Jaya City budget, including reactivating inactive membership.",
    keywords:
      "pbi pbi-jk pbi jk penerima bantuan iuran bpjs gratis bpjs kesehatan kis kartu indonesia sehat jkn aktivasi bpjs bpjs nonaktif jamkesda free health insurance",
    decreeNumber: "Keputusan Kepala Dinas Sosial Kota Harapan Jaya Nomor 400.9/011/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 5,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto Kartu Keluarga (KK) dengan alamat Kota Harapan Jaya", "Scan/photo of a family card (KK) with a Harapan Jaya City address"),
        t("Scan/foto KTP-el kepala keluarga", "Scan/photo of the head of family's e-KTP"),
        t("Nomor kartu JKN/KIS bila pernah menjadi peserta", "JKN/KIS card number if you have been a member before"),
        t(
          "Bagi pasien yang sedang dirawat: surat keterangan rawat inap dari rumah sakit",
          "For patients currently in hospital: an inpatient letter from the hospital",
        ),
      ],
      procedure: [
        t(
          "Pemohon mengisi data anggota keluarga yang diusulkan beserta status kepesertaan JKN masing-masing, lalu mengunggah dokumen.",
          "Enter the family members being proposed and each one's current JKN status, and upload the documents.",
        ),
        t(
          "Petugas memeriksa data kependudukan dan status kepesertaan JKN bersama BPJS Kesehatan, serta status rumah tangga dalam data kesejahteraan sosial.",
          "An officer checks population data and JKN status with BPJS Kesehatan, and the household's status in the social welfare data.",
        ),
        t("Bila data tidak lengkap, permohonan dikembalikan untuk diperbaiki.", "If data is incomplete, the application is returned for correction."),
        t(
          "Kepala Dinas Sosial menandatangani rekomendasi secara elektronik dan menyampaikannya kepada BPJS Kesehatan melalui Dinas Kesehatan.",
          "The head of the Social Affairs Office signs the recommendation electronically and sends it to BPJS Kesehatan through the Health Office.",
        ),
        t(
          "Pemohon mengunduh surat rekomendasi berkode QR; status kepesertaan dapat dicek melalui aplikasi Mobile JKN atau BPJS Kesehatan Care Center 165.",
          "Download the recommendation with its QR code; the membership status can be checked in the Mobile JKN app or with the BPJS Kesehatan Care Center on 165.",
        ),
      ],
      timeLimit: t(
        "Paling lama 5 (lima) hari kerja sejak permohonan dinyatakan lengkap; untuk pasien rawat inap diprioritaskan paling lama 1 hari kerja.",
        "At most 5 working days after the application is complete; inpatients are prioritised and handled within 1 working day.",
      ),
      fee: t(
        "Tidak dipungut biaya (Rp0). Iuran JKN peserta dibayar oleh pemerintah.",
        "Free of charge (Rp0). The member's JKN contributions are paid by the government.",
      ),
      output: t(
        "Surat rekomendasi kepesertaan PBI Jaminan Kesehatan elektronik berkode QR yang diteruskan kepada BPJS Kesehatan.",
        "An electronic recommendation for government-paid health insurance with a QR code, forwarded to BPJS Kesehatan.",
      ),
      complaintHandling: complaintChannels("DINSOS"),
      legalBasis: [
        t("Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional", "Law No. 40 of 2004 on the National Social Security System"),
        t("Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial", "Law No. 24 of 2011 on Social Security Administering Bodies"),
        t(
          "Peraturan Pemerintah Nomor 101 Tahun 2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 76 Tahun 2015",
          "Government Regulation No. 101 of 2012 on Health Insurance Contribution Assistance Recipients, as amended by Government Regulation No. 76 of 2015",
        ),
        t(
          "Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan beserta perubahannya",
          "Presidential Regulation No. 82 of 2018 on Health Insurance and its amendments",
        ),
        ...SOCIAL_LAW,
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([t("Pertukaran data kepesertaan dengan BPJS Kesehatan", "Membership data exchange with BPJS Kesehatan")]),
      staffCompetence: [t("Petugas yang memahami ketentuan kepesertaan JKN dan PBI", "Officers who know the JKN and PBI membership rules")],
      internalSupervision: internalSupervision(t("Kepala Bidang Perlindungan dan Jaminan Sosial", "Head of the Social Protection and Security Division")),
      staffCount: t("3 orang petugas jaminan sosial.", "3 social security officers."),
      serviceGuarantee: t(
        "Rekomendasi terbit paling lama 5 hari kerja, atau 1 hari kerja untuk pasien rawat inap, tanpa biaya.",
        "The recommendation is issued within 5 working days, or 1 working day for inpatients, free of charge.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Jumlah rekomendasi yang berhasil diaktifkan BPJS Kesehatan direkonsiliasi setiap bulan.",
          "Recommendations activated by BPJS Kesehatan are reconciled every month.",
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
              key: "isInpatient",
              type: "radio",
              label: t("Ada anggota keluarga yang sedang dirawat inap?", "Is a family member currently in hospital?"),
              options: yesNoOptions,
            },
            {
              key: "hospitalName",
              type: "text",
              label: t("Nama rumah sakit", "Hospital name"),
              maxLength: 160,
              visibleWhen: { field: "isInpatient", equals: "ya" },
            },
          ],
        },
        {
          key: "anggotaDiusulkan",
          title: t("Anggota keluarga yang diusulkan", "Family members proposed"),
          fields: [
            {
              key: "proposedMembers",
              type: "group",
              label: t("Anggota keluarga yang diusulkan menjadi peserta", "Family members proposed for membership"),
              itemLabel: t("Anggota", "Member"),
              minItems: 1,
              maxItems: 15,
              fields: [
                { key: "memberName", type: "text", label: t("Nama lengkap", "Full name"), maxLength: 120 },
                { key: "memberNik", type: "nik", label: t("NIK", "NIK") },
                { key: "memberRelationship", type: "select", label: t("Hubungan dalam keluarga", "Relationship in the family"), options: RELATIONSHIP_OPTIONS },
                {
                  key: "jknStatus",
                  type: "select",
                  label: t("Status JKN saat ini", "Current JKN status"),
                  options: [
                    { value: "belumTerdaftar", label: t("Belum pernah terdaftar", "Never registered") },
                    { value: "nonaktif", label: t("Terdaftar tetapi nonaktif", "Registered but inactive") },
                    { value: "mandiriMenunggak", label: t("Peserta mandiri dengan tunggakan iuran", "Self-paying member in arrears") },
                  ],
                },
                {
                  key: "jknNumber",
                  type: "text",
                  label: t("Nomor kartu JKN/KIS (bila ada)", "JKN/KIS card number (if any)"),
                  pattern: "^[0-9]{13}$",
                  required: false,
                },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("familyCardScan", "Scan/foto Kartu Keluarga", "Scan/photo of the family card"),
            doc("headIdScan", "Scan/foto KTP-el kepala keluarga", "Scan/photo of the head of family's e-KTP"),
            doc("inpatientLetter", "Surat keterangan rawat inap", "Hospital inpatient letter", { visibleWhen: { field: "isInpatient", equals: "ya" } }),
          ],
        },
      ],
    },
  },
];
