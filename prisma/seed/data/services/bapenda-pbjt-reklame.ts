/** Badan Pendapatan Daerah: business taxes (advertisement tax, food and beverage tax). */
import type { SeedService } from "../../types";
import { BAPENDA_DECREE, LOCAL_TAX_LAW } from "./bapenda";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, t, yesNoOptions } from "./helpers";

export const bapendaBusinessTaxServices: SeedService[] = [
  {
    slug: "pajak-reklame",
    agencyCode: "BAPENDA",
    categorySlug: "pajak-retribusi-daerah",
    nameId: "Pendaftaran dan Penetapan Pajak Reklame",
    nameEn: "Advertisement Tax Registration and Assessment",
    summaryId:
      "Pendaftaran reklame (papan nama usaha, billboard, spanduk, stiker, atau reklame kendaraan) dan penetapan pajak reklame terutang. Pendirian konstruksi reklame besar tetap memerlukan persetujuan bangunan dari instansi teknis.",
    summaryEn:
      "Registration of advertisements (shop signs, billboards, banners, stickers or vehicle advertising) and assessment of the advertisement tax owed. Erecting a large billboard structure still needs building approval from the technical agency.",
    keywords:
      "pajak reklame reklame papan nama billboard baliho spanduk umbul-umbul neon box stiker iklan pasang iklan skpd reklame advertisement tax billboard tax signage",
    decreeNumber: BAPENDA_DECREE,
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 5,
    feeAmount: 0,
    standard: {
      requirements: [
        t(
          "Scan/foto KTP-el penanggung jawab dan NIB bila pemohon badan usaha",
          "Scan/photo of the responsible person's e-KTP, and the NIB if the applicant is a business",
        ),
        t("Desain atau foto materi reklame", "Design or photo of the advertisement"),
        t("Foto lokasi pemasangan beserta titik koordinat", "Photo of the installation site with its coordinates"),
        t(
          "Surat persetujuan pemilik lahan/bangunan tempat reklame dipasang, bila bukan milik sendiri",
          "Consent from the owner of the land or building where the advertisement is placed, if it is not your own",
        ),
        t("Untuk reklame dengan konstruksi: nomor PBG konstruksi reklame", "For advertisements with a structure: the PBG number for the structure"),
      ],
      procedure: [
        t(
          "Pemohon mengisi data reklame per titik: jenis, ukuran, jumlah sisi, lokasi, dan masa pemasangan.",
          "Enter the details for each advertisement: type, size, number of faces, location and display period.",
        ),
        t(
          "Petugas memeriksa data dan kesesuaian lokasi dengan ketentuan penyelenggaraan reklame; bila kurang, permohonan dikembalikan.",
          "An officer checks the data and whether the location is allowed for advertising; if anything is missing, the application is returned.",
        ),
        t("Petugas dapat meninjau lokasi untuk memastikan ukuran dan posisi reklame.", "An officer may visit the site to confirm the size and position."),
        t(
          "Setelah data dinyatakan sesuai, portal menghitung pajak dari data reklame yang telah diperiksa dan menerbitkan tagihannya beserta rincian perhitungan, dibayar melalui virtual account atau QRIS pada halaman tagihan.",
          "Once the details are confirmed, the portal computes the tax from the checked advertisement details and issues its bill with the calculation, paid by virtual account or QRIS on the bill page.",
        ),
        t(
          "Setelah pajak dibayar, pemohon mengunduh bukti bayar elektronik dan SKPD Pajak Reklame elektronik berkode QR; siapa pun dapat memeriksa kode QR itu di halaman verifikasi portal.",
          "Once the tax is paid, download the electronic payment receipt and the electronic SKPD with its QR code, which anyone can check on the portal's verification page.",
        ),
      ],
      timeLimit: t(
        "Paling lama 5 (lima) hari kerja sejak permohonan dinyatakan lengkap sampai SKPD terbit, tidak termasuk waktu pembayaran pajak oleh wajib pajak.",
        "At most 5 working days from a complete application to the SKPD, not counting the time the taxpayer takes to pay the tax.",
      ),
      fee: t(
        "Tidak dipungut biaya layanan (Rp0). Pajak reklame = 25% × nilai sewa reklame, sesuai Peraturan Daerah Kota Harapan Jaya tentang Pajak Daerah dan Retribusi Daerah. Nilai sewa dijumlahkan per reklame: lebar × tinggi (m²) × jumlah sisi × lama pemasangan (bulan) × tarif dasar per m² per bulan menurut jenis (papan/billboard Rp25.000; kain Rp15.000; stiker Rp10.000; kendaraan Rp20.000) × indeks kelas jalan (utama 1,5; kolektor 1,2; lingkungan 1). Hasilnya dibulatkan ke rupiah terdekat. Tagihannya terbit di portal setelah pemeriksaan petugas; tidak ada pungutan lain.",
        "No service fee (Rp0). Advertisement tax = 25% × the advertisement rental value, under the Harapan Jaya City Regional Regulation on Local Taxes and Levies. The rental value is summed per advertisement: width × height (m²) × number of faces × display period (months) × the base rate per m² per month by type (board/billboard Rp25,000; fabric Rp15,000; sticker Rp10,000; vehicle Rp20,000) × the road-class index (main 1.5; collector 1.2; local 1). The result is rounded to the nearest rupiah. Its bill is issued on the portal after the officer's check; there are no other charges.",
      ),
      feeRule: {
        computation: {
          kind: "formula",
          label: t("Pajak Reklame", "Advertisement tax"),
          expression: "sum(advertisements, widthM * heightM * faces * durationMonths * baseRate * roadIndex) * taxRate",
          constants: { taxRate: "0.25" },
          lookups: {
            baseRate: { field: "adType", values: { papan: "25000", kain: "15000", melekat: "10000", kendaraan: "20000" } },
            roadIndex: { field: "roadClass", values: { utama: "1.5", kolektor: "1.2", lingkungan: "1" } },
          },
          rounding: { mode: "nearest", step: 1 },
        },
        trigger: "verification",
        legalBasis: t(
          "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah (tarif Pajak Reklame paling tinggi 25%); Peraturan Daerah Kota Harapan Jaya Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah",
          "Law No. 1 of 2022 on Financial Relations between the Central Government and Regional Governments (advertisement tax at most 25%); Harapan Jaya City Regional Regulation No. 1 of 2024 on Local Taxes and Levies",
        ),
        validDays: 30,
      },
      output: t(
        "Surat Ketetapan Pajak Daerah (SKPD) Pajak Reklame elektronik bertanda tangan elektronik dan berkode QR.",
        "An electronically signed advertisement tax assessment (SKPD) with a QR code.",
      ),
      complaintHandling: complaintChannels("BAPENDA"),
      legalBasis: LOCAL_TAX_LAW,
      facilities: onlineFacilities([
        t("Rincian perhitungan pajak per reklame pada halaman tagihan", "The tax calculation for each advertisement on the bill page"),
      ]),
      staffCompetence: [
        t("Petugas penetapan pajak yang memahami tabel nilai sewa reklame", "Assessment officers who know the advertisement rental value tables"),
      ],
      internalSupervision: internalSupervision(t("Kepala Bidang Pajak Daerah Lainnya", "Head of the Other Local Taxes Division")),
      staffCount: t("4 orang: 2 petugas penetapan dan 2 petugas lapangan.", "4 staff: 2 assessment officers and 2 field officers."),
      serviceGuarantee: t(
        "SKPD terbit paling lama 5 hari kerja, dengan perhitungan pajak yang dapat diperiksa sendiri oleh wajib pajak.",
        "The SKPD is issued within 5 working days, with a tax calculation the taxpayer can check.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Reklame yang ditemukan saat patroli dicocokkan dengan data pendaftaran dan SKPD setiap bulan.",
          "Advertisements found on patrols are checked against registrations and assessments every month.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataWajibPajak",
          title: t("Data wajib pajak", "Taxpayer details"),
          fields: [
            ...applicant({ email: true, address: true }),
            {
              key: "companyName",
              type: "text",
              label: t("Nama usaha/perusahaan (bila ada)", "Business or company name (if any)"),
              maxLength: 160,
              required: false,
            },
          ],
        },
        {
          key: "dataReklame",
          title: t("Data reklame", "Advertisement details"),
          fields: [
            {
              key: "advertisements",
              type: "group",
              label: t("Daftar reklame", "Advertisements"),
              itemLabel: t("Reklame", "Advertisement"),
              minItems: 1,
              maxItems: 20,
              fields: [
                {
                  key: "adType",
                  type: "select",
                  label: t("Jenis reklame", "Type"),
                  options: [
                    { value: "papan", label: t("Papan/billboard/neon box", "Board, billboard or light box") },
                    { value: "kain", label: t("Kain (spanduk, umbul-umbul)", "Fabric (banner, pennant)") },
                    { value: "melekat", label: t("Melekat/stiker", "Sticker") },
                    { value: "kendaraan", label: t("Reklame pada kendaraan", "Vehicle advertising") },
                  ],
                },
                { key: "adText", type: "text", label: t("Naskah/tema reklame", "Wording or theme"), maxLength: 160 },
                { key: "widthM", type: "number", label: t("Lebar (m)", "Width (m)"), min: 0.1 },
                { key: "heightM", type: "number", label: t("Tinggi (m)", "Height (m)"), min: 0.1 },
                { key: "faces", type: "number", label: t("Jumlah sisi", "Number of faces"), integer: true, min: 1, max: 4 },
                { key: "location", type: "text", label: t("Lokasi pemasangan", "Location"), maxLength: 200 },
                {
                  key: "roadClass",
                  type: "select",
                  label: t("Kelas jalan lokasi", "Road class of the location"),
                  options: [
                    { value: "utama", label: t("Jalan utama (arteri)", "Main road (arterial)") },
                    { value: "kolektor", label: t("Jalan kolektor", "Collector road") },
                    { value: "lingkungan", label: t("Jalan lingkungan", "Local road") },
                  ],
                },
                { key: "startDate", type: "date", label: t("Mulai dipasang", "Display from") },
                {
                  key: "durationMonths",
                  type: "number",
                  label: t("Lama pemasangan (bulan)", "Display period (months)"),
                  integer: true,
                  min: 1,
                  max: 12,
                },
              ],
            },
            {
              key: "hasStructure",
              type: "radio",
              label: t("Apakah reklame memakai konstruksi tersendiri?", "Does the advertisement use its own structure?"),
              options: yesNoOptions,
            },
            {
              key: "structurePbgNumber",
              type: "text",
              label: t("Nomor PBG konstruksi reklame", "PBG number for the structure"),
              maxLength: 60,
              visibleWhen: { field: "hasStructure", equals: "ya" },
            },
            {
              key: "ownSite",
              type: "radio",
              label: t("Dipasang di lahan/bangunan milik sendiri?", "Is it placed on your own land or building?"),
              options: yesNoOptions,
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("idCardScan", "Scan/foto KTP-el penanggung jawab", "Scan/photo of the responsible person's e-KTP"),
            doc("nibScan", "Scan NIB (untuk badan usaha)", "Scan of the NIB (for businesses)", { required: false }),
            doc("adDesign", "Desain/foto materi reklame", "Design or photo of the advertisement", { maxSizeMb: 5 }),
            doc("sitePhoto", "Foto lokasi pemasangan", "Photo of the installation site", { imageOnly: true, maxSizeMb: 5 }),
            doc("siteOwnerConsent", "Surat persetujuan pemilik lahan/bangunan", "Consent from the site owner", {
              visibleWhen: { field: "ownSite", equals: "tidak" },
            }),
          ],
        },
      ],
    },
  },
  {
    slug: "pendaftaran-pajak-restoran",
    agencyCode: "BAPENDA",
    categorySlug: "pajak-retribusi-daerah",
    nameId: "Pendaftaran Wajib Pajak Restoran (PBJT Makanan dan/atau Minuman)",
    nameEn: "Restaurant Tax Registration (Tax on Food and Beverage Sales)",
    summaryId:
      "Pendaftaran usaha restoran, rumah makan, kafe, kedai, dan jasa boga sebagai wajib Pajak Barang dan Jasa Tertentu (PBJT) atas makanan dan/atau minuman, yang sebelumnya dikenal sebagai pajak restoran, untuk memperoleh Nomor Pokok Wajib Pajak Daerah (NPWPD).",
    summaryEn:
      "Registration of restaurants, eateries, cafés, food stalls and caterers as payers of the tax on specific goods and services (PBJT) for food and beverages, formerly known as the restaurant tax, to obtain a regional taxpayer number (NPWPD).",
    keywords:
      "pajak restoran pbjt pajak barang dan jasa tertentu makanan minuman npwpd rumah makan kafe cafe kedai katering pajak 10 persen restaurant tax food and beverage tax",
    decreeNumber: BAPENDA_DECREE,
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 3,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto KTP-el pemilik atau penanggung jawab usaha", "Scan/photo of the owner's or manager's e-KTP"),
        t("Scan Nomor Induk Berusaha (NIB)", "Scan of the Business Identification Number (NIB)"),
        t("Foto tempat usaha tampak depan dan ruang makan", "Photos of the front of the premises and the dining area"),
        t("Daftar menu beserta harga", "Menu with prices"),
        t(
          "Perkiraan peredaran usaha per bulan; pendaftaran wajib bila melebihi batas yang ditetapkan Peraturan Daerah Kota Harapan Jaya (Rp5.000.000 per bulan)",
          "Estimated monthly turnover; registration is mandatory above the threshold in the Harapan Jaya City regional regulation (Rp5,000,000 per month)",
        ),
      ],
      procedure: [
        t(
          "Pemilik usaha mengisi data usaha, perkiraan omzet, dan sistem kasir, lalu mengunggah dokumen.",
          "Enter the business details, estimated turnover and till system, and upload the documents.",
        ),
        t(
          "Petugas memeriksa data; bila kurang, permohonan dikembalikan untuk dilengkapi.",
          "An officer checks the data; if anything is missing, the application is returned for completion.",
        ),
        t(
          "Petugas dapat melakukan verifikasi lapangan singkat untuk memastikan kapasitas dan kegiatan usaha.",
          "An officer may make a short site visit to confirm the capacity and activity of the business.",
        ),
        t(
          "Bapenda menerbitkan NPWPD secara elektronik beserta panduan pelaporan dan pembayaran bulanan.",
          "Bapenda issues the NPWPD electronically with a guide to monthly reporting and payment.",
        ),
        t(
          "Wajib pajak mengunduh NPWPD berkode QR dan mulai melaporkan pajak setiap bulan kepada Bapenda sesuai panduan; pelaporan bulanan tidak dilakukan melalui portal.",
          "Download the NPWPD with its QR code and start filing monthly tax returns with Bapenda as the guide explains; monthly returns are not filed through the portal.",
        ),
      ],
      timeLimit: t("Paling lama 3 (tiga) hari kerja sejak permohonan dinyatakan lengkap.", "At most 3 working days after the application is complete."),
      fee: t(
        "Tidak dipungut biaya pendaftaran (Rp0). Setelah terdaftar, PBJT makanan dan/atau minuman sebesar 10% dari pembayaran konsumen dipungut dari konsumen dan disetor setiap bulan.",
        "No registration fee (Rp0). Once registered, the 10% food and beverage tax is collected from customers on their bills and paid over every month.",
      ),
      output: t(
        "Nomor Pokok Wajib Pajak Daerah (NPWPD) dan kartu NPWPD elektronik berkode QR.",
        "A regional taxpayer number (NPWPD) and an electronic NPWPD card with a QR code.",
      ),
      complaintHandling: complaintChannels("BAPENDA"),
      legalBasis: LOCAL_TAX_LAW,
      facilities: onlineFacilities([
        t("Pelaporan dan pembayaran pajak bulanan secara daring", "Online monthly tax filing and payment"),
        t(
          "Perangkat perekam transaksi yang dapat dipinjamkan kepada wajib pajak tanpa biaya",
          "Transaction recording devices lent to taxpayers free of charge",
        ),
      ]),
      staffCompetence: [t("Petugas pendaftaran dan pendataan wajib pajak daerah", "Regional taxpayer registration and data officers")],
      internalSupervision: internalSupervision(t("Kepala Bidang Pajak Daerah Lainnya", "Head of the Other Local Taxes Division")),
      staffCount: t("3 orang petugas pendaftaran dan 2 petugas lapangan.", "3 registration officers and 2 field officers."),
      serviceGuarantee: t(
        "NPWPD terbit paling lama 3 hari kerja tanpa biaya, dan pendampingan pelaporan bulan pertama diberikan kepada wajib pajak baru.",
        "The NPWPD is issued within 3 working days free of charge, and new taxpayers get help with their first monthly return.",
      ),
      securityGuarantee: securityGuarantee(
        t("Data omzet wajib pajak dirahasiakan sesuai ketentuan kerahasiaan perpajakan.", "Turnover data is kept confidential under tax secrecy rules."),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Kepatuhan pelaporan bulanan wajib pajak baru dipantau selama enam bulan pertama.",
          "New taxpayers' monthly filing compliance is monitored for their first six months.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemilik",
          title: t("Data pemilik/penanggung jawab", "Owner or manager"),
          fields: applicant({ email: true, address: true }),
        },
        {
          key: "dataUsaha",
          title: t("Data usaha", "Business details"),
          fields: [
            { key: "businessName", type: "text", label: t("Nama usaha", "Business name"), maxLength: 160 },
            { key: "nibNumber", type: "text", label: t("NIB", "NIB"), pattern: "^[0-9]{13}$" },
            {
              key: "outletType",
              type: "select",
              label: t("Jenis usaha", "Type of outlet"),
              options: [
                { value: "restoran", label: t("Restoran", "Restaurant") },
                { value: "rumahMakan", label: t("Rumah makan", "Eatery") },
                { value: "kafe", label: t("Kafe/kedai kopi", "Café or coffee shop") },
                { value: "jasaBoga", label: t("Jasa boga/katering", "Caterer") },
                { value: "lainnya", label: t("Lainnya", "Other") },
              ],
            },
            { key: "outletAddress", type: "address", label: t("Alamat tempat usaha", "Outlet address") },
            { key: "seatCount", type: "number", label: t("Jumlah kursi", "Number of seats"), integer: true, min: 0 },
            { key: "openingHours", type: "text", label: t("Jam buka", "Opening hours"), maxLength: 80 },
            { key: "monthlyTurnover", type: "number", label: t("Perkiraan omzet per bulan (Rp)", "Estimated monthly turnover (Rp)"), integer: true, min: 0 },
            { key: "operatingSince", type: "date", label: t("Mulai beroperasi", "Operating since"), notInFuture: true },
            { key: "usesPos", type: "radio", label: t("Menggunakan aplikasi kasir (POS)?", "Do you use a point-of-sale (POS) system?"), options: yesNoOptions },
            {
              key: "posProvider",
              type: "text",
              label: t("Nama aplikasi kasir", "POS system name"),
              maxLength: 80,
              visibleWhen: { field: "usesPos", equals: "ya" },
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("ownerIdScan", "Scan/foto KTP-el", "Scan/photo of the e-KTP"),
            doc("nibScan", "Scan NIB", "Scan of the NIB", { pdfOnly: true }),
            doc("outletPhotos", "Foto tampak depan dan ruang makan", "Photos of the front and dining area", { maxSizeMb: 5 }),
            doc("menuWithPrices", "Daftar menu dan harga", "Menu with prices", { maxSizeMb: 5 }),
          ],
        },
      ],
    },
  },
];
