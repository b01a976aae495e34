import "server-only";
import type { Tx } from "@/lib/platform/db";
import type { AgencyWorkingHours } from "@/lib/sla/calendar";
import { loadWorkCalendar } from "@/lib/sla/agency-calendar";
import { computeDueAt, type PauseInterval } from "@/lib/sla/clock";

/**
 * The pauses of an application's clock, read from its timeline: each
 * correction request opens one, the next resubmission (or withdrawal) closes it.
 */
export function pauseIntervals(events: readonly { type: string; createdAt: Date }[]): PauseInterval[] {
  const pauses: PauseInterval[] = [];
  let open: Date | null = null;
  for (const event of [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (event.type === "correctionRequested" && !open) open = event.createdAt;
    else if ((event.type === "resubmitted" || event.type === "withdrawn") && open) {
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
    where: { applicationId: application.id, type: { in: ["correctionRequested", "resubmitted", "withdrawn"] } },
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
