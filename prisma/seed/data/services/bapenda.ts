/** Badan Pendapatan Daerah: property taxes (PBB-P2 and BPHTB). */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, t } from "./helpers";

export const LOCAL_TAX_LAW = [
  t(
    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
    "Law No. 1 of 2022 on Financial Relations between the Central Government and Regional Governments",
  ),
  t(
    "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah",
    "Government Regulation No. 35 of 2023 on General Provisions for Local Taxes and Levies",
  ),
  t("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Law No. 25 of 2009 on Public Services"),
  t(
    "Peraturan Daerah Kota Harapan Jaya Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah",
    "Harapan Jaya City Regional Regulation No. 1 of 2024 on Local Taxes and Levies",
  ),
  t(
    "Keputusan Kepala Badan Pendapatan Daerah Kota Harapan Jaya Nomor 900.1/009/2026 tentang Standar Pelayanan Pajak Daerah",
    "Decree of the Head of the Harapan Jaya City Regional Revenue Agency No. 900.1/009/2026 on Local Tax Service Standards",
  ),
];

export const BAPENDA_DECREE = "Keputusan Kepala Badan Pendapatan Daerah Kota Harapan Jaya Nomor 900.1/009/2026";

const NOP_FIELD = {
  key: "nop",
  type: "text" as const,
  label: t("Nomor Objek Pajak (NOP)", "Tax Object Number (NOP)"),
  help: t("18 digit angka, tertera pada SPPT PBB.", "18 digits, printed on the PBB tax bill (SPPT)."),
  pattern: "^[0-9]{18}$",
};

