import "server-only";
import { db } from "@/lib/platform/db";
import { buildWorkCalendar, officeDayMs, type AgencyWorkingHours } from "@/lib/sla/calendar";
import { createSlaEvaluator, type SlaEvaluator } from "@/lib/sla/evaluator";
import { toLocalParts } from "@/lib/sla/local-time";

const DAY_MS = 86_400_000;
/** The evaluator's table spans at most 20 years; older instants fall back to the plain (slower, same) rules. */
const MAX_TABLE_DAYS = 19 * 365;

/** One agency's working clock, as the dashboard reads durations and days. */
export type DashboardClock = {
  timeZone: string;
  officeDayMs: number;
  evaluator: SlaEvaluator;
  /** The agency's local calendar day (days since 1970-01-01) at an instant. */
  dayOf(instant: Date): number;
};

/** Records naming no agency (an unrouted complaint) are counted on the portal's home calendar. */
export const DEFAULT_WORKING_HOURS: AgencyWorkingHours = {
  timezone: "Asia/Jakarta",
  officeOpens: "07:30",
  officeCloses: "16:00",
  regionCode: null,
};

export type ClockFor = (agencyId: string | null) => DashboardClock;

/**
 * Every agency's working calendar (lib/sla) over [from, to], with the holidays
 * of that whole span: a dashboard looks years back, further than the SLA
 * sweep's calendar reaches.
 */
export async function loadDashboardClocks(range: { from: Date; to: Date }): Promise<ClockFor> {
  const fromMs = Math.max(range.from.getTime(), range.to.getTime() - MAX_TABLE_DAYS * DAY_MS) - 2 * DAY_MS;
  const toMs = range.to.getTime() + 2 * DAY_MS;
  const [agencies, holidays] = await Promise.all([
    db.agency.findMany({ select: { id: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true } }),
    db.holiday.findMany({
      where: { date: { gte: new Date(fromMs - 400 * DAY_MS), lte: new Date(toMs + 400 * DAY_MS) } },
      select: { date: true, regionCode: true, removedAt: true },
    }),
  ]);
  const build = (hours: AgencyWorkingHours): DashboardClock => {
    const calendar = buildWorkCalendar(hours, holidays);
    const timeZone = calendar.timeZone;
    return {
      timeZone,
      officeDayMs: officeDayMs(calendar),
      evaluator: createSlaEvaluator(calendar, { from: new Date(fromMs), to: new Date(toMs) }),
      dayOf: (instant) => toLocalParts(timeZone, instant.getTime()).day,
    };
  };
  const clocks = new Map(agencies.map((agency) => [agency.id, build(agency)]));
  let fallback: DashboardClock | undefined;
  return (agencyId) => {
    const clock = agencyId ? clocks.get(agencyId) : undefined;
    if (clock) return clock;
    fallback ??= build(DEFAULT_WORKING_HOURS);
    return fallback;
  };
}
