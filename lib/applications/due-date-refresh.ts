import "server-only";
import { notify } from "@/lib/notifications/notify";
import { momentParam } from "@/lib/notifications/render";
import { db } from "@/lib/platform/db";
import { loadWorkCalendar } from "@/lib/sla/agency-calendar";
import { createSlaEvaluator, type SlaEvaluator } from "@/lib/sla/evaluator";
import { pauseIntervals } from "./sla-clock";

const MS_PER_DAY = 86_400_000;
/**
 * The span the evaluator's table covers around "now": every due moment a
 * batch job looks at falls in it; anything outside still gets the right
 * answer from the plain day walk, only slower.
 */
const TABLE_DAYS_BACK = 400;
const TABLE_DAYS_AHEAD = 800;

export type EvaluatorFor = (agencyId: string) => Promise<SlaEvaluator>;

/**
 * One fast evaluator per agency, built on first use and kept for the run:
 * a batch job loads each agency's holiday calendar once, not once per row.
 * `around` is the moment the deadlines at hand cluster around (the sweep's
 * "now", or the holidays just added): the calendar and its table cover years
 * on either side of it.
 */
export function agencyEvaluators(around: Date): EvaluatorFor {
  const cache = new Map<string, Promise<SlaEvaluator>>();
  const load = async (agencyId: string) => {
    const agency = await db.agency.findUniqueOrThrow({
      where: { id: agencyId },
      select: { timezone: true, officeOpens: true, officeCloses: true, regionCode: true },
    });
    const calendar = await loadWorkCalendar(db, agency, { around });
    return createSlaEvaluator(calendar, {
      from: new Date(around.getTime() - TABLE_DAYS_BACK * MS_PER_DAY),
      to: new Date(around.getTime() + TABLE_DAYS_AHEAD * MS_PER_DAY),
    });
  };
  return (agencyId) => {
    let evaluator = cache.get(agencyId);
    if (!evaluator) {
      evaluator = load(agencyId);
      cache.set(agencyId, evaluator);
    }
    return evaluator;
  };
}

export type DueRow = { id: string; agencyId: string; submittedAt: Date; dueAt: Date; slaWorkingDays: number };
export type RefreshedDueDates = {
  /** The due moment each row now has in the database; a row whose update lost a race is absent. */
  dueAt: Map<string, Date>;
  extended: string[];
};

/**
 * Recomputes the stored due moments of a batch on today's holiday calendar,
 * exactly as a resubmission does (lib/applications/sla-clock.ts): from the
 * submission, the working-day allowance and the pauses in the timeline, never
 * earlier than what is stored. So a holiday added since can only push a
 * deadline later, and a holiday removed since changes nothing.
 *
 * Each move writes a timeline entry and notifies the citizen in the same
 * transaction.
 *
 * A recorded breach stands: those rows are left alone, as a late correction
 * request cannot revive a deadline either. Each write is conditional on the
 * due moment read, so a concurrent resubmission (which recomputes on its own)
 * is never overwritten with an older view.
 */
export async function refreshDueDates(rows: readonly DueRow[], evaluatorFor: EvaluatorFor): Promise<RefreshedDueDates> {
  const result: RefreshedDueDates = { dueAt: new Map(), extended: [] };
  if (rows.length === 0) return result;
  const events = await db.applicationEvent.findMany({
    where: { applicationId: { in: rows.map((row) => row.id) }, type: { in: ["correctionRequested", "resubmitted", "withdrawn"] } },
    select: { applicationId: true, type: true, createdAt: true },
  });
  const eventsOf = new Map<string, { type: string; createdAt: Date }[]>();
  for (const event of events) {
    const list = eventsOf.get(event.applicationId) ?? [];
    list.push(event);
    eventsOf.set(event.applicationId, list);
  }
  for (const row of rows) {
    const evaluator = await evaluatorFor(row.agencyId);
    const next = evaluator.computeDueAt({
      submittedAt: row.submittedAt,
      workingDays: row.slaWorkingDays,
      pauses: pauseIntervals(eventsOf.get(row.id) ?? []),
      previousDueAt: row.dueAt,
    });
    if (next.getTime() <= row.dueAt.getTime()) {
      result.dueAt.set(row.id, row.dueAt);
      continue;
    }
    const moved = await db.$transaction(async (tx) => {
      const { count } = await tx.application.updateMany({
        where: { id: row.id, dueAt: row.dueAt, breachRecordedAt: null },
        data: { dueAt: next },
      });
      if (count !== 1) return false;
      // The citizen was promised the old date: the move is on their timeline and in a notice, or in neither.
      const application = await tx.application.findUniqueOrThrow({
        where: { id: row.id },
        select: { citizenId: true, trackingNumber: true, service: { select: { nameId: true, nameEn: true } } },
      });
      await tx.applicationEvent.create({
        data: {
          applicationId: row.id,
          actorId: null,
          actorRole: null,
          type: "dueDateExtended",
          internal: false,
          data: { previousDueAt: row.dueAt.toISOString(), dueAt: next.toISOString() },
        },
      });
      await notify(tx, {
        userId: application.citizenId,
        messageKey: "notification.dueDateExtended",
        params: {
          trackingNumber: application.trackingNumber ?? "",
          serviceName: { id: application.service.nameId, en: application.service.nameEn },
          dueDate: momentParam(next, evaluator.calendar.timeZone),
        },
        link: `/permohonan/${row.id}`,
        email: true,
      });
      return true;
    });
    if (moved) {
      result.dueAt.set(row.id, next);
      result.extended.push(row.id);
    }
  }
  return result;
}
