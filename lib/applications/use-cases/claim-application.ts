import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { notify } from "@/lib/notifications/notify";
import { db, type Tx } from "@/lib/platform/db";
import { sqlEnumList } from "@/lib/platform/sql-values";
import { loadAgencyCase, loadCaseToFire, officerRole, type AgencyCase } from "../agency-case";
import { announceApplicationChange } from "../side-effects";
import { applyTransition } from "../transition";
import { CLAIMABLE_STATUSES } from "../workflow";

async function claimInTransaction(tx: Tx, application: AgencyCase, officer: ReturnType<typeof officerRole>, now: Date, ip: string | null) {
  const moved = await applyTransition(tx, {
    application,
    event: "claim",
    actor: officer,
    now,
    ip,
    changes: { assignedOfficerId: officer.id, claimedAt: now },
  });
  await notify(tx, {
    userId: application.citizenId,
    messageKey: "notification.applicationInReview",
    params: { trackingNumber: application.trackingNumber ?? "", serviceName: { id: application.service.nameId, en: application.service.nameEn } },
    link: `/permohonan/${application.id}`,
    // The confirmation page promises an email at every status change the citizen sees.
    email: true,
  });
  return moved;
}

/**
 * An officer takes a chosen application into review. Two officers claiming
 * the same one at once: the conditional update lets exactly one win, the
 * other is told it changed meanwhile.
 */
export async function claimApplication(actor: Actor, applicationId: string, context: { ip: string | null; now?: Date; expectedVersion?: number }) {
  const { application, officer } = await loadCaseToFire(actor, applicationId, "claim", context.expectedVersion);
  const now = context.now ?? new Date();
  const moved = await db.$transaction((tx) => claimInTransaction(tx, application, officer, now, context.ip));
  await announceApplicationChange({ applicationId: application.id, agencyId: application.agencyId, status: moved.status, eventId: moved.eventId });
  return { id: application.id, ...moved };
}

/**
 * "Next case": the submitted application closest to its due moment that no
 * other officer is claiming right now (FOR UPDATE SKIP LOCKED), so officers
 * clicking at once each get a different one. Null when the queue is empty.
 */
export async function claimNextApplication(actor: Actor, agencyId: string, context: { ip: string | null; now?: Date }) {
  const officer = officerRole(actor, agencyId);
  const now = context.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    const [next] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Application"
      WHERE "agencyId" = ${agencyId} AND "status" IN (${sqlEnumList(CLAIMABLE_STATUSES, "ApplicationStatus")})
      ORDER BY "dueAt" ASC NULLS LAST, "submittedAt" ASC
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    if (!next) return null;
    const application = await loadAgencyCase(tx, actor, next.id, "agency.work");
    const moved = await claimInTransaction(tx, application, officer, now, context.ip);
    return { id: application.id, agencyId: application.agencyId, ...moved };
  });
  if (!result) return null;
  await announceApplicationChange({ applicationId: result.id, agencyId: result.agencyId, status: result.status, eventId: result.eventId });
  return result;
}
