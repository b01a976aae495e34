import { defineMessages } from "../define";

/**
 * Notifications: the in-app centre, the email outbox, and the notices about
 * applications. A domain's own notices live beside it under a longer prefix
 * (`notification.complaint…` in complaints.ts, `notification.sla…` in sla.ts).
 *
 * Convention (lib/notifications/email.ts relies on it): a notification key
 * `notification.x` is the in-app text and the email subject; `notification.x.email`
 * is the plain-text email body. The body may use every param of the subject and
 * `{link}`, the absolute URL of the notification's link.
 */
export const notifications = defineMessages({
  prefixes: ["notification.", "notifications.", "outbox."],
  id: {
    "notifications.title": "Notifikasi",
    "notifications.empty": "Belum ada notifikasi.",
    "notifications.markAllRead": "Tandai semua sudah dibaca",
    "notifications.unread": "{count} belum dibaca",
    "notifications.older": "Notifikasi sebelumnya",
    "outbox.title": "Kotak keluar email",
    "outbox.lead": "Email pemberitahuan yang dibuat portal. Tanpa server SMTP, email tersimpan di sini dan tidak terkirim.",
    "outbox.empty": "Belum ada email.",
    "outbox.notSent": "Belum terkirim (SMTP belum diatur)",
    "outbox.sentAt": "Terkirim {date}",
    "outbox.older": "Email sebelumnya",
    "outbox.linkWithheld": "(tautan sekali pakai: hanya dikirim ke penerima, tidak disimpan)",
    "outbox.linkStale": "(tautan sekali pakai ini sudah tidak berlaku)",

    "notification.applicationSubmitted": "Permohonan {trackingNumber} diterima",
    "notification.applicationSubmitted.email":
      "Permohonan {serviceName} Anda telah kami terima dengan nomor {trackingNumber}.\n\n" +
      "Perkiraan selesai: {dueDate}.\n\n" +
      "Pantau perkembangannya di {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "notification.applicationStatusChanged": "Status permohonan {trackingNumber}: {status}",
    "notification.applicationStatusChanged.email":
      "Status permohonan {serviceName} nomor {trackingNumber} kini: {status}.\n\n" +
      "Lihat rinciannya di {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "notification.correctionRequested": "Permohonan {trackingNumber} perlu diperbaiki",
    "notification.correctionRequested.email":
      "Petugas meminta perbaikan pada permohonan {serviceName} nomor {trackingNumber}.\n\n" +
      "Catatan petugas: {note}\n\n" +
      "Batas waktu layanan berhenti sampai Anda mengirim perbaikan di {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "notification.applicationInReview": "Permohonan {trackingNumber} sedang diperiksa",
    "notification.applicationInReview.email":
      "Petugas mulai memeriksa permohonan {trackingNumber}. Anda akan diberi tahu jika ada yang perlu diperbaiki atau saat keputusan dibuat.\n\n{link}",
    "notification.applicationApproved": "Permohonan {trackingNumber} disetujui",
    "notification.applicationApproved.email":
      "Permohonan {serviceName} nomor {trackingNumber} telah disetujui. Dokumen hasil akan segera diterbitkan dan dapat diunduh di {link}\n\n{note}\n\nEmail ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "notification.applicationRejected": "Permohonan {trackingNumber} ditolak",
    "notification.applicationRejected.email":
      "Mohon maaf, permohonan {serviceName} nomor {trackingNumber} tidak dapat disetujui.\n\nAlasan dari petugas: {note}\n\nRincian dan cara mengajukan pengaduan ada di {link}\n\nEmail ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
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
  },
  en: {
    "notifications.title": "Notifications",
    "notifications.older": "Older notifications",
    "outbox.title": "Email outbox",
    "outbox.lead": "Notification emails the portal wrote. Without an SMTP server they stay here, unsent.",
    "outbox.empty": "No emails yet.",
    "outbox.notSent": "Not sent (no SMTP configured)",
    "outbox.sentAt": "Sent {date}",
    "outbox.older": "Older emails",
    "outbox.linkWithheld": "(one-time link: sent to the recipient only, not stored)",
    "outbox.linkStale": "(this one-time link no longer works)",
    "notifications.empty": "No notifications yet.",
    "notifications.markAllRead": "Mark all as read",
    "notifications.unread": "{count} unread",

    "notification.applicationSubmitted": "Application {trackingNumber} received",
    "notification.applicationSubmitted.email":
      "We have received your {serviceName} application with number {trackingNumber}.\n\n" +
      "Expected completion: {dueDate}.\n\n" +
      "Follow its progress at {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
    "notification.applicationStatusChanged": "Application {trackingNumber}: {status}",
    "notification.applicationStatusChanged.email":
      "Your {serviceName} application {trackingNumber} is now: {status}.\n\n" +
      "See the details at {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
    "notification.correctionRequested": "Application {trackingNumber} needs correction",
    "notification.correctionRequested.email":
      "An officer asked for a correction to your {serviceName} application {trackingNumber}.\n\n" +
      "Officer's note: {note}\n\n" +
      "The service time limit is paused until you send the correction at {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
    "notification.applicationInReview": "Application {trackingNumber} is being reviewed",
    "notification.applicationInReview.email":
      "An officer has started reviewing application {trackingNumber}. You will be told if anything needs correcting and when a decision is made.\n\n{link}",
    "notification.applicationApproved": "Application {trackingNumber} approved",
    "notification.applicationApproved.email":
      "Your application for {serviceName}, number {trackingNumber}, has been approved. The output document will be issued shortly and can be downloaded at {link}\n\n{note}\n\nThis email was sent automatically by SatuPintu; please do not reply.",
    "notification.applicationRejected": "Application {trackingNumber} rejected",
    "notification.applicationRejected.email":
      "We are sorry: your application for {serviceName}, number {trackingNumber}, could not be approved.\n\nThe officer's reason: {note}\n\nDetails, and how to file a complaint, are at {link}\n\nThis email was sent automatically by SatuPintu; please do not reply.",
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
  },
});
