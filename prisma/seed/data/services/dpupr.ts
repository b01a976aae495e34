/** Dinas Pekerjaan Umum dan Penataan Ruang: buildings and spatial planning. */
import type { SeedService } from "../../types";
import { applicant, complaintChannels, doc, internalSupervision, onlineFacilities, performanceEvaluation, securityGuarantee, t } from "./helpers";

const BUILDING_LAW = [
  t(
    "Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023 tentang Cipta Kerja",
    "Law No. 28 of 2002 on Buildings, as amended by Law No. 6 of 2023 on Job Creation",
  ),
  t("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Law No. 25 of 2009 on Public Services"),
  t(
    "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung",
    "Government Regulation No. 16 of 2021 implementing Law No. 28 of 2002 on Buildings",
  ),
];

const SPATIAL_LAW = [
  t("Undang-Undang Nomor 26 Tahun 2007 tentang Penataan Ruang", "Law No. 26 of 2007 on Spatial Planning"),
  t("Peraturan Pemerintah Nomor 21 Tahun 2021 tentang Penyelenggaraan Penataan Ruang", "Government Regulation No. 21 of 2021 on Spatial Planning"),
  t(
    "Peraturan Daerah Kota Harapan Jaya Nomor 3 Tahun 2022 tentang Rencana Tata Ruang Wilayah Kota Harapan Jaya Tahun 2022–2042",
    "Harapan Jaya City Regional Regulation No. 3 of 2022 on the City Spatial Plan 2022–2042",
  ),
];

const LOCAL_DECREE = t(
  "Keputusan Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Harapan Jaya Nomor 600.1/021/2026 tentang Standar Pelayanan Bangunan Gedung dan Penataan Ruang",
  "Decree of the Head of the Harapan Jaya City Public Works and Spatial Planning Office No. 600.1/021/2026 on Building and Spatial Planning Service Standards",
);

const SUPERVISOR = t("Kepala Bidang Bangunan Gedung dan Penataan Ruang", "Head of the Buildings and Spatial Planning Division");

const BUILDING_FUNCTION_OPTIONS = [
  { value: "hunian", label: t("Hunian (rumah tinggal)", "Residential (dwelling)") },
  { value: "usaha", label: t("Usaha (toko, kantor, gudang)", "Business (shop, office, warehouse)") },
  { value: "keagamaan", label: t("Keagamaan", "Religious") },
  { value: "sosialBudaya", label: t("Sosial dan budaya (sekolah, klinik)", "Social and cultural (school, clinic)") },
  { value: "campuran", label: t("Campuran", "Mixed use") },
];

