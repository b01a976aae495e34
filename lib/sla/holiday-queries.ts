import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { HOLIDAY_OUTCOMES, type HolidayOutcome } from "./holiday-admin-paths";
import { HOLIDAY_YEAR_MAX, HOLIDAY_YEAR_MIN } from "./use-cases/import-holidays";
import { dateTimeFormat } from "@/lib/platform/i18n/intl-cache";

/** The calendar year in Jakarta: the portal's home zone, and where the admin page starts. */
export function currentYearInJakarta(now = new Date()): number {
  return Number(dateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(now));
}

/** `?tahun=2026` as a year the calendar can hold, or the current one for anything else. */
export function holidayYearParam(raw: string | string[] | undefined, now = new Date()): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  const year = text && /^\d{4}$/.test(text) ? Number(text) : NaN;
  return year >= HOLIDAY_YEAR_MIN && year <= HOLIDAY_YEAR_MAX ? year : currentYearInJakarta(now);
}

const holidaySelect = { id: true, date: true, nameId: true, nameEn: true, kind: true, regionCode: true, removedAt: true } as const;

/** Every holiday of a year, removed ones included (they are shown as such), in date order. */
export async function listHolidaysOfYear(actor: Actor, year: number) {
  authorize(actor, "admin.manage");
  return db.holiday.findMany({
    where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: [{ date: "asc" }, { regionCode: "asc" }, { createdAt: "asc" }],
    select: holidaySelect,
  });
}
export type HolidayRow = Awaited<ReturnType<typeof listHolidaysOfYear>>[number];

export async function getHoliday(actor: Actor, id: string): Promise<HolidayRow> {
  authorize(actor, "admin.manage");
  const holiday = await db.holiday.findUnique({ where: { id }, select: holidaySelect });
  if (!holiday) throw new AppError("NOT_FOUND", "error.notFound");
  return holiday;
}

/** A holiday as the edit form shows it. */
export function holidayFormValues(holiday: HolidayRow): Record<string, string> {
  return {
    date: holiday.date.toISOString().slice(0, 10),
    nameId: holiday.nameId,
    nameEn: holiday.nameEn,
    kind: holiday.kind,
    regionCode: holiday.regionCode ?? "",
  };
}

export { HOLIDAY_YEAR_MAX, HOLIDAY_YEAR_MIN };

/** The confirmation a write redirected with (`?hasil=diimpor&ditambah=2&dilewati=0`), or null. */
export function holidayOutcomeParam(params: Record<string, string | string[] | undefined>): HolidayOutcomeNotice | null {
  const first = (name: string) => (Array.isArray(params[name]) ? params[name][0] : params[name]);
  const outcome = HOLIDAY_OUTCOMES.find((candidate) => candidate === first("hasil"));
  if (!outcome) return null;
  const count = (name: string) => {
    const text = first(name);
    return text && /^\d{1,6}$/.test(text) ? Number(text) : 0;
  };
  return { outcome, added: count("ditambah"), skipped: count("dilewati") };
}
export type HolidayOutcomeNotice = { outcome: HolidayOutcome; added: number; skipped: number };