export const bapendaServices: SeedService[] = [
  {
    slug: "pelayanan-pbb-p2",
    agencyCode: "BAPENDA",
    categorySlug: "pajak-retribusi-daerah",
    nameId: "Pelayanan PBB-P2: Mutasi, Pembetulan, Keberatan, dan Salinan SPPT",
    nameEn: "Land and Building Tax (PBB-P2): Transfer, Correction, Objection and Bill Copies",
    summaryId:
      "Layanan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan: balik nama (mutasi) objek pajak, pemecahan atau penggabungan objek, pembetulan data SPPT, keberatan atas ketetapan, dan salinan SPPT. Pembayaran PBB-P2 sendiri dapat langsung dilakukan dengan NOP melalui bank dan kanal pembayaran elektronik tanpa permohonan.",
    summaryEn:
      "Services for the rural and urban land and building tax: transferring a tax object to a new owner, splitting or merging objects, correcting tax bill (SPPT) data, objecting to an assessment, and copies of the SPPT. Paying PBB-P2 itself needs no application: pay with the NOP at banks and electronic payment channels.",
    keywords:
      "pbb pbb-p2 pajak bumi dan bangunan sppt nop mutasi pbb balik nama pbb pecah pbb pemecahan keberatan pbb salinan sppt bayar pbb njop property tax land and building tax",
    decreeNumber: BAPENDA_DECREE,
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 10,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto KTP-el wajib pajak atau pemohon", "Scan/photo of the taxpayer's or applicant's e-KTP"),
        t("Scan/foto SPPT PBB-P2 tahun terakhir dari objek pajak", "Scan/photo of the latest PBB-P2 tax bill (SPPT) for the property"),
        t(
          "Mutasi, pemecahan, dan penggabungan: scan bukti peralihan atau kepemilikan hak (sertifikat, akta jual beli, akta hibah, atau surat keterangan waris)",
          "Transfer, splitting and merging: scan of the proof of transfer or ownership (land certificate, sale deed, gift deed or inheritance statement)",
        ),
        t("Bukti pelunasan PBB-P2 tahun terakhir untuk objek yang dimutasi", "Proof that the latest PBB-P2 has been paid for the property being transferred"),
        t(
          "Keberatan: alasan keberatan yang jelas beserta bukti pendukung, diajukan paling lama 3 bulan sejak SPPT diterima",
          "Objection: clear reasons with supporting evidence, filed within 3 months of receiving the SPPT",
        ),
      ],
      procedure: [
        t(
          "Pemohon memilih jenis layanan PBB-P2, mengisi NOP dan data perubahan, lalu mengunggah dokumen.",
          "Choose the type of PBB-P2 service, enter the NOP and the changes, and upload the documents.",
        ),
        t(
          "Petugas meneliti data objek dan subjek pajak; bila dokumen kurang, permohonan dikembalikan untuk dilengkapi.",
          "An officer reviews the property and taxpayer data; if a document is missing, the application is returned for completion.",
        ),
        t(
          "Untuk pemecahan, penggabungan, pembetulan luas, dan keberatan atas nilai, petugas dapat melakukan penelitian lapangan pada jadwal yang diberitahukan petugas kepada pemohon.",
          "For splitting, merging, area corrections and objections to the value, an officer may inspect the property at a time the officer tells you.",
        ),
        t(
          "Kepala Bapenda menerbitkan keputusan atau SPPT baru yang ditandatangani secara elektronik.",
          "The head of Bapenda issues the decision or the new SPPT with an electronic signature.",
        ),
        t(
          "Pemohon mengunduh hasil layanan berkode QR; SPPT baru dapat langsung dibayar dengan NOP yang tercantum.",
          "Download the result with its QR code; a new SPPT can be paid straight away with the NOP shown.",
        ),
      ],
      timeLimit: t(
        "Paling lama 10 (sepuluh) hari kerja sejak permohonan dinyatakan lengkap, termasuk penelitian lapangan bila diperlukan.",
        "At most 10 working days after the application is complete, including any field inspection.",
      ),
      fee: t(
        "Tidak dipungut biaya layanan (Rp0). PBB-P2 terutang tetap dibayar sesuai SPPT melalui kanal pembayaran resmi.",
        "No service fee (Rp0). The PBB-P2 owed is still paid as stated on the SPPT through the official payment channels.",
      ),
      output: t(
        "Sesuai jenis layanan: SPPT PBB-P2 atas nama pemilik baru atau dengan data yang dibetulkan, SPPT hasil pemecahan/penggabungan, Surat Keputusan Keberatan, atau salinan SPPT, berupa dokumen elektronik berkode QR.",
        "Depending on the request: a PBB-P2 SPPT in the new owner's name or with corrected data, SPPTs from splitting or merging, an objection decision, or a copy of the SPPT, as electronic documents with QR codes.",
      ),
      complaintHandling: complaintChannels("BAPENDA"),
      legalBasis: LOCAL_TAX_LAW,
      facilities: onlineFacilities([
        t("Peta objek pajak digital dan data NJOP per zona nilai tanah", "Digital tax object maps and assessed values per land value zone"),
        t("Pembayaran melalui bank, kantor pos, minimarket, dan dompet elektronik", "Payment through banks, post offices, convenience stores and e-wallets"),
      ]),
      staffCompetence: [
        t("Petugas pendataan dan penilai PBB-P2 yang terlatih", "Trained PBB-P2 data collectors and valuers"),
        t("Petugas peneliti keberatan yang memahami ketentuan pajak daerah", "Objection reviewers who know local tax rules"),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Pajak Bumi dan Bangunan", "Head of the Land and Building Tax Division")),
      staffCount: t(
        "10 orang: 4 petugas pelayanan, 4 petugas lapangan, dan 2 peneliti keberatan.",
        "10 staff: 4 service officers, 4 field officers and 2 objection reviewers.",
      ),
      serviceGuarantee: t(
        "Layanan PBB-P2 diselesaikan paling lama 10 hari kerja tanpa biaya; keberatan yang tidak diputuskan dalam batas waktu menurut peraturan dianggap dikabulkan.",
        "PBB-P2 requests are completed within 10 working days free of charge; an objection not decided within the statutory deadline is deemed granted.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t("Jumlah keberatan yang dikabulkan dianalisis untuk memperbaiki penilaian NJOP.", "Granted objections are analysed to improve property valuations."),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: applicant({ email: true, address: true }),
        },
        {
          key: "dataObjek",
          title: t("Jenis layanan dan objek pajak", "Request and tax object"),
          fields: [
            {
              key: "requestType",
              type: "select",
              label: t("Jenis layanan", "Type of request"),
              options: [
                { value: "mutasi", label: t("Mutasi/balik nama", "Transfer to a new owner") },
                { value: "pemecahan", label: t("Pemecahan objek pajak", "Split a tax object") },
                { value: "penggabungan", label: t("Penggabungan objek pajak", "Merge tax objects") },
                { value: "pembetulan", label: t("Pembetulan data SPPT", "Correct SPPT data") },
                { value: "keberatan", label: t("Keberatan atas ketetapan", "Object to an assessment") },
                { value: "salinan", label: t("Salinan SPPT", "Copy of the SPPT") },
              ],
            },
            NOP_FIELD,
            { key: "taxYear", type: "number", label: t("Tahun pajak", "Tax year"), integer: true, min: 2015, max: 2026 },
            {
              key: "newOwnerName",
              type: "text",
              label: t("Nama pemilik baru", "New owner's name"),
              maxLength: 120,
              visibleWhen: { field: "requestType", equals: "mutasi" },
            },
            { key: "newOwnerNik", type: "nik", label: t("NIK pemilik baru", "New owner's NIK"), visibleWhen: { field: "requestType", equals: "mutasi" } },
            {
              key: "splitParcels",
              type: "group",
              label: t("Rincian objek hasil pemecahan", "Objects after the split"),
              itemLabel: t("Objek baru", "New object"),
              minItems: 2,
              maxItems: 20,
              visibleWhen: { field: "requestType", equals: "pemecahan" },
              fields: [
                { key: "parcelOwner", type: "text", label: t("Nama wajib pajak", "Taxpayer name"), maxLength: 120 },
                { key: "parcelLandM2", type: "number", label: t("Luas tanah (m²)", "Land area (m²)"), min: 1 },
                { key: "parcelBuildingM2", type: "number", label: t("Luas bangunan (m²)", "Building area (m²)"), min: 0 },
              ],
            },
            {
              key: "mergedNops",
              type: "textarea",
              label: t("NOP yang akan digabung (satu per baris)", "NOPs to merge (one per line)"),
              maxLength: 1000,
              visibleWhen: { field: "requestType", equals: "penggabungan" },
            },
            {
              key: "correctionDetail",
              type: "textarea",
              label: t("Data yang perlu dibetulkan", "Data to correct"),
              maxLength: 1000,
              visibleWhen: { field: "requestType", equals: "pembetulan" },
            },
            {
              key: "objectionReason",
              type: "textarea",
              label: t("Alasan keberatan", "Reasons for the objection"),
              help: t("Sebutkan nilai atau luas yang menurut Anda benar beserta dasarnya.", "State the value or area you believe is correct and why."),
              maxLength: 2000,
              visibleWhen: { field: "requestType", equals: "keberatan" },
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("idCardScan", "Scan/foto KTP-el", "Scan/photo of the e-KTP"),
            doc("spptScan", "Scan/foto SPPT PBB-P2 terakhir", "Scan/photo of the latest SPPT"),
            doc("ownershipProof", "Bukti peralihan/kepemilikan hak", "Proof of transfer or ownership", {
              required: false,
              maxSizeMb: 5,
              help: t("Wajib untuk mutasi, pemecahan, dan penggabungan.", "Required for transfers, splits and merges."),
            }),
            doc("paymentProof", "Bukti pelunasan PBB-P2 tahun terakhir", "Proof of payment of the latest PBB-P2", {
              visibleWhen: { field: "requestType", equals: "mutasi" },
            }),
            doc("objectionEvidence", "Bukti pendukung keberatan", "Evidence supporting the objection", {
              visibleWhen: { field: "requestType", equals: "keberatan" },
              maxSizeMb: 5,
            }),
          ],
        },
      ],
    },
  },
  {
    slug: "validasi-bphtb",
    agencyCode: "BAPENDA",
    categorySlug: "pajak-retribusi-daerah",
    nameId: "Validasi Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
    nameEn: "Validation of Land and Building Acquisition Duty (BPHTB)",
    summaryId:
      "Penelitian dan validasi Surat Setoran Pajak Daerah (SSPD) BPHTB atas perolehan hak karena jual beli, hibah, waris, atau sebab lain, sebagai syarat penandatanganan akta oleh PPAT dan pendaftaran di Kantor Pertanahan. Dapat diajukan oleh wajib pajak atau PPAT/notaris.",
    summaryEn:
      "Review and validation of the BPHTB payment slip (SSPD) for property acquired by sale, gift, inheritance or other means, required before the land deed official (PPAT) signs the deed and the land office registers it. Can be filed by the taxpayer or the PPAT/notary.",
    keywords:
      "bphtb bea perolehan hak atas tanah dan bangunan validasi bphtb sspd pajak jual beli rumah pajak pembeli ppat notaris ajb balik nama sertifikat property transfer tax acquisition duty",
    decreeNumber: BAPENDA_DECREE,
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 3,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto KTP-el pihak yang memperoleh hak (wajib pajak)", "Scan/photo of the e-KTP of the person acquiring the property (taxpayer)"),
        t("Scan SSPD BPHTB yang telah diisi dan bukti pembayarannya", "Scan of the completed BPHTB payment slip (SSPD) and proof of payment"),
        t("Scan/foto SPPT PBB-P2 objek tahun berjalan", "Scan/photo of the current-year PBB-P2 SPPT for the property"),
        t("Scan sertifikat hak atas tanah atau dokumen tanah lainnya", "Scan of the land title certificate or other land document"),
        t(
          "Dokumen dasar perolehan: draf akta jual beli, akta hibah, surat keterangan waris, risalah lelang, atau putusan pengadilan",
          "The document behind the acquisition: draft sale deed, gift deed, inheritance statement, auction minutes or court ruling",
        ),
      ],
      procedure: [
        t(
          "Wajib pajak atau PPAT mengisi data perolehan, nilai transaksi, dan NOP, lalu membayar BPHTB terutang di bank persepsi yang ditunjuk Pemerintah Kota dengan Surat Setoran Pajak Daerah (SSPD); portal tidak menerbitkan kode pembayaran.",
          "The taxpayer or PPAT enters the acquisition details, transaction value and NOP, then pays the BPHTB owed at a bank appointed by the city government with the regional tax payment slip (SSPD); the portal does not issue a payment code.",
        ),
        t("Pemohon mengunggah SSPD, bukti bayar, dan dokumen pendukung.", "Upload the SSPD, proof of payment and supporting documents."),
        t(
          "Petugas meneliti kebenaran nilai perolehan dibandingkan NJOP dan nilai pasar; bila ada kekurangan bayar, permohonan dikembalikan dengan perhitungan kekurangan bayar, yang dibayar dengan cara yang sama lalu bukti bayarnya diunggah.",
          "An officer checks the declared value against the assessed and market values; if too little was paid, the application is returned with the calculation of the shortfall, which you pay the same way and then upload the receipt.",
        ),
        t(
          "Bila nilai transaksi diragukan, petugas dapat melakukan penelitian lapangan; pemohon diberi tahu melalui portal.",
          "If the transaction value is in doubt, an officer may inspect the property; you are told on the portal.",
        ),
        t(
          "SSPD BPHTB divalidasi secara elektronik dan dapat diunduh oleh wajib pajak dan PPAT.",
          "The SSPD is validated electronically and can be downloaded by the taxpayer and the PPAT.",
        ),
      ],
      timeLimit: t(
        "Paling lama 3 (tiga) hari kerja sejak permohonan lengkap dan BPHTB terutang dibayar, termasuk penelitian lapangan bila diperlukan.",
        "At most 3 working days after the application is complete and the BPHTB owed is paid, including any field inspection.",
      ),
      fee: t(
        "Tidak dipungut biaya validasi (Rp0). BPHTB terutang dihitung sendiri oleh wajib pajak: tarif 5% × (nilai perolehan objek pajak − nilai perolehan objek pajak tidak kena pajak sebesar Rp80.000.000; untuk waris dan hibah wasiat kepada keluarga sedarah berlaku nilai tidak kena pajak yang lebih tinggi), sesuai Peraturan Daerah Kota Harapan Jaya, dan dibayar di bank persepsi yang ditunjuk Pemerintah Kota dengan SSPD.",
        "No validation fee (Rp0). The BPHTB owed is self-assessed: a 5% rate × (acquisition value − the non-taxable acquisition value of Rp80,000,000; a higher non-taxable value applies to inheritances and testamentary gifts within the family), under the Harapan Jaya City regional regulation, paid at a bank appointed by the city government with the SSPD.",
      ),
      output: t(
        "SSPD BPHTB tervalidasi dengan nomor validasi dan kode QR, yang dapat diperiksa PPAT dan Kantor Pertanahan.",
        "A validated BPHTB payment slip (SSPD) with a validation number and QR code that the PPAT and the land office can check.",
      ),
      complaintHandling: complaintChannels("BAPENDA"),
      legalBasis: LOCAL_TAX_LAW,
      facilities: onlineFacilities([
        t("Akun khusus PPAT/notaris untuk mengajukan validasi atas nama klien", "Dedicated PPAT/notary accounts for filing validations on behalf of clients"),
        t("Integrasi status validasi dengan Kantor Pertanahan", "Validation status shared with the land office"),
      ]),
      staffCompetence: [t("Petugas peneliti BPHTB yang memahami penilaian properti", "BPHTB reviewers trained in property valuation")],
      internalSupervision: internalSupervision(t("Kepala Bidang Pajak Bumi dan Bangunan", "Head of the Land and Building Tax Division")),
      staffCount: t("5 orang peneliti BPHTB.", "5 BPHTB reviewers."),
      serviceGuarantee: t(
        "Validasi selesai paling lama 3 hari kerja setelah pembayaran, dengan perhitungan kekurangan bayar yang dijelaskan secara tertulis.",
        "Validation is completed within 3 working days of payment, and any shortfall is explained in writing.",
      ),
      securityGuarantee: securityGuarantee(
        t(
          "Nilai transaksi hanya dapat dilihat wajib pajak, PPAT yang ditunjuk, dan petugas peneliti.",
          "The transaction value is visible only to the taxpayer, the appointed PPAT and the reviewing officer.",
        ),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Selisih antara nilai yang dilaporkan dan nilai hasil penelitian dipantau per kawasan.",
          "Gaps between declared and reviewed values are monitored by area.",
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
              key: "applicantRole",
              type: "radio",
              label: t("Anda mengajukan sebagai", "You are filing as"),
              options: [
                { value: "wajibPajak", label: t("Wajib pajak (penerima hak)", "Taxpayer (person acquiring the property)") },
                { value: "ppat", label: t("PPAT/notaris atas nama wajib pajak", "PPAT/notary on the taxpayer's behalf") },
              ],
            },
            {
              key: "taxpayerName",
              type: "text",
              label: t("Nama wajib pajak", "Taxpayer's name"),
              maxLength: 120,
              visibleWhen: { field: "applicantRole", equals: "ppat" },
            },
            { key: "taxpayerNik", type: "nik", label: t("NIK wajib pajak", "Taxpayer's NIK"), visibleWhen: { field: "applicantRole", equals: "ppat" } },
            { key: "ppatOffice", type: "text", label: t("Nama kantor PPAT/notaris", "PPAT/notary office"), maxLength: 160, required: false },
          ],
        },
        {
          key: "dataPerolehan",
          title: t("Data perolehan hak", "Acquisition details"),
          fields: [
            {
              key: "acquisitionType",
              type: "select",
              label: t("Jenis perolehan", "Type of acquisition"),
              options: [
                { value: "jualBeli", label: t("Jual beli", "Sale") },
                { value: "hibah", label: t("Hibah", "Gift") },
                { value: "hibahWasiat", label: t("Hibah wasiat", "Testamentary gift") },
                { value: "waris", label: t("Waris", "Inheritance") },
                { value: "tukarMenukar", label: t("Tukar-menukar", "Exchange") },
                { value: "lelang", label: t("Risalah lelang", "Auction") },
                { value: "putusanHakim", label: t("Putusan pengadilan", "Court ruling") },
              ],
            },
            NOP_FIELD,
            { key: "propertyAddress", type: "address", label: t("Alamat objek", "Property address") },
            { key: "landAreaM2", type: "number", label: t("Luas tanah (m²)", "Land area (m²)"), min: 1 },
            { key: "buildingAreaM2", type: "number", label: t("Luas bangunan (m²)", "Building area (m²)"), min: 0 },
            {
              key: "transactionValue",
              type: "number",
              label: t("Nilai transaksi/nilai pasar (Rp)", "Transaction or market value (Rp)"),
              min: 0,
              integer: true,
            },
            { key: "paymentDate", type: "date", label: t("Tanggal pembayaran BPHTB", "BPHTB payment date"), notInFuture: true },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("taxpayerIdScan", "Scan/foto KTP-el wajib pajak", "Scan/photo of the taxpayer's e-KTP"),
            doc("sspdAndPayment", "Scan SSPD BPHTB dan bukti pembayaran", "Scan of the SSPD and proof of payment", { pdfOnly: true }),
            doc("spptScan", "Scan/foto SPPT PBB-P2 tahun berjalan", "Scan/photo of the current-year SPPT"),
            doc("landTitleScan", "Scan sertifikat/dokumen tanah", "Scan of the land title or land document", { maxSizeMb: 5 }),
            doc(
              "acquisitionDocument",
              "Dokumen dasar perolehan (draf akta, surat waris, dan sebagainya)",
              "Document behind the acquisition (draft deed, inheritance statement, etc.)",
              {
                pdfOnly: true,
                maxSizeMb: 5,
              },
            ),
          ],
        },
      ],
    },
  },
];
