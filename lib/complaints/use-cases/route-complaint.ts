import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffActor } from "../access";
import { routeSchema } from "../schemas";
import { phaseDueAt, workingHoursSelect } from "../sla";
import { assertComplaintUnchanged, loadStaffCase } from "../staff-case";
import { applyComplaintTransition } from "../transition";
import { nextComplaintStatus } from "../workflow";

/**
 * Verifies a complaint and routes it to the agency that must follow it up
 * (for whistleblowing: to the integrity unit's own handling), in one
 * transaction with two timeline entries. The follow-up clock starts here,
 * on the receiving agency's calendar.
 */
export async function verifyAndRouteComplaint(actor: Actor, complaintId: string, input: unknown, context: { ip: string | null; now?: Date }) {
  const { agencyCode, note, version } = parseOrThrow(routeSchema, input);
  const now = context.now ?? new Date();
  const preview = await loadStaffCase(db, actor, complaintId, "verify");
  assertComplaintUnchanged(preview, version);
  const whistleblowing = preview.kind === "WHISTLEBLOWING";
  const target = whistleblowing
    ? null
    : await db.agency.findUnique({ where: { code: agencyCode ?? preview.agency?.code ?? "" }, select: { id: true, code: true, ...workingHoursSelect } });
  if (!whistleblowing && !target) throw new AppError("INVALID", "error.invalidInput", { agencyCode: ["complaint.agencyRequired"] });
  const by = staffActor(actor, preview);
  const dueAt = await phaseDueAt(db, target, "followUp", now);

  const officers = target
    ? await db.agencyMembership.findMany({ where: { agencyId: target.id, role: "OFFICER", user: { active: true } }, select: { userId: true } })
    : [];

  return db.$transaction(async (tx) => {
    let complaint = await loadStaffCase(tx, actor, complaintId, "verify", { locked: true });
    assertComplaintUnchanged(complaint, version);
    if (nextComplaintStatus(complaint.status, "verify")) {
      const verified = await applyComplaintTransition(tx, { complaint, event: "verify", actor: by, now, ip: context.ip, changes: { verifiedAt: now } });
      complaint = { ...complaint, status: verified.status, version: verified.version };
    }
    const routed = await applyComplaintTransition(tx, {
      complaint,
      event: "route",
      actor: by,
      now,
      ip: context.ip,
      note: note ?? null,
      data: { fromAgencyId: complaint.agencyId, toAgencyId: target?.id ?? null },
      changes: {
        agencyId: target ? target.id : complaint.agencyId,
        routedAt: now,
        slaStartedAt: now,
        dueAt,
        atRiskRecordedAt: null,
        breachRecordedAt: null,
      },
    });
    if (complaint.filerId) {
      await notify(tx, {
        userId: complaint.filerId,
        messageKey: "notification.complaintRouted",
        params: { trackingCode: complaint.trackingCode },
        link: `/pengaduan/lacak/${complaint.trackingCode}`,
      });
    }
    for (const { userId } of officers) {
      await notify(tx, {
        userId,
        messageKey: "notification.complaintRoutedToAgency",
        params: { trackingCode: complaint.trackingCode },
        link: `/petugas/pengaduan/${complaint.id}`,
      });
    }
    return { id: complaint.id, status: routed.status, agencyId: target?.id ?? null, dueAt };
  });
}
