import { buildWorkCalendar, type HolidayRecord } from "@/lib/sla/calendar";
import { dayOfLocalDate, instantOfLocal, localDateOfDay, MS_PER_MINUTE, toLocalParts, weekdayOfDay, type LocalDate } from "@/lib/sla/local-time";
import { hoursOn, openStretches, type WeeklyHours } from "./hours";

/** What slot generation needs to know about a location: pure data, no database. */
export type SlotPlan = {
  timeZone: string;
  regionCode: string | null;
  hours: WeeklyHours;
  /** National, cuti bersama and regional holidays, as the SLA engine reads them (lib/sla). */
  holidays: readonly HolidayRecord[];
  /** Ad-hoc closed dates of the location (VisitClosure). */
  closures: ReadonlySet<LocalDate>;
  slotMinutes: number;
};

export type GeneratedSlot = { date: LocalDate; startsAt: Date; endsAt: Date };

/**
 * The dates a location is open: a weekday with hours that is neither a
 * holiday that reaches its province nor an ad-hoc closure.
 */
export function isOpenDate(plan: Pick<SlotPlan, "hours" | "holidays" | "closures" | "timeZone" | "regionCode">, date: LocalDate): boolean {
  const day = dayOfLocalDate(date);
  if (day === null) return false;
  if (!hoursOn(plan.hours, weekdayOfDay(day))) return false;
  if (plan.closures.has(date)) return false;
  return !holidayDates(plan).has(date);
}

/** The holiday rule the SLA engine uses (regional holidays reach their province only; removed ones do not count). */
function holidayDates(plan: Pick<SlotPlan, "holidays" | "timeZone" | "regionCode">): ReadonlySet<LocalDate> {
  return buildWorkCalendar({ timezone: plan.timeZone, officeOpens: "00:00", officeCloses: "23:59", regionCode: plan.regionCode }, plan.holidays)
    .nonWorkingDates;
}

/**
 * The slots of the next `openDays` open dates from `now` (today included),
 * each a whole `slotMinutes` inside an open stretch (breaks excluded), in the
 * location's own zone. A slot that has already started is not offered.
 */
export function generateSlots(plan: SlotPlan, now: Date, openDays: number, maxScanDays = 60): GeneratedSlot[] {
  if (plan.slotMinutes <= 0) throw new RangeError("slotMinutes must be positive");
  const holidays = holidayDates(plan);
  const today = toLocalParts(plan.timeZone, now.getTime()).day;
  const slots: GeneratedSlot[] = [];
  let found = 0;
  for (let day = today; day < today + maxScanDays && found < openDays; day++) {
    const date = localDateOfDay(day);
    const hours = hoursOn(plan.hours, weekdayOfDay(day));
    if (!hours || plan.closures.has(date) || holidays.has(date)) continue;
    found++;
    for (const stretch of openStretches(hours)) {
      for (let start = stretch.from; start + plan.slotMinutes <= stretch.to; start += plan.slotMinutes) {
        const startsAt = new Date(instantOfLocal(plan.timeZone, day, start * MS_PER_MINUTE));
        if (startsAt.getTime() <= now.getTime()) continue;
        slots.push({ date, startsAt, endsAt: new Date(startsAt.getTime() + plan.slotMinutes * MS_PER_MINUTE) });
      }
    }
  }
  return slots;
}

/** Bookable places of a slot: the counters' capacity minus the walk-in share, never below zero. */
export function bookableCapacity(capacityPerSlot: number, walkInSharePercent: number): number {
  const share = Math.min(100, Math.max(0, walkInSharePercent));
  return Math.max(0, Math.floor((capacityPerSlot * (100 - share)) / 100));
}
