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
  },
});
