import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import { officeDayMs } from "@/lib/sla/calendar";
import { complaintEvaluators } from "@/lib/complaints/evaluators";
import { phaseWorkingDays } from "@/lib/complaints/sla";
import { publishStatisticsRow, quantile, type ComplaintStatisticsRow, type PublishedComplaintStatisticsRow } from "./complaint-statistics-rows";
import { isComplaintClosed, isComplaintOpen, isComplaintRejected, PUBLIC_KINDS, slaPhaseOf } from "@/lib/complaints/workflow";
import { dateTimeFormat } from "@/lib/platform/i18n/intl-cache";

/**
 * Public complaint statistics per agency (DESIGN.md §8, issue 6 §6): counts
 * and response times only. No names, no text, nothing of whistleblowing
 * reports. The public page and its open data read publicComplaintStatistics,
 * which suppresses small numbers like every other public figure.
 */
export type { ComplaintStatisticsRow, PublishedComplaintStatisticsRow } from "./complaint-statistics-rows";
export { statisticsCsv, STATISTICS_COLUMNS } from "./complaint-statistics-rows";

export const statisticsPeriodSchema = z.object({
  dari: z.iso.date().optional().catch(undefined),
  sampai: z.iso.date().optional().catch(undefined),
});

/** The period asked for, as instants in WIB; the current year by default. */
export function statisticsPeriod(input: z.infer<typeof statisticsPeriodSchema>, now = new Date()) {
  const year = Number(dateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(now));
  const from = input.dari ?? `${year}-01-01`;
  const to = input.sampai ?? `${year}-12-31`;
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000);
  return end > start ? { from, to, start, end } : { from, to: from, start, end: new Date(start.getTime() + 86_400_000) };
}

/** What the public sees: the figures below with small numbers suppressed (lib/platform/suppression.ts). */
export async function publicComplaintStatistics(period: { start: Date; end: Date }, now = new Date()): Promise<PublishedComplaintStatisticsRow[]> {
  return (await complaintStatistics(period, now)).map(publishStatisticsRow);
}

/** Exact figures of complaints filed in [start, end), grouped by the agency that has them now ("not yet routed" as null); never published as they are. */
export async function complaintStatistics(period: { start: Date; end: Date }, now = new Date()) {
  const rows = await db.complaint.findMany({
    where: { kind: { in: [...PUBLIC_KINDS] }, createdAt: { gte: period.start, lt: period.end } },
    select: {
      status: true,
      agencyId: true,
      routedAt: true,
      respondedAt: true,
      dueAt: true,
      slaStartedAt: true,
      rating: true,
      agency: { select: { code: true, nameId: true, nameEn: true } },
      events: { where: { type: "responded" }, orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } },
    },
  });
  const evaluatorFor = complaintEvaluators(now);
  const followUpDays = phaseWorkingDays("followUp");
  const groups = new Map<string, { row: ComplaintStatisticsRow; days: number[]; ratingSum: number }>();
  for (const complaint of rows) {
    const key = complaint.agencyId ?? "";
    let group = groups.get(key);
    if (!group) {
      group = {
        row: {
          agencyCode: complaint.agency?.code ?? null,
          agencyNameId: complaint.agency?.nameId ?? null,
          agencyNameEn: complaint.agency?.nameEn ?? null,
          received: 0,
          routed: 0,
          responded: 0,
          closed: 0,
          rejected: 0,
          open: 0,
          overdue: 0,
          respondedOnTime: 0,
          medianResponseDays: null,
          p90ResponseDays: null,
          ratings: 0,
          averageRating: null,
        },
        days: [],
        ratingSum: 0,
      };
      groups.set(key, group);
    }
    const { row } = group;
    row.received += 1;
    if (complaint.routedAt) row.routed += 1;
    if (isComplaintClosed(complaint.status)) row.closed += 1;
    if (isComplaintRejected(complaint.status)) row.rejected += 1;
    if (isComplaintOpen(complaint.status)) row.open += 1;
    if (slaPhaseOf(complaint.status) && complaint.dueAt && complaint.dueAt < now) row.overdue += 1;
    const firstResponse = complaint.events[0]?.createdAt ?? complaint.respondedAt;
    if (firstResponse && complaint.routedAt) {
      row.responded += 1;
      const evaluator = await evaluatorFor(complaint.agencyId);
      group.days.push(evaluator.workingMsBetween(complaint.routedAt, firstResponse) / officeDayMs(evaluator.calendar));
      const allowed = evaluator.dueMoment(complaint.routedAt, followUpDays);
      if (firstResponse <= allowed) row.respondedOnTime += 1;
    }
    if (complaint.rating !== null) {
      row.ratings += 1;
      group.ratingSum += complaint.rating;
    }
  }
  const result = [...groups.values()].map(({ row, days, ratingSum }) => {
    const sorted = [...days].sort((a, b) => a - b);
    return {
      ...row,
      medianResponseDays: quantile(sorted, 0.5),
      p90ResponseDays: quantile(sorted, 0.9),
      averageRating: row.ratings ? Math.round((ratingSum / row.ratings) * 100) / 100 : null,
    };
  });
  return result.sort((a, b) => (a.agencyNameId ?? "\uffff").localeCompare(b.agencyNameId ?? "\uffff"));
}
