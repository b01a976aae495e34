import { defineMessages } from "../define";

/**
 * SLA: due dates, remaining working days, status badges, at-risk and breach
 * notices (the `notification.x` / `notification.x.email` convention of
 * catalog/notifications.ts).
 */
export const sla = defineMessages({
  prefixes: ["sla.", "notification.sla"],
  id: {
    "sla.status.ON_TRACK": "Sesuai jadwal",
    "sla.status.AT_RISK": "Hampir lewat batas",
    "sla.status.BREACHED": "Melewati batas waktu",
    "sla.status.MET": "Tepat waktu",
    "sla.status.MISSED": "Terlambat",
    "sla.remainingDays": "Sisa {count} hari kerja",
    "sla.dueOn": "Batas waktu: {date}",
    "sla.paused": "Waktu layanan dihentikan sementara menunggu perbaikan dari Anda",
    "sla.pausedForApplicant": "Waktu layanan dihentikan sementara menunggu perbaikan dari pemohon",

    "notification.slaAtRisk": "Permohonan {trackingNumber} mendekati batas waktu layanan ({dueDate})",
    "notification.slaBreachedSupervisor": "Eskalasi: permohonan {trackingNumber} melewati batas waktu layanan ({dueDate})",
    "notification.slaBreachedCitizen": "Mohon maaf, permohonan {trackingNumber} melewati batas waktu layanan",
    "notification.slaBreachedCitizen.email":
      "Mohon maaf, permohonan {serviceName} Anda dengan nomor {trackingNumber} belum selesai, " +
      "padahal batas waktu layanannya ({dueDate}) telah lewat.\n\n" +
      "Pimpinan instansi telah diberi tahu agar permohonan Anda segera diselesaikan.\n\n" +
      "Jika Anda ingin menyampaikan pengaduan, formulirnya sudah terisi untuk permohonan ini: {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
  },
  en: {
    "sla.status.ON_TRACK": "On track",
    "sla.status.AT_RISK": "At risk",
    "sla.status.BREACHED": "Overdue",
    "sla.status.MET": "Met",
    "sla.status.MISSED": "Missed",
    "sla.remainingDays": "{count, plural, one {# working day left} other {# working days left}}",
    "sla.dueOn": "Due: {date}",
    "sla.paused": "The clock is paused while we wait for your correction",
    "sla.pausedForApplicant": "The clock is paused while we wait for the applicant's correction",

    "notification.slaAtRisk": "Application {trackingNumber} is close to its service time limit ({dueDate})",
    "notification.slaBreachedSupervisor": "Escalation: application {trackingNumber} is past its service time limit ({dueDate})",
    "notification.slaBreachedCitizen": "We are sorry: application {trackingNumber} is past its service time limit",
    "notification.slaBreachedCitizen.email":
      "We are sorry: your {serviceName} application {trackingNumber} is not finished, " +
      "and its service time limit ({dueDate}) has passed.\n\n" +
      "The agency's supervisors have been told, so that your application is finished as soon as possible.\n\n" +
      "If you would like to file a complaint, the form is already filled in for this application: {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
  },
});
