import "server-only";
import { momentParam } from "@/lib/notifications/render";
import { notify } from "@/lib/notifications/notify";
import type { Tx } from "@/lib/platform/db";
import { displayBookingCode } from "./booking-code";

type BookingForNotice = {
  userId: string;
  code: string;
  startsAt: Date;
  timeZone: string;
  service: { nameId: string; nameEn: string };
  location: { nameId: string; nameEn: string; address: string };
};

type BookingNoticeKey = "notification.visitBooked" | "notification.visitRescheduled" | "notification.visitCancelled" | "notification.visitReminder";

/** The in-app notice and email of a booking change: code, service, place and time; the page at the link shows the QR code and the calendar file. */
export function notifyBooking(tx: Tx, messageKey: BookingNoticeKey, booking: BookingForNotice) {
  return notify(tx, {
    userId: booking.userId,
    messageKey,
    email: true,
    link: `/kunjungan/${booking.code}`,
    params: {
      code: displayBookingCode(booking.code),
      service: { id: booking.service.nameId, en: booking.service.nameEn },
      location: { id: booking.location.nameId, en: booking.location.nameEn },
      address: booking.location.address,
      at: momentParam(booking.startsAt, booking.timeZone),
    },
  });
}
