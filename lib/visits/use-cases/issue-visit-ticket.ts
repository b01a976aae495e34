import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { localDateOfDay, toLocalParts } from "@/lib/sla/local-time";
import { ticketNumber } from "../booking-code";
import { loadOffer, loadSlotPlan, serviceDateOf } from "../data";
import { announceBoard, createTicket, locationBySlug, peopleAhead } from "../hall";
import { assertKioskToken } from "../kiosk-token";
import { isOpenDate } from "../slots";
import { PRIORITY_REASONS, type PriorityReason } from "../workflow";
import type { IssuedTicket } from "./check-in-visit";

/**
 * A number for someone without a booking, from an activated kiosk: the
 * walk-in line, or the priority line for the elderly, pregnant women and
 * people with disabilities (a reason is required; staff may ask). Numbers
 * are rows, so a restart of the web process loses none.
 */
export async function issueVisitTicket(
  actor: Actor,
  input: { locationSlug: string; serviceSlug: string; priorityReason?: string; kioskToken: string | null },
  now = new Date(),
): Promise<IssuedTicket> {
  authorize(actor, "visit.kiosk");
  const location = await locationBySlug(db, String(input.locationSlug ?? ""));
  assertKioskToken(input.kioskToken, location.id, now);
  const offer = await loadOffer(db, location.slug, String(input.serviceSlug ?? ""));
  const priority = input.priorityReason !== undefined;
  if (priority && !PRIORITY_REASONS.includes(input.priorityReason as PriorityReason)) {
    throw new AppError("INVALID", "visit.error.priorityReason", { priorityReason: ["visit.error.priorityReason"] });
  }
  const plan = await loadSlotPlan(db, offer, now);
  if (!isOpenDate(plan, localDateOfDay(toLocalParts(location.timezone, now.getTime()).day))) throw new AppError("CONFLICT", "visit.error.closedToday");
  const today = serviceDateOf(location.timezone, now);
  const ticket = await db.$transaction(async (tx) => {
    const created = await createTicket(tx, {
      locationId: location.id,
      serviceDate: today,
      letter: offer.ticketLetter,
      serviceId: offer.service.id,
      line: priority ? "PRIORITY" : "WALK_IN",
      priorityReason: priority ? (input.priorityReason ?? null) : null,
      issuedAt: now,
    });
    await recordAudit(tx, {
      agencyId: offer.service.agencyId,
      action: "visit.ticketIssued",
      entityType: "VisitTicket",
      entityId: created.id,
      data: { priority },
    });
    return created;
  });
  await announceBoard(location.id);
  return {
    number: ticketNumber(ticket.letter, ticket.serial),
    ahead: await peopleAhead(db, location, ticket.id, now),
    late: false,
    serviceName: { id: offer.service.nameId, en: offer.service.nameEn },
  };
}
