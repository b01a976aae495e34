import "server-only";
import type { Tx } from "@/lib/platform/db";
import { buildWorkCalendar, type AgencyWorkingHours, type WorkCalendar } from "./calendar";

/** How far around "now" holidays are loaded: enough for any deadline the portal computes. */
const YEARS_BACK = 1;
const YEARS_AHEAD = 3;

/**
 * The agency's working calendar from the Holiday table. Removed holidays are
 * loaded too, so `asOf` can reproduce the calendar a deadline was computed on.
 */
export async function loadWorkCalendar(
  client: Tx,
  agency: AgencyWorkingHours,
  options: { around: Date; asOf?: Date },
): Promise<WorkCalendar> {
  const year = options.around.getUTCFullYear();
  const holidays = await client.holiday.findMany({
    where: {
      date: { gte: new Date(Date.UTC(year - YEARS_BACK, 0, 1)), lt: new Date(Date.UTC(year + YEARS_AHEAD, 0, 1)) },
      OR: [{ regionCode: null }, ...(agency.regionCode ? [{ regionCode: agency.regionCode }] : [])],
    },
    select: { date: true, regionCode: true, removedAt: true },
  });
  return buildWorkCalendar(agency, holidays, { asOf: options.asOf });
}
