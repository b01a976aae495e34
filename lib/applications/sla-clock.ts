import "server-only";
import type { Tx } from "@/lib/platform/db";
import type { AgencyWorkingHours } from "@/lib/sla/calendar";
import { loadWorkCalendar } from "@/lib/sla/agency-calendar";
import { computeDueAt, type PauseInterval } from "@/lib/sla/clock";

/** Timeline entries (transition.ts EVENT_TYPE) that stop the clock: the case waits on the citizen. */
const PAUSE_OPENERS = ["correctionRequested", "submittedAwaitingPayment", "approvedAwaitingPayment"];
/** …and those that start it again. */
const PAUSE_CLOSERS = ["resubmitted", "withdrawn", "paymentReceived"];

/**
 * The pauses of an application's clock, read from its timeline: each
 * correction request or bill opens one, the next resubmission, payment (or withdrawal) closes it.
 */
export function pauseIntervals(events: readonly { type: string; createdAt: Date }[]): PauseInterval[] {
  const pauses: PauseInterval[] = [];
  let open: Date | null = null;
  for (const event of [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (PAUSE_OPENERS.includes(event.type) && !open) open = event.createdAt;
    else if (PAUSE_CLOSERS.includes(event.type) && open) {
      pauses.push({ startedAt: open, endedAt: event.createdAt });
      open = null;
    }
  }
  if (open) pauses.push({ startedAt: open, endedAt: null });
  return pauses;
}

/**
 * The due moment after the pauses so far, on today's holiday calendar, never
 * earlier than the one stored (DESIGN.md §4).
 */
export async function recomputeDueAt(
  client: Tx,
  application: {
    id: string;
    submittedAt: Date;
    dueAt: Date | null;
    agency: AgencyWorkingHours;
    standardVersion: { slaWorkingDays: number };
  },
  now: Date,
  extraEvents: readonly { type: string; createdAt: Date }[] = [],
): Promise<Date> {
  const events = await client.applicationEvent.findMany({
    where: { applicationId: application.id, type: { in: [...PAUSE_OPENERS, ...PAUSE_CLOSERS] } },
    select: { type: true, createdAt: true },
  });
  const calendar = await loadWorkCalendar(client, application.agency, { around: now });
  return computeDueAt(calendar, {
    submittedAt: application.submittedAt,
    workingDays: application.standardVersion.slaWorkingDays,
    pauses: pauseIntervals([...events, ...extraEvents]),
    previousDueAt: application.dueAt,
  });
}
