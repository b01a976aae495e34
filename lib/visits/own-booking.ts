import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn, type AuditActor } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { normalizeBookingCode } from "./booking-code";
import { isBeforeChangeDeadline } from "./booking-rules";
import { isBookingChangeable } from "./workflow";

const BOOKING_SELECT = {
  id: true,
  code: true,
  userId: true,
  status: true,
  slotId: true,
  serviceId: true,
  slot: { select: { startsAt: true } },
  location: { select: { id: true, slug: true, nameId: true, nameEn: true, address: true, timezone: true, changeCutoffHours: true } },
} as const;

/**
 * The citizen's own booking that may still be changed (rescheduled or
 * cancelled): anyone else's code answers "not found", a booking past its
 * cutoff or already at the office answers why.
 */
export async function changeableOwnBooking(client: Tx, actor: Actor, code: string, now: Date) {
  const normalized = normalizeBookingCode(code);
  const booking = normalized ? await client.visitBooking.findUnique({ where: { code: normalized }, select: BOOKING_SELECT }) : null;
  if (!booking) {
    authorizeSignedIn(actor, "visit.change", { ownerId: "" });
    throw new AppError("NOT_FOUND", "error.notFound");
  }
  const audit: AuditActor<Role> = authorizeSignedIn(actor, "visit.change", { ownerId: booking.userId });
  if (!isBookingChangeable(booking.status)) throw new AppError("CONFLICT", "visit.error.notChangeable");
  if (!isBeforeChangeDeadline(booking.slot.startsAt, booking.location.changeCutoffHours, now)) {
    throw new AppError("CONFLICT", "visit.error.pastCutoff");
  }
  return { booking, audit };
}
