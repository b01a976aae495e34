import type { Intent } from "./intent";

/**
 * Realistic questions with what they ask and which seeded service they mean
 * (prisma/seed/data/services), for measuring Tanya SatuPintu (issue 21):
 * every service and every intent, everyday spelling, typos and English.
 * `service: null` means no service may be answered from: the question names
 * none (tracking, complaints in general, one's own case, small talk) or is
 * ambiguous between several (it must abstain and offer them).
 * Intent alone is measured by lib/assistant/intent.test.ts; intent and service
 * together, on PostgreSQL, by tests/integration/assistant-accuracy.test.ts.
 */
export type LabelledQuestion = { q: string; intent: Intent; service: string | null };

const q = (question: string, intent: Intent, service: string | null): LabelledQuestion => ({ q: question, intent, service });

export const LABELLED_QUESTIONS: readonly LabelledQuestion[] = [
  // KTP-el baru
  q("syarat bikin ktp baru", "requirements", "ktp-el-baru"),
  q("dimana rekam ktp", "location", "ktp-el-baru"),
  q("berapa lama ktp baru jadi", "duration", "ktp-el-baru"),
  q("biaya perekaman ktp pertama", "fee", "ktp-el-baru"),
  q("cara rekam e-ktp umur 17 tahun", "procedure", "ktp-el-baru"),
  q("what documents do I need for a new e-KTP", "requirements", "ktp-el-baru"),
  q("persyaratn ktp baru", "requirements", "ktp-el-baru"),
  // Penggantian KTP-el
  q("syarat ganti ktp hilang", "requirements", "ktp-el-penggantian"),
  q("biaya ganti ktp rusak", "fee", "ktp-el-penggantian"),
  q("berapa hari cetak ulang ktp yang hilang", "duration", "ktp-el-penggantian"),
  q("prosedur penggantian ktp-el", "procedure", "ktp-el-penggantian"),
  q("how much does it cost to replace a lost id card", "fee", "ktp-el-penggantian"),
  q("ganti ktp karena pindah alamat bawa apa aja", "requirements", "ktp-el-penggantian"),
  // KIA
  q("syarat kia anak", "requirements", "kartu-identitas-anak"),
  q("bikin kartu identitas anak gratis gak", "fee", "kartu-identitas-anak"),
  q("berapa lama kia jadi", "duration", "kartu-identitas-anak"),
  q("child identity card requirements", "requirements", "kartu-identitas-anak"),
  q("kartu identitas anak hasilnya berupa apa", "product", "kartu-identitas-anak"),
  q("cara buat kia", "procedure", "kartu-identitas-anak"),
  // Akta kelahiran
  q("syarat akta lahir anak", "requirements", "akta-kelahiran"),
  q("bikin akte kelahiran berapa lama", "duration", "akta-kelahiran"),
  q("biaya akta kelahiran", "fee", "akta-kelahiran"),
  q("birth certificate requirements", "requirements", "akta-kelahiran"),
  q("cara urus akte lahir bayi", "procedure", "akta-kelahiran"),
  q("akta kelahran syaratnya", "requirements", "akta-kelahiran"),
  q("how long does a birth certificate take", "duration", "akta-kelahiran"),
  // Akta kematian
  q("syarat akta kematian", "requirements", "akta-kematian"),
  q("akte kematian berapa hari selesai", "duration", "akta-kematian"),
  q("biaya surat kematian", "fee", "akta-kematian"),
  q("death certificate procedure", "procedure", "akta-kematian"),
  q("cara mengurus akta kematian orang tua meninggal", "procedure", "akta-kematian"),
  q("akta kematian hasilnya apa", "product", "akta-kematian"),
  // Akta perkawinan
  q("syarat akta perkawinan non muslim", "requirements", "akta-perkawinan"),
  q("biaya akta nikah di catatan sipil", "fee", "akta-perkawinan"),
  q("marriage certificate requirements", "requirements", "akta-perkawinan"),
  q("berapa lama akta perkawinan jadi", "duration", "akta-perkawinan"),
  q("alur pencatatan perkawinan", "procedure", "akta-perkawinan"),
  q("akta perkawinan dimana ngurusnya", "location", "akta-perkawinan"),
  // Kartu keluarga
  q("syarat bikin kk baru", "requirements", "kartu-keluarga"),
  q("kartu keluraga berapa lama jadinya", "duration", "kartu-keluarga"),
  q("biaya kartu keluarga", "fee", "kartu-keluarga"),
  q("cara tambah anggota kartu keluarga", "procedure", "kartu-keluarga"),
  q("family card requirements", "requirements", "kartu-keluarga"),
  q("kk rusak ganti bawa dokumen apa", "requirements", "kartu-keluarga"),
  // Surat pindah
  q("syarat surat pindah domisili", "requirements", "surat-pindah-datang"),
  q("berapa lama bikin surat pindah", "duration", "surat-pindah-datang"),
  q("biaya pindah datang", "fee", "surat-pindah-datang"),
  q("how do I move my residence to another city procedure", "procedure", "surat-pindah-datang"),
  q("cara urus surat keterangan pindah", "procedure", "surat-pindah-datang"),
  q("surat pindah hasilnya dapat apa", "product", "surat-pindah-datang"),
  // SKCK
  q("syarat skck", "requirements", "skck"),
  q("berapa lama SKCK", "duration", "skck"),
  q("biaya skck berapa", "fee", "skck"),
  q("surat kelakuan baik syaratnya", "requirements", "skck"),
  q("police clearance certificate fee", "fee", "skck"),
  q("dimana bikin skck", "location", "skck"),
  q("cara buat skck baru", "procedure", "skck"),
  q("skck hasilnya apa", "product", "skck"),
  // Izin keramaian
  q("syarat izin keramaian", "requirements", "izin-keramaian"),
  q("ijin keramaian konser berapa lama", "duration", "izin-keramaian"),
  q("biaya izin acara hajatan", "fee", "izin-keramaian"),
  q("public event permit requirements", "requirements", "izin-keramaian"),
  q("cara mengurus izin keramaian festival", "procedure", "izin-keramaian"),
  q("ijin keramaian dimana", "location", "izin-keramaian"),
  // Surat keterangan kehilangan
  q("syarat surat kehilangan dari polisi", "requirements", "surat-keterangan-kehilangan"),
  q("lapor kehilangan dompet berapa lama", "duration", "surat-keterangan-kehilangan"),
  q("biaya surat keterangan kehilangan", "fee", "surat-keterangan-kehilangan"),
  q("loss report certificate procedure", "procedure", "surat-keterangan-kehilangan"),
  q("surat tanda lapor kehilangan hasilnya apa", "product", "surat-keterangan-kehilangan"),
  q("cara bikin surat kehilangan", "procedure", "surat-keterangan-kehilangan"),
  // NIB
  q("syarat nib", "requirements", "nib-oss-rba"),
  q("cara daftar nib di oss", "procedure", "nib-oss-rba"),
  q("biaya bikin nib", "fee", "nib-oss-rba"),
  q("berapa lama pendampingan nib", "duration", "nib-oss-rba"),
  q("business identification number requirements", "requirements", "nib-oss-rba"),
  q("nomor induk berusaha hasilnya apa", "product", "nib-oss-rba"),
  // IUMK
  q("syarat iumk", "requirements", "izin-usaha-mikro-kecil"),
  q("ijin usaha mikro berapa lama", "duration", "izin-usaha-mikro-kecil"),
  q("biaya izin usaha mikro kecil", "fee", "izin-usaha-mikro-kecil"),
  q("cara urus izin warung", "procedure", "izin-usaha-mikro-kecil"),
  q("micro business permit requirements", "requirements", "izin-usaha-mikro-kecil"),
  q("iumk dimana", "location", "izin-usaha-mikro-kecil"),
  // PBG
  q("biaya PBG", "fee", "persetujuan-bangunan-gedung"),
  q("syarat imb rumah", "requirements", "persetujuan-bangunan-gedung"),
  q("persetujuan bangunan gedung berapa lama", "duration", "persetujuan-bangunan-gedung"),
  q("building approval procedure", "procedure", "persetujuan-bangunan-gedung"),
  q("cara bikin pbg", "procedure", "persetujuan-bangunan-gedung"),
  q("pbg hasilnya apa", "product", "persetujuan-bangunan-gedung"),
  q("persetujuan bangunan gedng syarat", "requirements", "persetujuan-bangunan-gedung"),
  // SLF
  q("syarat slf", "requirements", "sertifikat-laik-fungsi"),
  q("sertifikat laik fungsi berapa lama", "duration", "sertifikat-laik-fungsi"),
  q("biaya sertifikat laik fungsi", "fee", "sertifikat-laik-fungsi"),
  q("certificate of building fitness requirements", "requirements", "sertifikat-laik-fungsi"),
  q("alur pengajuan slf", "procedure", "sertifikat-laik-fungsi"),
  // KRK
  q("syarat krk", "requirements", "keterangan-rencana-kota"),
  q("keterangan rencana kota berapa lama", "duration", "keterangan-rencana-kota"),
  q("biaya keterangan rencana kota", "fee", "keterangan-rencana-kota"),
  q("city planning statement procedure", "procedure", "keterangan-rencana-kota"),
  q("krk hasilnya berupa apa", "product", "keterangan-rencana-kota"),
  // Pajak reklame
  q("syarat pajak reklame", "requirements", "pajak-reklame"),
  q("pajak reklam berapa lama prosesnya", "duration", "pajak-reklame"),
  q("cara daftar pajak papan reklame", "procedure", "pajak-reklame"),
  q("advertisement tax requirements", "requirements", "pajak-reklame"),
  q("biaya pendaftaran pajak reklame", "fee", "pajak-reklame"),
  // Pajak restoran
  q("syarat daftar pajak restoran", "requirements", "pendaftaran-pajak-restoran"),
  q("pajak restoran berapa lama", "duration", "pendaftaran-pajak-restoran"),
  q("restaurant tax registration procedure", "procedure", "pendaftaran-pajak-restoran"),
  q("biaya pendaftaran wajib pajak restoran", "fee", "pendaftaran-pajak-restoran"),
  q("pajak rumah makan hasilnya apa", "product", "pendaftaran-pajak-restoran"),
  // PBB
  q("syarat mutasi pbb", "requirements", "pelayanan-pbb-p2"),
  q("berapa lama balik nama pbb", "duration", "pelayanan-pbb-p2"),
  q("biaya salinan sppt pbb", "fee", "pelayanan-pbb-p2"),
  q("land and building tax objection procedure", "procedure", "pelayanan-pbb-p2"),
  q("cara keberatan pbb", "procedure", "pelayanan-pbb-p2"),
  // BPHTB
  q("syarat validasi bphtb", "requirements", "validasi-bphtb"),
  q("bphtb berapa lama", "duration", "validasi-bphtb"),
  q("biaya validasi bphtb", "fee", "validasi-bphtb"),
  q("bea perolehan hak atas tanah prosedur", "procedure", "validasi-bphtb"),
  q("validasi bphtb hasilnya", "product", "validasi-bphtb"),
  // Surat keterangan sehat
  q("syarat surat keterangan sehat", "requirements", "surat-keterangan-sehat"),
  q("surat sehat berapa lama", "duration", "surat-keterangan-sehat"),
  q("biaya surat keterangan sehat", "fee", "surat-keterangan-sehat"),
  q("medical certificate of good health procedure", "procedure", "surat-keterangan-sehat"),
  q("surat keterangan sehat dimana", "location", "surat-keterangan-sehat"),
  // SIP tenaga kesehatan
  q("syarat sip perawat", "requirements", "surat-izin-praktik-tenaga-kesehatan"),
  q("surat izin praktek dokter berapa lama", "duration", "surat-izin-praktik-tenaga-kesehatan"),
  q("biaya surat izin praktik bidan", "fee", "surat-izin-praktik-tenaga-kesehatan"),
  q("practice licence for health workers requirements", "requirements", "surat-izin-praktik-tenaga-kesehatan"),
  q("cara perpanjang sip tenaga kesehatan", "procedure", "surat-izin-praktik-tenaga-kesehatan"),
  // SLHS
  q("syarat slhs", "requirements", "sertifikat-laik-higiene-sanitasi"),
  q("sertifikat laik higiene sanitasi berapa lama", "duration", "sertifikat-laik-higiene-sanitasi"),
  q("biaya sertifikat higiene sanitasi", "fee", "sertifikat-laik-higiene-sanitasi"),
  q("food hygiene certificate procedure", "procedure", "sertifikat-laik-higiene-sanitasi"),
  q("slhs hasilnya apa", "product", "sertifikat-laik-higiene-sanitasi"),
  // DTKS
  q("syarat daftar dtks", "requirements", "pendaftaran-data-kesejahteraan-sosial"),
  q("cara daftar bansos dtks", "procedure", "pendaftaran-data-kesejahteraan-sosial"),
  q("dtks berapa lama", "duration", "pendaftaran-data-kesejahteraan-sosial"),
  q("biaya daftar dtks", "fee", "pendaftaran-data-kesejahteraan-sosial"),
  q("social welfare database registration requirements", "requirements", "pendaftaran-data-kesejahteraan-sosial"),
  // SKTM
  q("syarat sktm", "requirements", "rekomendasi-sktm"),
  q("surat keterangan tidak mampu berapa lama", "duration", "rekomendasi-sktm"),
  q("biaya sktm", "fee", "rekomendasi-sktm"),
  q("low income status recommendation procedure", "procedure", "rekomendasi-sktm"),
  q("sktm hasilnya apa", "product", "rekomendasi-sktm"),
  // PBI JK
  q("syarat pbi jk", "requirements", "rekomendasi-pbi-jk"),
  q("rekomendasi pbi jaminan kesehatan berapa lama", "duration", "rekomendasi-pbi-jk"),
  q("biaya rekomendasi pbi", "fee", "rekomendasi-pbi-jk"),
  q("cara daftar bpjs pbi gratis dari pemerintah", "procedure", "rekomendasi-pbi-jk"),
  q("government paid health insurance requirements", "requirements", "rekomendasi-pbi-jk"),
  // Pramuwisata
  q("syarat kartu pramuwisata", "requirements", "kartu-tanda-pengenal-pramuwisata"),
  q("ktpp berapa lama", "duration", "kartu-tanda-pengenal-pramuwisata"),
  q("biaya lisensi pemandu wisata", "fee", "kartu-tanda-pengenal-pramuwisata"),
  q("tour guide license requirements", "requirements", "kartu-tanda-pengenal-pramuwisata"),
  q("cara bikin kartu pramuwisata", "procedure", "kartu-tanda-pengenal-pramuwisata"),
  // Complaint handling of a named service
  q("mau komplain soal skck", "complaint", "skck"),
  q("pengaduan layanan akta kelahiran kemana", "complaint", "akta-kelahiran"),
  q("complaint about building approval pbg", "complaint", "persetujuan-bangunan-gedung"),
  // Offices, by agency
  q("jam buka disdukcapil", "location", null),
  q("alamat kantor dukcapil", "location", null),
  q("jam buka polres", "location", null),
  q("bapenda alamatnya dimana", "location", null),
  // Complaints and tracking in general
  q("how do I complain", "complaint", null),
  q("cara mengadu", "complaint", null),
  q("saya mau komplain pelayanan", "complaint", null),
  q("cara lacak permohonan", "tracking", null),
  q("how to track my application status", "myCase", null),
  q("cek status permohonan", "tracking", null),
  q("tracking pengajuan", "tracking", null),
  // One's own case
  q("kenapa permohonan saya dikembalikan?", "myCase", null),
  q("kapan selesai?", "myCase", null),
  q("status permohonan saya", "myCase", null),
  q("kenapa pengajuan saya ditolak", "myCase", null),
  q("where is my application", "myCase", null),
  q("pengaduan saya sudah sampai mana", "myCase", null),
  q("kapan ktp saya selesai", "myCase", null),
  // Ambiguous: must abstain and offer the services meant
  q("syarat ktp", "requirements", null),
  q("ijin usaha", "unknown", null),
  q("biaya akta", "fee", null),
  // A lost KTP needs both the police's loss report and the replacement: both offered.
  q("ktp hilang syaratnya apa", "requirements", null),
  // A service the portal does not offer, though a word of it is another service's keyword ("sim hilang")
  q("syarat bikin sim", "requirements", null),
  // Nothing the assistant knows
  q("halo selamat pagi", "unknown", null),
  q("cuaca besok bagaimana", "unknown", null),
  q("siapa walikota harapan jaya", "unknown", null),
];
