import "server-only";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/platform/db";
import type { AgencyWorkingHours } from "@/lib/sla/calendar";
import { remainingWholeWorkingDays, slaStatus, type SlaStatus } from "@/lib/sla/status";
import { complaintCalendar } from "./sla";
import { slaPhaseOf, type SlaPhase } from "./workflow";

export type ComplaintSlaView = { phase: SlaPhase; dueAt: Date; status: SlaStatus; remainingDays: number; timeZone: string };

/** The running clock as people see it: which phase, the due moment, days left, status; null when no clock runs. */
export async function complaintSlaView(
  complaint: { status: ComplaintStatus; slaStartedAt: Date | null; dueAt: Date | null; agency: AgencyWorkingHours | null },
  now = new Date(),
): Promise<ComplaintSlaView | null> {
  const phase = slaPhaseOf(complaint.status);
  if (!phase || !complaint.slaStartedAt || !complaint.dueAt) return null;
  const calendar = await complaintCalendar(db, complaint.agency, now);
  const input = { startedAt: complaint.slaStartedAt, dueAt: complaint.dueAt, now };
  return {
    phase,
    dueAt: complaint.dueAt,
    status: slaStatus(calendar, input),
    remainingDays: remainingWholeWorkingDays(calendar, input),
    timeZone: calendar.timeZone,
  };
}
