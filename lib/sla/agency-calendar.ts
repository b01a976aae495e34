import "server-only";
import type { Tx } from "@/lib/platform/db";
import { recentValues } from "@/lib/platform/recent-values";
import { buildWorkCalendar, type AgencyWorkingHours, type WorkCalendar } from "./calendar";

/** How far around "now" holidays are loaded: enough for any deadline the portal computes. */
const YEARS_BACK = 1;
const YEARS_AHEAD = 3;

/**
 * The agency's working calendar from the Holiday table. Removed holidays are
 * loaded too, so `asOf` can reproduce the calendar a deadline was computed on.
 */
export async function loadWorkCalendar(client: Tx, agency: AgencyWorkingHours, options: { around: Date; asOf?: Date }): Promise<WorkCalendar> {
  const holidays = await loadHolidays(client, agency.regionCode, options.around.getUTCFullYear());
  return buildWorkCalendar(agency, holidays, { asOf: options.asOf });
}

type HolidayRows = Awaited<ReturnType<typeof loadHolidays>>;

function loadHolidays(client: Tx, regionCode: string | null, year: number) {
  return client.holiday.findMany({
    where: {
      date: { gte: new Date(Date.UTC(year - YEARS_BACK, 0, 1)), lt: new Date(Date.UTC(year + YEARS_AHEAD, 0, 1)) },
      OR: [{ regionCode: null }, ...(regionCode ? [{ regionCode }] : [])],
    },
    select: { date: true, regionCode: true, removedAt: true },
  });
}

/**
 * How long a submission may reuse the holidays another request loaded. Every
 * submission needs the calendar for its due date, and reading five years of
 * holidays was about a twentieth of a submission's cost (issue 10, item 2); the
 * calendar changes a few times a year. A change made in this process drops the
 * copies at once (changeHolidayCalendar); another web instance may use its
 * copy for up to this long, and a deadline computed on it meanwhile is
 * extended by the SLA sweep, which always reads the calendar afresh.
 */
export const RECENT_HOLIDAYS_MS = 30_000;

const recentHolidays = recentValues<HolidayRows>("holidays", RECENT_HOLIDAYS_MS);

/** The calendar for a new deadline, from holidays read at most RECENT_HOLIDAYS_MS ago. Batch jobs use loadWorkCalendar. */
export async function loadRecentWorkCalendar(client: Tx, agency: AgencyWorkingHours, options: { around: Date; now?: number }): Promise<WorkCalendar> {
  const year = options.around.getUTCFullYear();
  const rows = await recentHolidays.get(`${agency.regionCode ?? ""}|${year}`, () => loadHolidays(client, agency.regionCode, year), options.now);
  return buildWorkCalendar(agency, rows);
}

/** After a holiday write commits: this process's next deadline reads the calendar again. */
export function forgetRecentHolidays(): void {
  recentHolidays.forget();
}
