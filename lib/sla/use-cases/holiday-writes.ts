import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { enqueueJob } from "@/lib/platform/jobs";
import { forgetRecentHolidays } from "@/lib/sla/agency-calendar";
import { HOLIDAYS_ADDED_QUEUE, type HolidaysAddedPayload } from "@/lib/sla/holiday-events";

/** Arbitrary, but fixed: the transaction-level advisory lock that holiday writes take turns on. */
const HOLIDAY_CALENDAR_LOCK = 7226002;

export type AdminContext = { ip: string | null; now?: Date };

/**
 * Holiday writes are rare and each checks "is this date already a holiday
 * here?" before writing; taking turns makes that check hold until commit,
 * so two admins (or a double-submitted import) cannot both add the same day.
 */
async function lockHolidayCalendar(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${HOLIDAY_CALENDAR_LOCK})`;
}

/** A holiday write: one transaction under the calendar's lock; once it commits, this process's recent calendars are dropped. */
export async function changeHolidayCalendar<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.$transaction(async (tx) => {
    await lockHolidayCalendar(tx);
    return work(tx);
  });
  forgetRecentHolidays();
  return result;
}

/** A date is off once per scope (nationwide, or one province): a second active row would be a slip. */
export async function assertNoActiveHoliday(tx: Tx, holiday: { date: Date; regionCode: string | null }, exceptId?: string): Promise<void> {
  const existing = await tx.holiday.findFirst({
    where: { date: holiday.date, regionCode: holiday.regionCode, removedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (existing) throw new AppError("CONFLICT", "holiday.error.duplicate", { date: ["holiday.error.duplicate"] });
}

/** Running deadlines that span the new days are extended once this commits (lib/sla/holiday-events.ts). */
export async function announceHolidaysAdded(tx: Tx, holidays: HolidaysAddedPayload["holidays"]): Promise<void> {
  if (holidays.length === 0) return;
  await enqueueJob(tx, HOLIDAYS_ADDED_QUEUE, { holidays });
}
