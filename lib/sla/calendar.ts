import {
  assertTimeZone,
  dayOfLocalDate,
  instantOfLocal,
  localDateOfDay,
  MS_PER_MINUTE,
  toLocalParts,
  weekdayOfDay,
  type LocalDate,
} from "@/lib/sla/local-time";

/**
 * One agency's working week: Monday–Friday in its zone, office hours
 * open–close local time, minus the holidays that apply to it.
 *
 * Treat it as immutable: every rule in lib/sla reads it, none changes it.
 */
export type WorkCalendar = {
  readonly timeZone: string;
  readonly opensAtMinutes: number;
  readonly closesAtMinutes: number;
  /** Holidays only; weekends are non-working by rule and are not listed. */
  readonly nonWorkingDates: ReadonlySet<LocalDate>;
};

export type AgencyWorkingHours = {
  timezone: string;
  officeOpens: string;
  officeCloses: string;
  regionCode: string | null;
};

export type HolidayRecord = {
  /** A @db.Date column: midnight UTC of the holiday's calendar date. */
  date: Date;
  regionCode: string | null;
  removedAt: Date | null;
};

export type BuildWorkCalendarOptions = {
  /**
   * The calendar as it stood at this instant: a holiday removed after it
   * still counts, so a deadline computed back then can be reproduced.
   * Without it, removed holidays are ignored.
   */
  asOf?: Date;
};

const OFFICE_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since local midnight for "HH:MM" (24-hour). Throws RangeError otherwise. */
export function parseOfficeTime(text: string): number {
  const match = OFFICE_TIME_PATTERN.exec(text);
  if (!match) throw new RangeError(`Office time must be HH:MM (24-hour), got "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function holidayApplies(holiday: HolidayRecord, agencyRegionCode: string | null, asOf: Date | undefined): boolean {
  // NATIONAL and CUTI_BERSAMA carry no region; REGIONAL ones only reach their province.
  if (holiday.regionCode !== null && holiday.regionCode !== agencyRegionCode) return false;
  if (holiday.removedAt === null) return true;
  return asOf !== undefined && asOf.getTime() < holiday.removedAt.getTime();
}

export function buildWorkCalendar(agency: AgencyWorkingHours, holidays: readonly HolidayRecord[], options: BuildWorkCalendarOptions = {}): WorkCalendar {
  assertTimeZone(agency.timezone);
  const opensAtMinutes = parseOfficeTime(agency.officeOpens);
  const closesAtMinutes = parseOfficeTime(agency.officeCloses);
  if (closesAtMinutes <= opensAtMinutes) {
    throw new RangeError(`Office must close after it opens (${agency.officeOpens}–${agency.officeCloses})`);
  }
  const nonWorkingDates = new Set<LocalDate>();
  for (const holiday of holidays) {
    if (holidayApplies(holiday, agency.regionCode, options.asOf)) {
      // The column holds a date, not an instant: read it in UTC, never in the agency's zone.
      nonWorkingDates.add(holiday.date.toISOString().slice(0, 10));
    }
  }
  return { timeZone: agency.timezone, opensAtMinutes, closesAtMinutes, nonWorkingDates };
}

/** Length of one office day in ms: the unit of "one working day" for status and display. */
export function officeDayMs(calendar: WorkCalendar): number {
  return (calendar.closesAtMinutes - calendar.opensAtMinutes) * MS_PER_MINUTE;
}

// Only the holidays are read: a form checking a date in the browser passes just those.
export function isWorkingDayNumber(calendar: Pick<WorkCalendar, "nonWorkingDates">, day: number): boolean {
  const weekday = weekdayOfDay(day);
  if (weekday === 0 || weekday === 6) return false;
  return !calendar.nonWorkingDates.has(localDateOfDay(day));
}

function requireDay(localDate: LocalDate): number {
  const day = dayOfLocalDate(localDate);
  if (day === null) throw new RangeError(`Not a calendar date: "${localDate}"`);
  return day;
}

export function isWorkingDay(calendar: Pick<WorkCalendar, "nonWorkingDates">, localDate: LocalDate): boolean {
  return isWorkingDayNumber(calendar, requireDay(localDate));
}

/** The agency's local calendar date at an instant. */
export function localDateOf(calendar: WorkCalendar, instant: Date): LocalDate {
  return localDateOfDay(toLocalParts(calendar.timeZone, instant.getTime()).day);
}

/** The agency's local date and wall-clock time ("HH:MM", seconds dropped) at an instant. */
export function localDateTimeOf(calendar: WorkCalendar, instant: Date): { date: LocalDate; time: string } {
  const { day, msOfDay } = toLocalParts(calendar.timeZone, instant.getTime());
  const minutes = Math.floor(msOfDay / MS_PER_MINUTE);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return { date: localDateOfDay(day), time };
}

/** The instant at which the agency's clock shows `minutesOfDay` on `localDate`. */
export function localInstant(calendar: WorkCalendar, localDate: LocalDate, minutesOfDay: number): Date {
  return new Date(instantOfLocal(calendar.timeZone, requireDay(localDate), minutesOfDay * MS_PER_MINUTE));
}

export function officeOpensAt(calendar: WorkCalendar, localDate: LocalDate): Date {
  return localInstant(calendar, localDate, calendar.opensAtMinutes);
}

export function officeClosesAt(calendar: WorkCalendar, localDate: LocalDate): Date {
  return localInstant(calendar, localDate, calendar.closesAtMinutes);
}
