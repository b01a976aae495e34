import "server-only";
import { db } from "@/lib/platform/db";
import { loadWorkCalendar } from "@/lib/sla/agency-calendar";
import { createSlaEvaluator, type SlaEvaluator } from "@/lib/sla/evaluator";
import { PORTAL_WORKING_HOURS, workingHoursSelect } from "./sla";

const MS_PER_DAY = 86_400_000;

/**
 * One fast SLA evaluator per agency (and one for the portal's own calendar,
 * key null), built on first use and kept for a batch run, so each calendar is
 * loaded once, not once per complaint.
 */
export function complaintEvaluators(around: Date): (agencyId: string | null) => Promise<SlaEvaluator> {
  const cache = new Map<string, Promise<SlaEvaluator>>();
  const load = async (agencyId: string | null) => {
    const hours = agencyId ? await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: workingHoursSelect }) : PORTAL_WORKING_HOURS;
    const calendar = await loadWorkCalendar(db, hours, { around });
    return createSlaEvaluator(calendar, { from: new Date(around.getTime() - 400 * MS_PER_DAY), to: new Date(around.getTime() + 400 * MS_PER_DAY) });
  };
  return (agencyId) => {
    const key = agencyId ?? "";
    let evaluator = cache.get(key);
    if (!evaluator) {
      evaluator = load(agencyId);
      cache.set(key, evaluator);
    }
    return evaluator;
  };
}
