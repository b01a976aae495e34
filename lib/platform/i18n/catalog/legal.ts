import { defineMessages } from "../define";

/**
 * The portal's own notices, linked from every page's footer: privacy, terms,
 * contact and accessibility. Each section's body is paragraphs separated by a
 * blank line; a line starting with "- " is a list item (components/layout/notice-page.tsx).
 * They describe what this portal really does; a later issue makes them editable by admins.
 */
export const legal = defineMessages({
  prefixes: ["legal."],
  id: {
    "legal.footerNav": "Informasi portal",
    "legal.privacy.title": "Pemberitahuan privasi",
    "legal.terms.title": "Ketentuan penggunaan",
    "legal.contact.title": "Kontak",
    "legal.accessibility.title": "Pernyataan aksesibilitas",
    "legal.consentLink": "Baca pemberitahuan privasi: data apa yang disimpan, untuk apa, dan hak Anda (terbuka di tab baru)",

    "legal.privacy.lead":
      "Halaman ini menjelaskan data pribadi apa yang disimpan SatuPintu, untuk apa, siapa yang dapat melihatnya, dan bagaimana Anda menggunakan hak Anda menurut UU 27/2022 tentang Pelindungan Data Pribadi.",
    "legal.privacy.who.title": "Siapa yang mengelola data Anda",
    "legal.privacy.who.body":
      "SatuPintu diselenggarakan oleh pemerintah daerah bersama perangkat daerahnya (instansi) yang tercantum di halaman Kontak. Instansi yang menangani permohonan atau pengaduan Anda memproses data itu untuk menjalankan tugas pelayanan publiknya.",
    "legal.privacy.what.title": "Data yang disimpan",
    "legal.privacy.what.body":
      "- Akun: nama, email, kata sandi (hanya disimpan sebagai hash, tidak dapat dibaca siapa pun), bahasa pilihan, dan waktu masuk terakhir.\n" +
      "- Profil: NIK (disimpan terenkripsi; untuk pencarian hanya disimpan indeks terkunci), tanggal dan tempat lahir, jenis kelamin, dan bila Anda mengisinya: nomor telepon, nomor KK (terenkripsi), dan alamat.\n" +
      "- Permohonan: jawaban formulir, dokumen yang Anda unggah, riwayat status, dan dokumen hasil yang terbit.\n" +
      "- Pengaduan: isi, lampiran, lokasi bila Anda mengisinya, dan identitas sesuai pilihan Anda (publik, rahasia, atau anonim; laporan pelanggaran tidak terhubung dengan akun).\n" +
      "- Survei kepuasan: nilai dan komentar Anda.\n" +
      "- Catatan keamanan: log audit (siapa melakukan apa, kapan, dan dari alamat IP mana), penghitung batas percobaan masuk, notifikasi, dan email yang dikirim kepada Anda.",
    "legal.privacy.why.title": "Untuk apa data dipakai",
    "legal.privacy.why.body":
      "- Memproses permohonan dan pengaduan Anda, serta memberi tahu Anda perubahan statusnya di portal dan lewat email.\n" +
      "- Memastikan bahwa Anda adalah pemilik NIK dan dokumen, dan mencegah penyalahgunaan (batas percobaan, log audit).\n" +
      '- Statistik layanan publik di halaman Transparansi dan data terbuka: hanya angka gabungan, tanpa nama; angka 1 sampai 4 ditulis "<5".\n' +
      "Data Anda tidak dijual, tidak dipakai untuk iklan, dan portal tidak memuat pelacak atau skrip pihak ketiga.",
    "legal.privacy.access.title": "Siapa yang dapat melihatnya",
    "legal.privacy.access.body":
      "Petugas hanya melihat permohonan dan pengaduan instansinya. NIK ditampilkan tersamar, kecuali kepada Anda dan kepada petugas instansi yang menangani permohonan Anda; setiap kali NIK lengkap atau dokumen Anda dibuka, portal mencatatnya. Laporan pelanggaran hanya dibaca unit integritas.",
    "legal.privacy.rights.title": "Hak Anda dan cara menggunakannya",
    "legal.privacy.rights.body":
      "- Melihat dan mengunduh data: di Akun, bagian Data saya, unduh satu berkas zip berisi semua data Anda dan dokumen Anda (/akun/data-saya).\n" +
      "- Mengetahui siapa yang membuka data Anda: di Akun, halaman Siapa yang melihat data saya (/akun/akses-data).\n" +
      "- Menghapus akun: di Akun, bagian Data saya. Profil, NIK, nama, email, jawaban formulir, dan unggahan dihapus; catatan yang diwajibkan hukum (riwayat status, log audit, nilai survei) disimpan tanpa identitas Anda.\n" +
      "- Memperbaiki data yang keliru (UU 27/2022 Pasal 6): ubah data profil seperti telepon dan alamat di Akun, Profil (/akun/profil). NIK, tanggal lahir, dan jenis kelamin tidak dapat diubah sendiri: minta perbaikannya lewat pengaduan di /pengaduan/baru. Jawaban permohonan yang sedang diminta perbaikannya diubah di permohonan itu (/permohonan).\n" +
      "- Mendapatkan salinan data dalam format yang dapat dibaca mesin (Pasal 13): berkas zip dari /akun/data-saya berisi JSON dan dokumen asli Anda.\n" +
      "- Menarik persetujuan dan mengakhiri pemrosesan (Pasal 8 dan 9): hapus akun Anda di /akun/data-saya. Permohonan yang sedang berjalan dapat Anda tarik lebih dulu di /permohonan.\n" +
      "- Keputusan otomatis (Pasal 10): portal tidak mengambil keputusan atas permohonan secara otomatis; setiap persetujuan atau penolakan diputuskan petugas instansi, dengan alasan tertulis.\n" +
      "- Mengajukan keberatan atau pengaduan tentang pemrosesan data Anda (Pasal 11 dan 12): sampaikan pengaduan di /pengaduan/baru, atau hubungi pengelola portal dan instansi di /kontak. Pengaduan dijawab dalam batas waktu yang dapat Anda lacak di /pengaduan/lacak.",
    "legal.privacy.retention.title": "Berapa lama data disimpan",
    "legal.privacy.retention.body":
      "- Akun, profil, permohonan, dokumen, dan pengaduan Anda: selama akun Anda ada. Saat akun dihapus, profil, NIK, nama, email, jawaban formulir, dan unggahan dihapus seketika; riwayat status permohonan dan pengaduan, nilai survei, dan log audit tetap disimpan sebagai arsip pelayanan publik, tanpa identitas Anda.\n" +
      "- Log audit: tidak pernah diubah atau dihapus (setiap catatan terkunci dengan rantai hash), agar setiap tindakan atas data Anda tetap dapat diperiksa.\n" +
      "- Berkas yang diunggah tetapi tidak jadi dilampirkan pada permohonan atau pengaduan dihapus otomatis oleh pembersihan berkala.\n" +
      "- Penghitung batas percobaan (masuk, lacak, pengaduan) dihapus setiap jam setelah jendela waktunya lewat.\n" +
      "- Tautan sekali pakai di email: aktivasi akun berlaku 3 hari, undangan petugas 7 hari; akses ke pengaduan dengan kode rahasia berlaku 30 menit.\n" +
      "- Nilai survei kepuasan dapat Anda ubah selama 7 hari; sesudahnya hanya dipakai dalam angka gabungan.",
    "legal.privacy.cookies.title": "Cookie",
    "legal.privacy.cookies.body":
      "Portal hanya memakai cookie yang diperlukan: sesi masuk, pilihan bahasa, dan akses sementara ke pengaduan yang Anda buka dengan kode rahasia. Tidak ada cookie iklan atau analitik.",

    "legal.terms.lead": "Dengan memakai SatuPintu, Anda menyetujui ketentuan berikut.",
    "legal.terms.use.title": "Memakai portal",
    "legal.terms.use.body":
      "- Isi data dan unggah dokumen yang benar dan milik Anda atau orang yang Anda wakili secara sah.\n" +
      "- Jaga kata sandi Anda; satu akun untuk satu orang, terhubung dengan satu NIK.\n" +
      "- Jangan mencoba membuka data orang lain, mengganggu portal, atau mengirim isi yang menghina, mengancam, atau memuat data pribadi orang lain tanpa hak.",
    "legal.terms.services.title": "Layanan dan standar pelayanan",
    "legal.terms.services.body":
      "Persyaratan, prosedur, jangka waktu, biaya, dan produk setiap layanan adalah yang tercantum dalam Standar Pelayanan yang berlaku saat permohonan diajukan (PermenPANRB 15/2014). Keputusan atas permohonan diambil oleh instansi yang berwenang, bukan oleh portal.",
    "legal.terms.complaints.title": "Pengaduan",
    "legal.terms.complaints.body":
      "Pengaduan publik yang sudah diverifikasi dapat ditampilkan di daftar publik tanpa nama pelapor. Pengaduan rahasia dan laporan pelanggaran tidak pernah dipublikasikan. Pengaduan yang tidak memenuhi syarat dapat ditolak dengan alasan yang dapat Anda lihat.",
    "legal.terms.documents.title": "Dokumen hasil",
    "legal.terms.documents.body":
      "Dokumen hasil ditandatangani secara elektronik oleh portal. Keabsahannya dapat diperiksa siapa pun di /verifikasi; dokumen yang dicabut dinyatakan tidak berlaku di sana.",
    "legal.terms.changes.title": "Perubahan ketentuan",
    "legal.terms.changes.body": "Ketentuan ini dapat berubah; versi yang berlaku selalu ada di halaman ini.",

    "legal.contact.lead":
      "Untuk pertanyaan tentang satu layanan, hubungi instansi yang menyelenggarakannya. Keluhan tentang pelayanan sebaiknya disampaikan lewat Pengaduan, agar tercatat dan dijawab dalam batas waktu.",
    "legal.contact.complaint": "Sampaikan pengaduan",
    "legal.contact.address": "Alamat",
    "legal.contact.phone": "Telepon",
    "legal.contact.email": "Email",
    "legal.contact.website": "Situs web",
    "legal.contact.hours": "Jam layanan",
    "legal.contact.hoursValue": "Senin–Jumat, {opens}–{closes} {zone}",
    "legal.contact.empty": "Belum ada instansi yang terdaftar.",

    "legal.accessibility.lead":
      "SatuPintu ditujukan agar dapat dipakai semua orang, termasuk pengguna pembaca layar, keyboard, pembesaran tampilan, dan koneksi lambat.",
    "legal.accessibility.target.title": "Target",
    "legal.accessibility.target.body":
      "Portal ini menargetkan kesesuaian dengan WCAG 2.1 tingkat AA. Setiap perubahan diuji otomatis dengan axe-core pada halaman yang dilalui pengujian, dan perjalanan utama (mendaftar, mengajukan, melacak, mengadu) dapat diselesaikan tanpa JavaScript.",
    "legal.accessibility.limits.title": "Keterbatasan yang diketahui",
    "legal.accessibility.limits.body":
      "- Beberapa tabel lebar (Transparansi, antrean petugas) perlu digeser ke samping pada layar sangat sempit.\n" +
      "- Grafik di halaman Transparansi memiliki tabel data yang sama di bawahnya; pada layar sempit label sumbunya kecil.\n" +
      "- Dokumen PDF yang Anda unggah tidak diperiksa aksesibilitasnya; dokumen hasil berisi teks yang dapat dibaca.\n" +
      "- Teks yang ditulis pengguna (isi pengaduan, catatan) ditampilkan dalam bahasa aslinya.",
    "legal.accessibility.feedback.title": "Melaporkan hambatan",
    "legal.accessibility.feedback.body":
      "Bila ada bagian yang tidak dapat Anda pakai, sampaikan lewat Pengaduan (kategori yang paling sesuai) dan sebutkan halaman serta alat bantu yang Anda pakai. Laporan Anda ditangani seperti pengaduan lain, dengan batas waktu jawaban.",
  },
  en: {
    "legal.footerNav": "About this portal",
    "legal.privacy.title": "Privacy notice",
    "legal.terms.title": "Terms of use",
    "legal.contact.title": "Contact",
    "legal.accessibility.title": "Accessibility statement",
    "legal.consentLink": "Read the privacy notice: what is kept, why, and your rights (opens in a new tab)",

    "legal.privacy.lead":
      "This page explains which personal data SatuPintu keeps, why, who can see it, and how to exercise your rights under Law 27/2022 on Personal Data Protection.",
    "legal.privacy.who.title": "Who manages your data",
    "legal.privacy.who.body":
      "SatuPintu is run by the local government together with its agencies, listed on the Contact page. The agency handling your application or complaint processes that data to carry out its public service duty.",
    "legal.privacy.what.title": "What is kept",
    "legal.privacy.what.body":
      "- Account: name, email, password (kept only as a hash nobody can read), preferred language and last sign-in time.\n" +
      "- Profile: NIK (kept encrypted; for look-ups only a keyed index), date and place of birth, sex, and if you give them: phone number, family card number (encrypted) and address.\n" +
      "- Applications: your form answers, the documents you upload, the status history and any output issued.\n" +
      "- Complaints: the text, attachments, the location if you give one, and your identity as you choose (public, confidential or anonymous; whistleblowing reports are never linked to an account).\n" +
      "- Satisfaction surveys: your scores and comment.\n" +
      "- Security records: the audit log (who did what, when and from which IP address), sign-in attempt counters, notifications and the emails sent to you.",
    "legal.privacy.why.title": "What it is used for",
    "legal.privacy.why.body":
      "- Handling your applications and complaints, and telling you about status changes in the portal and by email.\n" +
      "- Making sure you are the holder of the NIK and documents, and preventing abuse (attempt limits, audit log).\n" +
      '- Public service statistics on the Transparency page and in open data: totals only, no names; counts of 1 to 4 are written "<5".\n' +
      "Your data is not sold or used for advertising, and the portal loads no third-party trackers or scripts.",
    "legal.privacy.access.title": "Who can see it",
    "legal.privacy.access.body":
      "Officers see only their own agency's applications and complaints. The NIK is shown masked, except to you and to officers of the agency handling your application; every time your full NIK or a document of yours is opened, the portal records it. Whistleblowing reports are read by the integrity unit only.",
    "legal.privacy.rights.title": "Your rights and how to use them",
    "legal.privacy.rights.body":
      "- See and download your data: under Account, My data, download one zip file with all your data and documents (/akun/data-saya).\n" +
      "- Know who opened your data: under Account, Who viewed my data (/akun/akses-data).\n" +
      "- Delete your account: under Account, My data. Profile, NIK, name, email, form answers and uploads are erased; records the law requires (status history, audit log, survey scores) are kept without your identity.\n" +
      "- Correct wrong data (Law 27/2022, art. 6): change profile details such as your phone and address under Account, Profile (/akun/profil). Your NIK, date of birth and sex cannot be changed by yourself: ask for a correction with a complaint at /pengaduan/baru. Answers an officer asked you to correct are changed in that application (/permohonan).\n" +
      "- Get a machine-readable copy of your data (art. 13): the zip file from /akun/data-saya holds JSON and your original documents.\n" +
      "- Withdraw consent and end the processing (art. 8 and 9): delete your account at /akun/data-saya. You can first withdraw applications still in progress at /permohonan.\n" +
      "- Automated decisions (art. 10): the portal decides no application automatically; every approval or rejection is decided by an agency officer, with written reasons.\n" +
      "- Object to or complain about how your data is processed (art. 11 and 12): file a complaint at /pengaduan/baru, or contact the portal's operator and the agencies at /kontak. Complaints are answered within time limits you can follow at /pengaduan/lacak.",
    "legal.privacy.retention.title": "How long data is kept",
    "legal.privacy.retention.body":
      "- Your account, profile, applications, documents and complaints: as long as your account exists. When the account is deleted, the profile, NIK, name, email, form answers and uploads are erased at once; the status history of applications and complaints, survey scores and the audit log are kept as public service records, without your identity.\n" +
      "- The audit log: never changed or deleted (each entry is locked into a hash chain), so every action on your data can still be checked.\n" +
      "- Files uploaded but never attached to an application or complaint are removed automatically by a periodic sweep.\n" +
      "- Attempt counters (sign-in, tracking, complaints) are deleted every hour once their time window has passed.\n" +
      "- One-time links in emails: account activation is valid 3 days, a staff invitation 7 days; access to a complaint with its secret code lasts 30 minutes.\n" +
      "- You can change your satisfaction survey answers for 7 days; after that they are only used in aggregate figures.",
    "legal.privacy.cookies.title": "Cookies",
    "legal.privacy.cookies.body":
      "The portal uses only the cookies it needs: your sign-in session, your language, and temporary access to a complaint you opened with its secret code. No advertising or analytics cookies.",

    "legal.terms.lead": "By using SatuPintu you agree to these terms.",
    "legal.terms.use.title": "Using the portal",
    "legal.terms.use.body":
      "- Give true information and upload documents that are yours or belong to someone you lawfully represent.\n" +
      "- Keep your password safe; one account per person, linked to one NIK.\n" +
      "- Do not try to open other people's data, disrupt the portal, or send insulting or threatening content or other people's personal data without a right to.",
    "legal.terms.services.title": "Services and service standards",
    "legal.terms.services.body":
      "The requirements, procedure, time limit, fee and output of each service are those in the Service Standard in force when the application is filed (PermenPANRB 15/2014). Decisions on applications are taken by the competent agency, not by the portal.",
    "legal.terms.complaints.title": "Complaints",
    "legal.terms.complaints.body":
      "A verified public complaint may be listed publicly without the filer's name. Confidential complaints and whistleblowing reports are never published. A complaint that does not qualify may be refused, with a reason you can see.",
    "legal.terms.documents.title": "Output documents",
    "legal.terms.documents.body":
      "Output documents are signed electronically by the portal. Anyone can check one at /verifikasi; a revoked document is shown there as no longer valid.",
    "legal.terms.changes.title": "Changes to these terms",
    "legal.terms.changes.body": "These terms may change; the version in force is always on this page.",

    "legal.contact.lead":
      "For questions about one service, contact the agency that provides it. Problems with a service are best raised as a complaint, so that they are recorded and answered within the time limit.",
    "legal.contact.complaint": "File a complaint",
    "legal.contact.address": "Address",
    "legal.contact.phone": "Phone",
    "legal.contact.email": "Email",
    "legal.contact.website": "Website",
    "legal.contact.hours": "Opening hours",
    "legal.contact.hoursValue": "Monday–Friday, {opens}–{closes} {zone}",
    "legal.contact.empty": "No agency is listed yet.",

    "legal.accessibility.lead": "SatuPintu is meant to be usable by everyone, including people using screen readers, keyboards, zoom and slow connections.",
    "legal.accessibility.target.title": "Target",
    "legal.accessibility.target.body":
      "This portal aims to conform to WCAG 2.1 level AA. Every change is checked automatically with axe-core on the pages the tests visit, and the main journeys (register, apply, track, complain) can be completed without JavaScript.",
    "legal.accessibility.limits.title": "Known limitations",
    "legal.accessibility.limits.body":
      "- Some wide tables (Transparency, officer queues) need sideways scrolling on very narrow screens.\n" +
      "- The charts on the Transparency page have the same data as a table below them; on narrow screens their axis labels are small.\n" +
      "- PDF documents you upload are not checked for accessibility; output documents contain readable text.\n" +
      "- Text written by users (complaints, notes) is shown in the language it was written in.",
    "legal.accessibility.feedback.title": "Reporting a barrier",
    "legal.accessibility.feedback.body":
      "If you cannot use part of the portal, tell us through a complaint (in the closest category), naming the page and any assistive technology you use. It is handled like any other complaint, with a time limit for the answer.",
  },
});
