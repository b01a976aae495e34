import { defineMessages } from "../define";

/** SLA: due dates, remaining working days, status badges, breach notices. */
export const sla = defineMessages({
  id: {
    "sla.status.ON_TRACK": "Sesuai jadwal",
    "sla.status.AT_RISK": "Hampir lewat batas",
    "sla.status.BREACHED": "Melewati batas waktu",
    "sla.status.MET": "Tepat waktu",
    "sla.status.MISSED": "Terlambat",
    "sla.remainingDays": "Sisa {count} hari kerja",
    "sla.dueOn": "Batas waktu: {date}",
    "sla.paused": "Waktu layanan dihentikan sementara menunggu perbaikan dari Anda",
  },
  en: {
    "sla.status.ON_TRACK": "On track",
    "sla.status.AT_RISK": "At risk",
    "sla.status.BREACHED": "Overdue",
    "sla.status.MET": "Met",
    "sla.status.MISSED": "Missed",
    "sla.remainingDays": "{count} working days left",
    "sla.dueOn": "Due: {date}",
    "sla.paused": "The clock is paused while we wait for your correction",
  },
});
