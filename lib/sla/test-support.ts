import fc from "fast-check";
import { holidays2026 } from "@/prisma/seed/data/holidays-2026";
import { buildWorkCalendar, localInstant, type AgencyWorkingHours, type HolidayRecord, type WorkCalendar } from "@/lib/sla/calendar";

/**
 * Shared fixtures for the lib/sla tests. Instants are written as local wall
 * time with an explicit UTC offset, so an expected value never depends on the
 * code under test.
 */

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
/** 07:30–16:00. */
export const OFFICE_DAY = 8.5 * HOUR;

export const wib = (localDateTime: string) => new Date(`${localDateTime.replace(" ", "T")}+07:00`);
export const wita = (localDateTime: string) => new Date(`${localDateTime.replace(" ", "T")}+08:00`);
export const wit = (localDateTime: string) => new Date(`${localDateTime.replace(" ", "T")}+09:00`);

export const JAKARTA: AgencyWorkingHours = {
  timezone: "Asia/Jakarta",
  officeOpens: "07:30",
  officeCloses: "16:00",
  regionCode: null,
};
export const BALI: AgencyWorkingHours = { ...JAKARTA, timezone: "Asia/Makassar", regionCode: "51" };
export const JAYAPURA: AgencyWorkingHours = { ...JAKARTA, timezone: "Asia/Jayapura", regionCode: "91" };

export type HolidaySpec = string | { date: string; regionCode?: string | null; removedAt?: Date | null };

export function holidayRecords(specs: readonly HolidaySpec[]): HolidayRecord[] {
  return specs.map((spec) => {
    const { date, regionCode = null, removedAt = null } = typeof spec === "string" ? { date: spec } : spec;
    return { date: new Date(`${date}T00:00:00Z`), regionCode, removedAt };
  });
}

export function calendarOf(agency: AgencyWorkingHours, holidays: readonly HolidaySpec[] = []): WorkCalendar {
  return buildWorkCalendar(agency, holidayRecords(holidays));
}

/**
 * The seed's 2026 calendar plus the fixed-date national holidays of 2027
 * (the movable ones are not decreed yet), enough to cross the year end.
 */
export function seedHolidaySpecs(): HolidaySpec[] {
  const fixed2027 = ["2027-01-01", "2027-05-01", "2027-06-01", "2027-08-17", "2027-12-25"];
  return [...holidays2026.map((holiday) => ({ date: holiday.date, regionCode: holiday.regionCode ?? null })), ...fixed2027];
}

/* Property-test inputs: calendars and instants around 2026–2027. */

const pad = (value: number) => String(value).padStart(2, "0");
const clockText = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const DAY = 86_400_000;
export const RANGE_START_MS = Date.UTC(2026, 0, 1);
export const RANGE_END_MS = Date.UTC(2027, 11, 31);

/**
 * Any of the three zones, office hours on a quarter-hour grid (from a few
 * minutes' office day to one from 00:00), and up to 120 holidays, some
 * regional, some removed, so long holiday runs and empty weeks occur.
 */
export const calendarArbitrary = fc
  .record({
    agency: fc.constantFrom(JAKARTA, BALI, JAYAPURA),
    opensQuarter: fc.integer({ min: 0, max: 48 }),
    lengthQuarters: fc.integer({ min: 1, max: 40 }),
    holidays: fc.array(
      fc.record({
        dayOffset: fc.integer({ min: -30, max: 760 }),
        regional: fc.boolean(),
        removed: fc.boolean(),
      }),
      { maxLength: 120 },
    ),
  })
  .map(({ agency, opensQuarter, lengthQuarters, holidays }) =>
    buildWorkCalendar(
      {
        ...agency,
        officeOpens: clockText(opensQuarter * 15),
        officeCloses: clockText(Math.min(opensQuarter * 15 + lengthQuarters * 15, 23 * 60 + 59)),
      },
      holidays.map(({ dayOffset, regional, removed }) => ({
        date: new Date(RANGE_START_MS + dayOffset * DAY),
        regionCode: regional ? "51" : null,
        removedAt: removed ? new Date(RANGE_START_MS) : null,
      })),
    ),
  );

/** Any millisecond, or one on (or 1 ms off) the quarter-hour grid where office boundaries sit. */
export function instantArbitrary(fromMs = RANGE_START_MS, toMs = RANGE_END_MS): fc.Arbitrary<Date> {
  const quarter = 15 * MINUTE;
  const onGrid = fc.integer({ min: 0, max: Math.floor((toMs - fromMs) / quarter) }).map((q) => fromMs + q * quarter);
  return fc
    .oneof(
      fc.integer({ min: fromMs, max: toMs }),
      onGrid,
      fc.tuple(onGrid, fc.constantFrom(-1, 1)).map(([t, d]) => t + d),
    )
    .map((ms) => new Date(ms));
}

export type InstantSpec = { dayOffset: number; mark: "open" | "close" | "any"; nudge: -1 | 0 | 1; anyMs: number };

/**
 * An instant chosen relative to a calendar that is generated alongside it:
 * mostly an office opening or close (±1 ms), where off-by-one rules break.
 */
export const instantSpecArbitrary = (fromMs = RANGE_START_MS, toMs = RANGE_END_MS): fc.Arbitrary<InstantSpec> =>
  fc.record({
    dayOffset: fc.integer({ min: 0, max: Math.floor((toMs - fromMs) / DAY) }),
    mark: fc.constantFrom("open", "close", "any"),
    nudge: fc.constantFrom(-1, 0, 1),
    anyMs: fc.integer({ min: fromMs, max: toMs }),
  });

export function resolveInstant(calendar: WorkCalendar, spec: InstantSpec, fromMs = RANGE_START_MS): Date {
  if (spec.mark === "any") return new Date(spec.anyMs);
  const date = new Date(fromMs + spec.dayOffset * DAY).toISOString().slice(0, 10);
  const minutes = spec.mark === "open" ? calendar.opensAtMinutes : calendar.closesAtMinutes;
  return new Date(localInstant(calendar, date, minutes).getTime() + spec.nudge);
}
