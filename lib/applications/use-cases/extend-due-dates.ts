import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { PermanentJobError, type JsonObject } from "@/lib/platform/jobs";
import { holidayDateValue } from "@/lib/sla/holiday-input";
import { holidaysAddedPayloadSchema } from "@/lib/sla/holiday-events";
import { agencyEvaluators, refreshDueDates } from "../due-date-refresh";
import { APPLICATION_OPEN_STATUSES } from "../workflow";

const BATCH_SIZE = 500;
const MS_PER_DAY = 86_400_000;

export type ExtendSummary = { examined: number; extended: number };

/**
 * Handler of lib/sla/holiday-events.ts: after holidays were added, every
 * running deadline whose window spans one of them is recomputed on the new
 * calendar, which can only move it later (lib/applications/due-date-refresh.ts).
 *
 * The window test is deliberately loose (a day of margin on each side covers
 * every Indonesian zone); an extra row costs a recomputation that changes
 * nothing. The SLA sweep also refreshes the rows it examines, so a deadline
 * this job has not reached yet is still right before anything is recorded
 * against it.
 */
export async function extendDueDatesForHolidays(payload: JsonObject): Promise<ExtendSummary> {
  const parsed = holidaysAddedPayloadSchema.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("holidaysAdded payload is malformed");
  const times = parsed.data.holidays.map((holiday) => holidayDateValue(holiday.date).getTime());
  const from = new Date(Math.min(...times) - MS_PER_DAY);
  const to = new Date(Math.max(...times) + 2 * MS_PER_DAY);
  // A regional holiday only reaches its province's agencies; a national one reaches all.
  const regions = parsed.data.holidays.map((holiday) => holiday.regionCode);
  const agencyFilter: Prisma.ApplicationWhereInput = regions.includes(null)
    ? {}
    : { agency: { regionCode: { in: regions.filter((code): code is string => code !== null) } } };

  // The deadlines at hand span the new days, so the calendar is loaded around them (not around today).
  const evaluatorFor = agencyEvaluators(from);
  const summary: ExtendSummary = { examined: 0, extended: 0 };
  let afterId: string | undefined;
  for (;;) {
    const batch = await db.application.findMany({
      where: {
        // Open, paused ones included: their deadline spans the new holiday too.
        status: { in: APPLICATION_OPEN_STATUSES },
        breachRecordedAt: null,
        submittedAt: { lt: to },
        dueAt: { gte: from },
        ...agencyFilter,
        ...(afterId ? { id: { gt: afterId } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      select: {
        id: true,
        agencyId: true,
        submittedAt: true,
        dueAt: true,
        standardVersion: { select: { slaWorkingDays: true } },
      },
    });
    const rows = batch.flatMap((row) =>
      row.submittedAt && row.dueAt
        ? [{ id: row.id, agencyId: row.agencyId, submittedAt: row.submittedAt, dueAt: row.dueAt, slaWorkingDays: row.standardVersion.slaWorkingDays }]
        : [],
    );
    const refreshed = await refreshDueDates(rows, evaluatorFor);
    summary.examined += rows.length;
    summary.extended += refreshed.extended.length;
    afterId = batch.at(-1)?.id;
    if (batch.length < BATCH_SIZE) break;
  }
  return summary;
}
