import { defineMessages } from "../define";

/**
 * Notifications: the in-app centre and email texts.
 *
 * Convention (lib/notifications/email.ts relies on it): a notification key
 * `notification.x` is the in-app text and the email subject; `notification.x.email`
 * is the plain-text email body. The body may use every param of the subject and
 * `{link}`, the absolute URL of the notification's link.
 */
export const notifications = defineMessages({
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
  },
});
