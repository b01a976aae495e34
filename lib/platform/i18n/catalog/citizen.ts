import { defineMessages } from "../define";

/**
 * The citizen's own pages beyond the form: what a decision means and what
 * to do next, the submitted answers, the profile on /akun, and the notices
 * of status changes and moved deadlines.
 */
export const citizen = defineMessages({
  id: {
    "notification.applicationBackInQueue": "Permohonan {trackingNumber} kembali menunggu petugas",
    "notification.applicationBackInQueue.email":
      "Permohonan {serviceName} nomor {trackingNumber} dikembalikan ke antrean dan akan diperiksa oleh petugas lain. Anda tidak perlu melakukan apa pun.\n\n" +
      "Pantau perkembangannya di {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "notification.applicationWithdrawn": "Permohonan {trackingNumber} dibatalkan",
    "notification.applicationWithdrawn.email":
      "Permohonan {serviceName} nomor {trackingNumber} telah Anda batalkan dan tidak akan diproses.\n\n" +
      "Jika Anda tidak membatalkannya, segera hubungi instansi melalui {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "notification.correctionReceived": "Perbaikan permohonan {trackingNumber} diterima",
    "notification.correctionReceived.email":
      "Perbaikan permohonan {serviceName} nomor {trackingNumber} sudah kami terima dan kembali diperiksa petugas. Batas waktu layanan berjalan lagi.\n\n" +
      "Pantau perkembangannya di {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "notification.dueDateExtended": "Batas waktu permohonan {trackingNumber} bergeser ke {dueDate}",
    "notification.dueDateExtended.email":
      "Ada hari libur baru dalam masa layanan permohonan {serviceName} nomor {trackingNumber}. Hari libur tidak dihitung sebagai hari kerja, sehingga batas waktunya kini {dueDate}.\n\n" +
      "Pantau perkembangannya di {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "application.event.dueDateExtended": "Batas waktu bergeser karena hari libur baru",
    "application.event.dueDateExtendedTo": "Batas waktu baru: {dueDate}",
    "application.rejection.title": "Permohonan ditolak",
    "application.rejection.reason": "Alasan",
    "application.rejection.officerNote": "Penjelasan petugas",
    "application.rejection.nextSteps": "Yang dapat Anda lakukan",
    "application.rejection.applyAgain": "Ajukan lagi",
    "application.rejection.applyAgainHint":
      "Kami membuat draf baru berisi jawaban Anda dari permohonan ini. Periksa dan perbaiki jawabannya, lalu unggah dokumen persyaratan lagi sebelum mengirim.",
    "application.rejection.object": "Ajukan keberatan atas keputusan ini",
    "application.rejection.objectHint":
      "Jika Anda menilai penolakan ini keliru, sampaikan keberatan beserta alasannya. Keberatan ditangani sebagai pengaduan tentang permohonan ini.",
    "application.rejection.complain": "Sampaikan pengaduan tentang layanan",
    "application.rejection.complainHint": "Misalnya tentang sikap petugas, biaya, atau informasi yang Anda terima.",
    "application.applyAgainNotAllowed": "Permohonan ini tidak dapat diajukan lagi. Ajukan permohonan baru dari halaman layanan.",
    "application.rejectionReason.requirementsNotMet": "Persyaratan tidak terpenuhi",
    "application.rejectionReason.documentsInvalid": "Dokumen tidak sah atau tidak terbaca",
    "application.rejectionReason.notEligible": "Pemohon tidak memenuhi ketentuan layanan",
    "application.rejectionReason.duplicate": "Permohonan ganda: permohonan Anda yang lain yang diproses",
    "application.rejectionReason.other": "Alasan lain (lihat penjelasan petugas)",
    "complaint.category.decisionObjection": "Keberatan atas keputusan permohonan",
    "complaint.form.objectionTitle": "Keberatan atas penolakan permohonan {trackingNumber}",
    "application.submittedAnswers": "Jawaban yang Anda kirim",
    "application.requirementDocuments": "Dokumen persyaratan",
    "application.documentNotUploaded": "Tidak ada berkas",
    "application.otherDocuments": "Dokumen lain",
    "profile.contactTitle": "Data kontak",
    "profile.contactLead": "Dipakai untuk mengisi formulir permohonan secara otomatis. Data yang Anda simpan dari formulir permohonan juga tampil di sini.",
    "profile.phone": "Nomor telepon/WhatsApp",
    "profile.phoneHint": "Contoh: 0812 3456 7890",
    "profile.kkNumber": "Nomor Kartu Keluarga (KK)",
    "profile.kkNumberHint": "16 angka, tertera di bagian atas Kartu Keluarga.",
    "profile.kkNumberHintStored": "Tersimpan: {masked}. Kosongkan jika tidak berubah; isi 16 angka untuk menggantinya.",
    "profile.birthPlace": "Tempat lahir",
    "profile.address": "Alamat",
    "profile.addressLine": "Alamat (jalan, nomor rumah, RT/RW)",
    "profile.addressLineHint": "Contoh: Jl. Merdeka No. 10, RT 01/RW 02",
    "profile.village": "Kelurahan/desa",
    "profile.district": "Kecamatan",
    "profile.regency": "Kabupaten/kota",
    "profile.province": "Provinsi",
    "profile.postalCode": "Kode pos",
    "profile.postalCodeHint": "5 angka",
    "profile.notSet": "Belum diisi",
    "profile.edit": "Ubah data kontak",
    "profile.editTitle": "Ubah data kontak",
    "profile.editLead": "Kosongkan kolom untuk menghapus isinya. NIK, tanggal lahir, dan jenis kelamin tidak dapat diubah di sini.",
    "profile.identityFixed":
      "NIK, tanggal lahir, dan jenis kelamin adalah identitas Anda yang diperiksa saat pendaftaran dan tidak dapat diubah di portal. Jika ada yang salah, hubungi Disdukcapil.",
    "profile.save": "Simpan data kontak",
    "profile.saved": "Data kontak tersimpan.",
    "profile.error.phone": "Masukkan nomor telepon Indonesia yang benar, misalnya 0812 3456 7890.",
    "profile.error.kkNumber": "Nomor Kartu Keluarga harus 16 angka.",
    "profile.error.birthPlace": "Tempat lahir paling banyak 60 karakter.",
    "profile.error.addressLine": "Alamat harus 5 sampai 200 karakter.",
    "profile.error.village": "Kelurahan/desa paling banyak 80 karakter.",
    "profile.error.district": "Kecamatan paling banyak 80 karakter.",
    "profile.error.regency": "Kabupaten/kota paling banyak 80 karakter.",
    "profile.error.province": "Provinsi paling banyak 80 karakter.",
    "profile.error.postalCode": "Kode pos harus 5 angka.",
  },
  en: {
    "notification.applicationBackInQueue": "Application {trackingNumber} is waiting for an officer again",
    "notification.applicationBackInQueue.email":
      "Your {serviceName} application {trackingNumber} was put back in the queue and will be reviewed by another officer. You do not need to do anything.\n\n" +
      "Follow its progress at {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
    "notification.applicationWithdrawn": "Application {trackingNumber} withdrawn",
    "notification.applicationWithdrawn.email":
      "You withdrew your {serviceName} application {trackingNumber}; it will not be processed.\n\n" +
      "If you did not withdraw it, contact the agency at once through {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
    "notification.correctionReceived": "Correction to application {trackingNumber} received",
    "notification.correctionReceived.email":
      "We have received the correction to your {serviceName} application {trackingNumber}; an officer is reviewing it again. The service time limit is running again.\n\n" +
      "Follow its progress at {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
    "notification.dueDateExtended": "The deadline of application {trackingNumber} moved to {dueDate}",
    "notification.dueDateExtended.email":
      "A new holiday falls within the service period of your {serviceName} application {trackingNumber}. Holidays are not working days, so its deadline is now {dueDate}.\n\n" +
      "Follow its progress at {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
    "application.event.dueDateExtended": "Deadline moved by a new holiday",
    "application.event.dueDateExtendedTo": "New deadline: {dueDate}",
    "application.rejection.title": "Application rejected",
    "application.rejection.reason": "Reason",
    "application.rejection.officerNote": "The officer's explanation",
    "application.rejection.nextSteps": "What you can do",
    "application.rejection.applyAgain": "Apply again",
    "application.rejection.applyAgainHint":
      "We start a new draft with your answers from this application. Check and correct them, then upload the required documents again before sending.",
    "application.rejection.object": "Object to this decision",
    "application.rejection.objectHint":
      "If you believe this rejection is wrong, send an objection with your reasons. It is handled as a complaint about this application.",
    "application.rejection.complain": "Complain about the service",
    "application.rejection.complainHint": "For example about staff conduct, fees or the information you were given.",
    "application.applyAgainNotAllowed": "This application cannot be sent again. Start a new application from the service page.",
    "application.rejectionReason.requirementsNotMet": "Requirements not met",
    "application.rejectionReason.documentsInvalid": "Documents invalid or unreadable",
    "application.rejectionReason.notEligible": "The applicant does not meet the service's conditions",
    "application.rejectionReason.duplicate": "Duplicate: your other application is the one being handled",
    "application.rejectionReason.other": "Another reason (see the officer's explanation)",
    "complaint.category.decisionObjection": "Objection to a decision on an application",
    "complaint.form.objectionTitle": "Objection to the rejection of application {trackingNumber}",
    "application.submittedAnswers": "The answers you sent",
    "application.requirementDocuments": "Required documents",
    "application.documentNotUploaded": "No file",
    "application.otherDocuments": "Other documents",
    "profile.contactTitle": "Contact details",
    "profile.contactLead": "Used to fill in application forms for you. Details you saved from an application form show here too.",
    "profile.phone": "Phone/WhatsApp number",
    "profile.phoneHint": "For example: 0812 3456 7890",
    "profile.kkNumber": "Family card (KK) number",
    "profile.kkNumberHint": "16 digits, printed at the top of the family card.",
    "profile.kkNumberHintStored": "Stored: {masked}. Leave empty to keep it; enter 16 digits to replace it.",
    "profile.birthPlace": "Place of birth",
    "profile.address": "Address",
    "profile.addressLine": "Address (street, house number, RT/RW)",
    "profile.addressLineHint": "For example: Jl. Merdeka No. 10, RT 01/RW 02",
    "profile.village": "Village (kelurahan/desa)",
    "profile.district": "District (kecamatan)",
    "profile.regency": "Regency/city",
    "profile.province": "Province",
    "profile.postalCode": "Postal code",
    "profile.postalCodeHint": "5 digits",
    "profile.notSet": "Not given",
    "profile.edit": "Change contact details",
    "profile.editTitle": "Change contact details",
    "profile.editLead": "Empty a field to remove it. Your NIK, date of birth and sex cannot be changed here.",
    "profile.identityFixed":
      "Your NIK, date of birth and sex are the identity checked at registration and cannot be changed in the portal. If any of them is wrong, contact Disdukcapil.",
    "profile.save": "Save contact details",
    "profile.saved": "Contact details saved.",
    "profile.error.phone": "Enter a valid Indonesian phone number, for example 0812 3456 7890.",
    "profile.error.kkNumber": "The family card number must be 16 digits.",
    "profile.error.birthPlace": "Place of birth must be 60 characters or fewer.",
    "profile.error.addressLine": "Address must be 5 to 200 characters.",
    "profile.error.village": "Village must be 80 characters or fewer.",
    "profile.error.district": "District must be 80 characters or fewer.",
    "profile.error.regency": "Regency/city must be 80 characters or fewer.",
    "profile.error.province": "Province must be 80 characters or fewer.",
    "profile.error.postalCode": "Postal code must be 5 digits.",
  },
});
