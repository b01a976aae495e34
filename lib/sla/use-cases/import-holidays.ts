import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { parseOrThrow } from "@/lib/platform/validation";
import { parseHolidayCsv, type HolidayCsvError } from "@/lib/sla/holiday-csv";
import { holidayDateValue } from "@/lib/sla/holiday-input";
import { announceHolidaysAdded, changeHolidayCalendar, type AdminContext } from "./holiday-writes";

/** About 1,000 rows of generous width (the parser's row limit); more is not a holiday calendar. */
export const HOLIDAY_IMPORT_MAX_CHARS = 200_000;
export const HOLIDAY_YEAR_MIN = 2000;
export const HOLIDAY_YEAR_MAX = 2100;

const importSchema = z.object({
  year: z.coerce
    .number({ error: "holiday.import.yearInvalid" })
    .int("holiday.import.yearInvalid")
    .min(HOLIDAY_YEAR_MIN, "holiday.import.yearInvalid")
    .max(HOLIDAY_YEAR_MAX, "holiday.import.yearInvalid"),
  csv: z
    .string({ error: "holiday.import.empty" })
    .max(HOLIDAY_IMPORT_MAX_CHARS, "holiday.import.tooLarge")
    .refine((text) => text.trim() !== "", "holiday.import.empty"),
});

export type ImportHolidaysResult = { ok: true; year: number; added: number; skipped: number } | { ok: false; year: number; errors: HolidayCsvError[] };

const scopeKey = (date: string, regionCode: string | null) => `${date}|${regionCode ?? ""}`;

/**
 * Imports one year's holidays from CSV (lib/sla/holiday-csv.ts), all or
 * nothing: a file with any bad line imports none, and every bad line is
 * reported so the file can be fixed in one pass. Days already on the calendar
 * for the same scope are skipped, so importing the same file twice adds
 * nothing the second time; a day that was removed can be imported again.
 */
export async function importHolidays(actor: Actor, input: unknown, context: AdminContext): Promise<ImportHolidaysResult> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const { year, csv } = parseOrThrow(importSchema, input);
  const parsed = parseHolidayCsv(csv, { year });
  if (parsed.errors.length > 0) return { ok: false, year, errors: parsed.errors };

  return changeHolidayCalendar(async (tx) => {
    const existing = await tx.holiday.findMany({
      where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) }, removedAt: null },
      select: { date: true, regionCode: true },
    });
    const taken = new Set(existing.map((holiday) => scopeKey(holiday.date.toISOString().slice(0, 10), holiday.regionCode)));
    const fresh = parsed.rows.filter((row) => !taken.has(scopeKey(row.date, row.regionCode)));
    const skipped = parsed.rows.length - fresh.length;
    if (fresh.length === 0) return { ok: true, year, added: 0, skipped };

    await tx.holiday.createMany({
      data: fresh.map((row) => ({
        date: holidayDateValue(row.date),
        nameId: row.nameId,
        nameEn: row.nameEn,
        kind: row.kind,
        regionCode: row.regionCode,
        ...(context.now ? { createdAt: context.now } : {}),
      })),
    });
    // Only an import that changed the calendar is a write worth an audit entry.
    await recordAudit(tx, {
      ...admin,
      action: "holiday.imported",
      entityType: "Holiday",
      ip: context.ip,
      data: { year, added: fresh.length, skipped, dates: fresh.map((row) => scopeKey(row.date, row.regionCode)) },
    });
    await announceHolidaysAdded(
      tx,
      fresh.map((row) => ({ date: row.date, regionCode: row.regionCode })),
    );
    return { ok: true, year, added: fresh.length, skipped };
  });
}