export const dpuprServices: SeedService[] = [
  {
    slug: "persetujuan-bangunan-gedung",
    agencyCode: "DPUPR",
    categorySlug: "bangunan-tata-ruang",
    nameId: "Persetujuan Bangunan Gedung (PBG)",
    nameEn: "Building Approval (PBG)",
    summaryId:
      "Persetujuan untuk membangun baru, mengubah, memperluas, atau merawat bangunan gedung sesuai standar teknis, pengganti Izin Mendirikan Bangunan (IMB). Permohonan dari portal ini diteruskan ke Sistem Informasi Manajemen Bangunan Gedung (SIMBG).",
    summaryEn:
      "Approval to construct, alter, extend or maintain a building in line with technical standards; it replaces the former building permit (IMB). Applications from this portal are forwarded to the national building management system (SIMBG).",
    keywords:
      "pbg persetujuan bangunan gedung imb izin mendirikan bangunan izin bangun rumah simbg renovasi gambar rumah retribusi pbg building permit building approval construction permit",
    decreeNumber: "Keputusan Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Harapan Jaya Nomor 600.1/021/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 28,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto KTP-el pemilik bangunan", "Scan/photo of the building owner's e-KTP"),
        t(
          "Scan sertifikat hak atas tanah atau bukti penguasaan tanah lain; bila tanah bukan milik sendiri, perjanjian pemanfaatan tanah dengan pemegang hak",
          "Scan of the land title certificate or other proof of land control; if you do not own the land, a land use agreement with the title holder",
        ),
        t(
          "Keterangan Rencana Kota (KRK) atau konfirmasi Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR) untuk lokasi bangunan",
          "A City Planning Statement (KRK) or spatial use conformity confirmation (KKPR) for the site",
        ),
        t(
          "Dokumen rencana teknis dalam format PDF: gambar arsitektur, struktur, dan utilitas (mekanikal, elektrikal, dan plambing); rumah tinggal sederhana dapat memakai desain prototipe dari SIMBG",
          "Technical design documents in PDF: architectural, structural and services (mechanical, electrical and plumbing) drawings; simple houses may use a prototype design from SIMBG",
        ),
        t(
          "Untuk bangunan selain rumah tinggal sederhana: data perencana yang memiliki sertifikat kompetensi kerja",
          "For buildings other than simple houses: details of designers holding professional competence certificates",
        ),
      ],
      procedure: [
        t(
          "Pemohon mengisi data bangunan dan mengunggah dokumen; portal meneruskan data ke SIMBG dan pemohon menerima nomor registrasi.",
          "Enter the building details and upload the documents; the portal forwards them to SIMBG and you receive a registration number.",
        ),
        t(
          "Petugas memeriksa kelengkapan administrasi; bila kurang, permohonan dikembalikan untuk dilengkapi.",
          "An officer checks the administrative documents; if anything is missing, the application is returned for completion.",
        ),
        t(
          "Tim Profesi Ahli (TPA) atau Tim Penilai Teknis (TPT) memeriksa pemenuhan standar teknis dalam sidang konsultasi daring bersama pemohon atau perencana; petugas dapat meninjau lokasi bila diperlukan.",
          "The expert panel (TPA) or technical assessment team (TPT) checks compliance with technical standards in an online consultation with you or your designer; an officer may visit the site if needed.",
        ),
        t(
          "Bila rencana teknis perlu diubah, permohonan dikembalikan dengan berita acara konsultasi; pemohon mengunggah gambar perbaikan.",
          "If the design needs changes, the application is returned with the consultation minutes; upload the revised drawings.",
        ),
        t(
          "Setelah dinyatakan memenuhi standar teknis, portal menghitung retribusi dari data bangunan yang telah diperiksa dan menerbitkan tagihannya, dibayar melalui virtual account atau QRIS pada halaman tagihan; PBG diproses lanjut setelah pembayaran diterima.",
          "Once the design is found compliant, the portal computes the levy from the checked building data and issues its bill, paid by virtual account or QRIS on the bill page; the PBG proceeds once the payment is received.",
        ),
        t(
          "PBG beserta lampiran gambar yang disahkan terbit secara elektronik dan dapat diunduh di portal.",
          "The PBG and the approved drawings are issued electronically and can be downloaded on the portal.",
        ),
      ],
      timeLimit: t(
        "Paling lama 28 (dua puluh delapan) hari kerja sejak dokumen dinyatakan lengkap sampai PBG terbit, tidak termasuk waktu perbaikan rencana teknis oleh pemohon dan waktu pembayaran retribusi.",
        "At most 28 working days from complete documents to the PBG, not counting time spent by the applicant revising the design or paying the levy.",
      ),
      fee: t(
        "Tidak ada biaya permohonan (Rp0). Retribusi PBG dihitung per bangunan dengan rumus: luas total lantai × indeks lokalitas (0,5%) × standar harga satuan tertinggi (SHST, Rp5.000.000/m²) × indeks fungsi bangunan (hunian 0,15; usaha 0,7; keagamaan 0; sosial dan budaya 0,3; campuran 0,6) × indeks jumlah lantai (1 ditambah 0,05 untuk setiap lantai di atas lantai pertama), dibulatkan ke bawah ke ratusan rupiah, sesuai Peraturan Daerah Kota Harapan Jaya tentang Pajak Daerah dan Retribusi Daerah. Tagihannya terbit di portal setelah pemeriksaan teknis; tidak ada pungutan lain.",
        "No application fee (Rp0). The PBG levy is computed per building with the formula: total floor area × locality index (0.5%) × maximum unit building cost (SHST, Rp5,000,000/m²) × building-function index (residential 0.15; business 0.7; religious 0; social and cultural 0.3; mixed use 0.6) × floor-count index (1 plus 0.05 for each floor above the first), rounded down to the hundred rupiah, under the Harapan Jaya City Regional Regulation on Local Taxes and Levies. Its bill is issued on the portal after the technical review; there are no other charges.",
      ),
      feeRule: {
        computation: {
          kind: "formula",
          label: t("Retribusi Persetujuan Bangunan Gedung", "Building approval (PBG) levy"),
          expression: "floorAreaM2 * localityIndex * shst * functionIndex * (1 + floorStep * (floorCount - 1))",
          constants: { localityIndex: "0.005", shst: "5000000", floorStep: "0.05" },
          lookups: {
            functionIndex: { field: "buildingFunction", values: { hunian: "0.15", usaha: "0.7", keagamaan: "0", sosialBudaya: "0.3", campuran: "0.6" } },
          },
          rounding: { mode: "down", step: 100 },
        },
        trigger: "verification",
        legalBasis: t(
          "Peraturan Daerah Kota Harapan Jaya tentang Pajak Daerah dan Retribusi Daerah; Peraturan Pemerintah Nomor 16 Tahun 2021",
          "Harapan Jaya City Regional Regulation on Local Taxes and Levies; Government Regulation No. 16 of 2021",
        ),
        validDays: 14,
      },
      output: t(
        "Persetujuan Bangunan Gedung (PBG) elektronik beserta gambar rencana teknis yang disahkan dan nomor registrasi SIMBG.",
        "An electronic Building Approval (PBG) with the approved design drawings and a SIMBG registration number.",
      ),
      complaintHandling: complaintChannels("DPUPR"),
      legalBasis: [
        ...BUILDING_LAW,
        t(
          "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
          "Law No. 1 of 2022 on Financial Relations between the Central Government and Regional Governments",
        ),
        t(
          "Peraturan Daerah Kota Harapan Jaya Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah",
          "Harapan Jaya City Regional Regulation No. 1 of 2024 on Local Taxes and Levies",
        ),
        LOCAL_DECREE,
      ],
      facilities: onlineFacilities([
        t("Integrasi dengan SIMBG Kementerian Pekerjaan Umum", "Integration with the Ministry of Public Works' SIMBG system"),
        t("Ruang sidang konsultasi daring untuk TPA/TPT", "Online consultation rooms for the expert and technical panels"),
        t("Katalog desain prototipe rumah tinggal sederhana", "A catalogue of prototype designs for simple houses"),
      ]),
      staffCompetence: [
        t(
          "Tim Profesi Ahli dan Tim Penilai Teknis bersertifikat di bidang arsitektur, struktur, dan utilitas",
          "Certified expert and technical panels in architecture, structure and building services",
        ),
        t("Petugas administrasi yang menguasai SIMBG", "Administrative officers proficient in SIMBG"),
      ],
      internalSupervision: internalSupervision(SUPERVISOR, [
        t("Pemantauan tahapan permohonan pada dasbor SIMBG", "Monitoring of application stages on the SIMBG dashboard"),
      ]),
      staffCount: t(
        "14 orang: 4 petugas administrasi, 2 petugas lapangan, dan 8 anggota TPA/TPT.",
        "14 people: 4 administrative officers, 2 field officers and 8 members of the expert and technical panels.",
      ),
      serviceGuarantee: t(
        "PBG terbit paling lama 28 hari kerja setelah dokumen lengkap, dengan retribusi yang dihitung secara terbuka sesuai rumus dan tidak ada pungutan di luar SKRD.",
        "The PBG is issued within 28 working days of complete documents, with the levy computed openly by formula and no charges outside the SKRD.",
      ),
      securityGuarantee: securityGuarantee(
        t("Gambar teknis hanya dibagikan kepada TPA/TPT yang ditugaskan.", "Technical drawings are shared only with the assigned expert and technical panels."),
      ),
      performanceEvaluation: performanceEvaluation(
        t(
          "Rata-rata jumlah putaran perbaikan rencana teknis per permohonan dipantau untuk memperbaiki panduan desain.",
          "The average number of design revision rounds per application is tracked to improve design guidance.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemilik",
          title: t("Data pemilik bangunan", "Building owner"),
          fields: applicant({ email: true, address: true }),
        },
        {
          key: "dataBangunan",
          title: t("Data tanah dan bangunan", "Land and building details"),
          fields: [
            {
              key: "workType",
              type: "select",
              label: t("Jenis pekerjaan", "Type of work"),
              options: [
                { value: "baru", label: t("Bangunan baru", "New building") },
                { value: "perubahan", label: t("Perubahan atau perluasan", "Alteration or extension") },
                { value: "perawatan", label: t("Perawatan dengan perubahan struktur", "Maintenance affecting the structure") },
              ],
            },
            { key: "buildingFunction", type: "select", label: t("Fungsi bangunan", "Building function"), options: BUILDING_FUNCTION_OPTIONS },
            {
              key: "designType",
              type: "radio",
              label: t("Jenis desain", "Design type"),
              options: [
                { value: "prototipe", label: t("Desain prototipe rumah tinggal sederhana dari SIMBG", "SIMBG prototype design for a simple house") },
                { value: "perencana", label: t("Desain oleh perencana bersertifikat", "Design by certified designers") },
              ],
            },
            { key: "siteAddress", type: "address", label: t("Alamat lokasi bangunan", "Building site address") },
            { key: "landTitleNumber", type: "text", label: t("Nomor sertifikat hak atas tanah", "Land title certificate number"), maxLength: 40 },
            {
              key: "landOwnership",
              type: "radio",
              label: t("Status tanah", "Land status"),
              options: [
                { value: "milikSendiri", label: t("Milik sendiri", "Owned by the applicant") },
                { value: "pihakLain", label: t("Milik pihak lain", "Owned by someone else") },
              ],
            },
            { key: "landAreaM2", type: "number", label: t("Luas tanah (m²)", "Land area (m²)"), min: 1 },
            { key: "floorAreaM2", type: "number", label: t("Luas total lantai bangunan (m²)", "Total floor area (m²)"), min: 1 },
            { key: "floorCount", type: "number", label: t("Jumlah lantai", "Number of floors"), integer: true, min: 1, max: 60 },
            {
              key: "designers",
              type: "group",
              label: t("Tim perencana", "Design team"),
              itemLabel: t("Perencana", "Designer"),
              minItems: 1,
              maxItems: 6,
              visibleWhen: { field: "designType", equals: "perencana" },
              fields: [
                { key: "designerName", type: "text", label: t("Nama perencana", "Designer name"), maxLength: 120 },
                {
                  key: "designerDiscipline",
                  type: "select",
                  label: t("Bidang", "Discipline"),
                  options: [
                    { value: "arsitektur", label: t("Arsitektur", "Architecture") },
                    { value: "struktur", label: t("Struktur", "Structure") },
                    { value: "utilitas", label: t("Mekanikal, elektrikal, dan plambing", "Mechanical, electrical and plumbing") },
                  ],
                },
                { key: "designerCertificate", type: "text", label: t("Nomor sertifikat kompetensi kerja", "Competence certificate number"), maxLength: 40 },
              ],
            },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("ownerIdScan", "Scan/foto KTP-el pemilik", "Scan/photo of the owner's e-KTP"),
            doc("landTitleScan", "Scan sertifikat hak atas tanah", "Scan of the land title certificate", { maxSizeMb: 5 }),
            doc("landUseAgreement", "Perjanjian pemanfaatan tanah dengan pemegang hak", "Land use agreement with the title holder", {
              visibleWhen: { field: "landOwnership", equals: "pihakLain" },
              pdfOnly: true,
              maxSizeMb: 5,
            }),
            doc("krkDocument", "KRK atau konfirmasi KKPR", "KRK or KKPR confirmation", { pdfOnly: true }),
            doc("architectureDrawings", "Gambar arsitektur", "Architectural drawings", { pdfOnly: true, maxSizeMb: 5 }),
            doc("structureDrawings", "Gambar dan perhitungan struktur", "Structural drawings and calculations", {
              pdfOnly: true,
              maxSizeMb: 5,
              visibleWhen: { field: "designType", equals: "perencana" },
            }),
            doc("utilityDrawings", "Gambar mekanikal, elektrikal, dan plambing", "Mechanical, electrical and plumbing drawings", {
              pdfOnly: true,
              maxSizeMb: 5,
              visibleWhen: { field: "designType", equals: "perencana" },
            }),
          ],
        },
      ],
    },
  },
  {
    slug: "sertifikat-laik-fungsi",
    agencyCode: "DPUPR",
    categorySlug: "bangunan-tata-ruang",
    nameId: "Sertifikat Laik Fungsi (SLF)",
    nameEn: "Certificate of Building Fitness for Use (SLF)",
    summaryId:
      "Sertifikat yang menyatakan bangunan gedung laik digunakan sesuai fungsinya, diterbitkan setelah pembangunan selesai sesuai PBG atau setelah pengkajian teknis untuk bangunan yang sudah berdiri.",
    summaryEn:
      "Certificate stating that a building is fit for its intended use, issued after construction in line with the PBG, or after a technical assessment for an existing building.",
    keywords:
      "slf sertifikat laik fungsi laik fungsi bangunan izin penggunaan bangunan ipb kelaikan bangunan occupancy certificate certificate of occupancy building fitness",
    decreeNumber: "Keputusan Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Harapan Jaya Nomor 600.1/021/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 5,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Nomor dan scan PBG bangunan (untuk bangunan baru)", "Number and scan of the building's PBG (for new buildings)"),
        t(
          "Surat pernyataan kelaikan fungsi dari penyedia jasa pengawasan konstruksi atau manajemen konstruksi; untuk bangunan yang sudah berdiri, laporan pengkajian teknis dari pengkaji teknis bersertifikat",
          "A statement of fitness for use from the construction supervision or management consultant; for existing buildings, a technical assessment report from a certified assessor",
        ),
        t("Gambar terbangun (as-built drawings) dalam format PDF", "As-built drawings in PDF"),
        t("Foto bangunan tampak depan, samping, dan dalam", "Photos of the building's front, side and interior"),
      ],
      procedure: [
        t(
          "Pemilik mengisi data bangunan dan mengunggah dokumen melalui portal, yang diteruskan ke SIMBG.",
          "The owner enters the building details and uploads the documents through the portal, which forwards them to SIMBG.",
        ),
        t(
          "Petugas memeriksa kesesuaian dokumen dengan PBG; bila kurang, permohonan dikembalikan.",
          "An officer checks the documents against the PBG; if anything is missing, the application is returned.",
        ),
        t(
          "Petugas melakukan inspeksi lapangan pada jadwal yang disepakati dengan pemohon; pemilik atau wakilnya mendampingi di lokasi bangunan.",
          "An officer inspects the building at a time agreed with you; the owner or a representative attends at the building.",
        ),
        t(
          "Bila ditemukan ketidaksesuaian, pemilik menerima daftar perbaikan dan mengunggah bukti perbaikan.",
          "If anything does not comply, the owner receives a list of fixes and uploads evidence once they are done.",
        ),
        t(
          "Kepala Dinas menerbitkan SLF elektronik berkode QR, yang cetakannya dapat dipasang di bangunan.",
          "The head of office issues the electronic SLF with a QR code, whose printout can be displayed on the building.",
        ),
      ],
      timeLimit: t(
        "Paling lama 5 (lima) hari kerja sejak dokumen dinyatakan lengkap, termasuk inspeksi lapangan, tidak termasuk waktu perbaikan bangunan oleh pemilik.",
        "At most 5 working days from complete documents, including the site inspection, not counting time the owner spends on fixes.",
      ),
      fee: t("Tidak dipungut biaya (Rp0).", "Free of charge (Rp0)."),
      output: t(
        "Sertifikat Laik Fungsi (SLF) elektronik berkode QR. SLF rumah tinggal tunggal dan deret berlaku 20 tahun; SLF bangunan gedung lainnya berlaku 5 tahun dan dapat diperpanjang.",
        "An electronic Certificate of Fitness for Use (SLF) with a QR code. An SLF for a detached or terraced house is valid for 20 years; for other buildings it is valid for 5 years and can be renewed.",
      ),
      complaintHandling: complaintChannels("DPUPR"),
      legalBasis: [...BUILDING_LAW, LOCAL_DECREE],
      facilities: onlineFacilities([
        t("Perangkat inspeksi lapangan (meteran laser, kamera, aplikasi daftar periksa)", "Site inspection equipment (laser measure, camera, checklist app)"),
      ]),
      staffCompetence: [t("Inspektur bangunan gedung bersertifikat", "Certified building inspectors")],
      internalSupervision: internalSupervision(SUPERVISOR),
      staffCount: t("5 orang: 2 petugas administrasi dan 3 inspektur bangunan.", "5 staff: 2 administrative officers and 3 building inspectors."),
      serviceGuarantee: t(
        "SLF terbit paling lama 5 hari kerja setelah dokumen lengkap; inspektur datang dengan surat tugas yang dapat diverifikasi di portal.",
        "The SLF is issued within 5 working days of complete documents; inspectors carry an assignment letter that can be verified on the portal.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Persentase bangunan ber-PBG yang telah memiliki SLF dilaporkan setiap semester.",
          "The share of PBG-approved buildings that hold an SLF is reported every six months.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemilik",
          title: t("Data pemilik", "Owner details"),
          fields: applicant({ email: true }),
        },
        {
          key: "dataBangunan",
          title: t("Data bangunan", "Building details"),
          fields: [
            {
              key: "buildingStatus",
              type: "radio",
              label: t("Status bangunan", "Building status"),
              options: [
                { value: "baru", label: t("Bangunan baru selesai dibangun sesuai PBG", "New building completed under a PBG") },
                { value: "eksisting", label: t("Bangunan yang sudah berdiri dan belum memiliki SLF", "Existing building without an SLF") },
              ],
            },
            { key: "pbgNumber", type: "text", label: t("Nomor PBG", "PBG number"), maxLength: 60, visibleWhen: { field: "buildingStatus", equals: "baru" } },
            { key: "buildingFunction", type: "select", label: t("Fungsi bangunan", "Building function"), options: BUILDING_FUNCTION_OPTIONS },
            { key: "buildingAddress", type: "address", label: t("Alamat bangunan", "Building address") },
            { key: "completionDate", type: "date", label: t("Tanggal selesai dibangun", "Completion date"), notInFuture: true, required: false },
            { key: "inspectionDate", type: "date", label: t("Tanggal inspeksi yang diusulkan", "Proposed inspection date"), notInPast: true, workingDay: true },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("pbgScan", "Scan PBG", "Scan of the PBG", { visibleWhen: { field: "buildingStatus", equals: "baru" }, pdfOnly: true }),
            doc("fitnessStatement", "Surat pernyataan kelaikan fungsi", "Statement of fitness for use", {
              visibleWhen: { field: "buildingStatus", equals: "baru" },
              pdfOnly: true,
            }),
            doc("technicalAssessment", "Laporan pengkajian teknis", "Technical assessment report", {
              visibleWhen: { field: "buildingStatus", equals: "eksisting" },
              pdfOnly: true,
              maxSizeMb: 5,
            }),
            doc("asBuiltDrawings", "Gambar terbangun (as-built)", "As-built drawings", { pdfOnly: true, maxSizeMb: 5 }),
            doc("buildingPhotos", "Foto bangunan (depan, samping, dalam)", "Building photos (front, side, interior)", { maxSizeMb: 5 }),
          ],
        },
      ],
    },
  },
  {
    slug: "keterangan-rencana-kota",
    agencyCode: "DPUPR",
    categorySlug: "bangunan-tata-ruang",
    nameId: "Keterangan Rencana Kota (KRK)",
    nameEn: "City Planning Statement (KRK)",
    summaryId:
      "Informasi resmi tentang ketentuan tata ruang dan tata bangunan yang berlaku pada suatu persil: peruntukan lahan, koefisien dasar dan lantai bangunan, koefisien dasar hijau, garis sempadan, dan ketinggian maksimum. Dibutuhkan sebelum merancang bangunan dan mengajukan PBG.",
    summaryEn:
      "Official statement of the planning and building rules that apply to a plot: permitted land use, building coverage and floor area ratios, green area ratio, setbacks and maximum height. Needed before designing a building and applying for a PBG.",
    keywords:
      "krk keterangan rencana kota advis planning itr informasi tata ruang kdb klb kdh gsb garis sempadan peruntukan lahan zonasi zoning planning statement land use",
    decreeNumber: "Keputusan Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Harapan Jaya Nomor 600.1/021/2026",
    effectiveFrom: "2026-01-05",
    slaWorkingDays: 5,
    feeAmount: 0,
    standard: {
      requirements: [
        t("Scan/foto KTP-el pemohon", "Scan/photo of the applicant's e-KTP"),
        t("Scan sertifikat hak atas tanah atau bukti penguasaan tanah", "Scan of the land title certificate or proof of land control"),
        t("Titik koordinat lokasi persil (dapat dipilih pada peta di formulir)", "Coordinates of the plot (can be picked on the map in the form)"),
        t("Foto lokasi persil dan jalan di depannya", "Photo of the plot and the road in front of it"),
      ],
      procedure: [
        t(
          "Pemohon mengisi data persil, menandai lokasi pada peta, dan mengunggah dokumen.",
          "Enter the plot details, mark the location on the map and upload the documents.",
        ),
        t(
          "Petugas mencocokkan lokasi dengan Rencana Detail Tata Ruang dan peta bidang tanah; bila koordinat atau dokumen tidak sesuai, permohonan dikembalikan.",
          "An officer checks the location against the detailed spatial plan and the land parcel map; if the coordinates or documents do not match, the application is returned.",
        ),
        t(
          "Petugas menyusun KRK berisi peruntukan lahan, KDB, KLB, KDH, garis sempadan, dan ketinggian maksimum.",
          "The officer drafts the KRK stating land use, building coverage ratio, floor area ratio, green area ratio, setbacks and maximum height.",
        ),
        t("Kepala Bidang menandatangani KRK secara elektronik.", "The head of division signs the KRK electronically."),
        t("Pemohon mengunduh KRK berkode QR untuk digunakan dalam permohonan PBG.", "Download the KRK with its QR code for use in a PBG application."),
      ],
      timeLimit: t(
        "Paling lama 5 (lima) hari kerja sejak permohonan dinyatakan lengkap dan benar.",
        "At most 5 working days after the application is found complete and correct.",
      ),
      fee: t("Tidak dipungut biaya (Rp0).", "Free of charge (Rp0)."),
      output: t(
        "Keterangan Rencana Kota (KRK) elektronik bertanda tangan elektronik, berlaku selama rencana tata ruang yang menjadi dasarnya tidak berubah.",
        "An electronically signed City Planning Statement (KRK), valid as long as the underlying spatial plan does not change.",
      ),
      complaintHandling: complaintChannels("DPUPR"),
      legalBasis: [...SPATIAL_LAW, ...BUILDING_LAW, LOCAL_DECREE],
      facilities: onlineFacilities([
        t(
          "Peta digital Rencana Detail Tata Ruang Kota Harapan Jaya yang dapat dilihat publik",
          "A public digital map of Harapan Jaya City's detailed spatial plan",
        ),
      ]),
      staffCompetence: [
        t("Perencana tata ruang yang memahami RTRW dan RDTR kota", "Spatial planners who know the city's spatial and detailed plans"),
        t("Operator sistem informasi geografis (SIG)", "Geographic information system (GIS) operators"),
      ],
      internalSupervision: internalSupervision(SUPERVISOR),
      staffCount: t("4 orang: 2 perencana tata ruang dan 2 operator SIG.", "4 staff: 2 spatial planners and 2 GIS operators."),
      serviceGuarantee: t(
        "KRK terbit paling lama 5 hari kerja dan isinya sesuai dengan peta rencana tata ruang yang dapat diperiksa publik.",
        "The KRK is issued within 5 working days and matches the spatial plan map that anyone can check.",
      ),
      securityGuarantee: securityGuarantee(),
      performanceEvaluation: performanceEvaluation(
        t(
          "Keberatan atas isi KRK direkap untuk memperbaiki kualitas peta rencana tata ruang.",
          "Objections to KRK contents are collected to improve the spatial plan maps.",
        ),
      ),
    },
    formDefinition: {
      sections: [
        {
          key: "dataPemohon",
          title: t("Data pemohon", "Applicant details"),
          fields: applicant({ email: true }),
        },
        {
          key: "dataPersil",
          title: t("Data persil", "Plot details"),
          fields: [
            { key: "plotAddress", type: "address", label: t("Alamat persil", "Plot address") },
            {
              key: "plotCoordinates",
              type: "text",
              label: t("Koordinat (lintang, bujur)", "Coordinates (latitude, longitude)"),
              help: t("Contoh: -6.2351, 106.9921", "Example: -6.2351, 106.9921"),
              pattern: "^-?[0-9]{1,2}\\.[0-9]+,\\s?-?[0-9]{1,3}\\.[0-9]+$",
            },
            { key: "landAreaM2", type: "number", label: t("Luas tanah (m²)", "Land area (m²)"), min: 1 },
            { key: "landTitleNumber", type: "text", label: t("Nomor sertifikat hak atas tanah", "Land title certificate number"), maxLength: 40 },
            { key: "plannedFunction", type: "select", label: t("Rencana fungsi bangunan", "Intended building function"), options: BUILDING_FUNCTION_OPTIONS },
            { key: "purpose", type: "textarea", label: t("Keperluan KRK", "Purpose of the KRK"), maxLength: 500, required: false },
          ],
        },
        {
          key: "dokumen",
          title: t("Dokumen persyaratan", "Required documents"),
          fields: [
            doc("applicantIdScan", "Scan/foto KTP-el pemohon", "Scan/photo of the applicant's e-KTP"),
            doc("landTitleScan", "Scan sertifikat hak atas tanah", "Scan of the land title certificate", { maxSizeMb: 5 }),
            doc("plotPhoto", "Foto lokasi persil", "Photo of the plot", { imageOnly: true, maxSizeMb: 5 }),
          ],
        },
      ],
    },
  },
];
