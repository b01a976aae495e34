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
  },
});
