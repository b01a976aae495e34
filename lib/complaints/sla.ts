import "server-only";
import type { Tx } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { loadWorkCalendar } from "@/lib/sla/agency-calendar";
import type { AgencyWorkingHours, WorkCalendar } from "@/lib/sla/calendar";
import { dueMoment } from "@/lib/sla/clock";
import type { SlaPhase } from "./workflow";

/**
 * The portal's own working week, for complaints that no agency owns yet (and
 * for whistleblowing reports, which the integrity unit handles): WIB, 07:30–16:00,
 * national holidays and cuti bersama only.
 */
export const PORTAL_WORKING_HOURS: AgencyWorkingHours = {
  timezone: "Asia/Jakarta",
  officeOpens: "07:30",
  officeCloses: "16:00",
  regionCode: null,
};

/** Working days allowed in each phase (DESIGN.md §5; COMPLAINT_* settings). */
export function phaseWorkingDays(phase: SlaPhase): number {
  const settings = env();
  return phase === "verify" ? settings.COMPLAINT_VERIFY_WORKING_DAYS : settings.COMPLAINT_FOLLOW_UP_WORKING_DAYS;
}

export function disputeWindowDays(): number {
  return env().COMPLAINT_DISPUTE_DAYS;
}

/** The calendar a complaint's clock runs on: its agency's, or the portal's. */
export async function complaintCalendar(client: Tx, agency: AgencyWorkingHours | null, now: Date): Promise<WorkCalendar> {
  return loadWorkCalendar(client, agency ?? PORTAL_WORKING_HOURS, { around: now });
}

/** The due moment of a phase that starts at `startedAt`. */
export async function phaseDueAt(client: Tx, agency: AgencyWorkingHours | null, phase: SlaPhase, startedAt: Date): Promise<Date> {
  return dueMoment(await complaintCalendar(client, agency, startedAt), startedAt, phaseWorkingDays(phase));
}

/** The working-hours columns to select with an agency. */
export const workingHoursSelect = { timezone: true, officeOpens: true, officeCloses: true, regionCode: true } as const;
