import { z } from "zod";
import { parseOfficeTime } from "@/lib/sla/calendar";

/**
 * A location's opening hours, per weekday (0 = Sunday … 6 = Saturday), with
 * breaks (istirahat). Stored as VisitLocation.openingHours; a weekday that is
 * missing or null is closed. Times are "HH:MM" local to the location's zone.
 */
const TIME = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "visit.hours.timeFormat");

const dayHoursSchema = z
  .object({
    opens: TIME,
    closes: TIME,
    breaks: z.array(z.object({ from: TIME, to: TIME })).default([]),
  })
  .refine((day) => parseOfficeTime(day.closes) > parseOfficeTime(day.opens), { message: "visit.hours.closesBeforeOpens" })
  .refine(
    (day) =>
      day.breaks.every(
        (pause) =>
          parseOfficeTime(pause.from) < parseOfficeTime(pause.to) &&
          parseOfficeTime(pause.from) >= parseOfficeTime(day.opens) &&
          parseOfficeTime(pause.to) <= parseOfficeTime(day.closes),
      ),
    { message: "visit.hours.breakOutside" },
  );

export const weeklyHoursSchema = z.partialRecord(z.enum(["0", "1", "2", "3", "4", "5", "6"]), dayHoursSchema.nullable());

export type DayHours = z.infer<typeof dayHoursSchema>;
export type WeeklyHours = Partial<Record<"0" | "1" | "2" | "3" | "4" | "5" | "6", DayHours | null>>;

/** The stored JSON as hours; a malformed value reads as "closed every day" rather than inventing hours. */
export function readWeeklyHours(stored: unknown): WeeklyHours {
  const parsed = weeklyHoursSchema.safeParse(stored);
  return parsed.success ? (parsed.data as WeeklyHours) : {};
}

export function hoursOn(hours: WeeklyHours, weekday: number): DayHours | null {
  return hours[String(weekday) as keyof WeeklyHours] ?? null;
}

/** The open stretches of a day in minutes since local midnight: opening to closing minus the breaks. */
export function openStretches(day: DayHours): { from: number; to: number }[] {
  const breaks = [...day.breaks].map((pause) => ({ from: parseOfficeTime(pause.from), to: parseOfficeTime(pause.to) })).sort((a, b) => a.from - b.from);
  const stretches: { from: number; to: number }[] = [];
  let cursor = parseOfficeTime(day.opens);
  const closes = parseOfficeTime(day.closes);
  for (const pause of breaks) {
    if (pause.from > cursor) stretches.push({ from: cursor, to: Math.min(pause.from, closes) });
    cursor = Math.max(cursor, pause.to);
  }
  if (closes > cursor) stretches.push({ from: cursor, to: closes });
  return stretches;
}
