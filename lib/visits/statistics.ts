import "server-only";
import { publishCount, publishDerived, type PublishedCount } from "@/lib/dashboard/suppression";
import { db } from "@/lib/platform/db";
import { BOOKING_ABSENT_STATUSES, BOOKING_FINISHED_STATUSES, TICKET_SERVED_STATUSES } from "./workflow";

/** How far back the published visit figures look. */
export const VISIT_STATISTICS_DAYS = 28;

export type VisitServiceFigures = {
  serviceSlug: string;
  serviceNameId: string;
  serviceNameEn: string;
  tickets: PublishedCount;
  medianWaitMinutes: number | null;
  medianServiceMinutes: number | null;
  noShowPercent: number | null;
};

/**
 * Per service at one location, over the last 28 days: waiting time (check-in
 * or ticket to call), service time (call to served) and the no-show rate of
 * bookings (absent when called, or never came) among finished bookings.
 * Published with the dashboard's small-number rule (lib/dashboard/suppression.ts):
 * counts of 1–4 show as "<5", figures from fewer than 5 records are not shown.
 */
const SERVED = [...TICKET_SERVED_STATUSES];
const FINISHED = [...BOOKING_FINISHED_STATUSES];
const ABSENT = [...BOOKING_ABSENT_STATUSES];

export async function visitFigures(locationId: string, now = new Date()): Promise<VisitServiceFigures[]> {
  const since = new Date(now.getTime() - VISIT_STATISTICS_DAYS * 86_400_000);
  const rows = await db.$queryRaw<
    {
      serviceSlug: string;
      nameId: string;
      nameEn: string;
      tickets: number;
      called: number;
      served: number;
      medianWait: number | null;
      medianService: number | null;
      finished: number;
      absent: number;
    }[]
  >`
    WITH t AS (
      SELECT "serviceId",
             count(*)::int AS "tickets",
             count("calledAt")::int AS "called",
             count(*) FILTER (WHERE "status"::text = ANY(${SERVED}))::int AS "served",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("calledAt" - "issuedAt")) / 60) FILTER (WHERE "calledAt" IS NOT NULL) AS "medianWait",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("finishedAt" - "calledAt")) / 60) FILTER (WHERE "status"::text = ANY(${SERVED})) AS "medianService"
      FROM "VisitTicket" WHERE "locationId" = ${locationId} AND "issuedAt" >= ${since} GROUP BY "serviceId"
    ), b AS (
      SELECT k."serviceId",
             count(*) FILTER (WHERE k."status"::text = ANY(${FINISHED}))::int AS "finished",
             count(*) FILTER (WHERE k."status"::text = ANY(${ABSENT}))::int AS "absent"
      FROM "VisitBooking" k JOIN "VisitSlot" s ON s."id" = k."slotId"
      WHERE k."locationId" = ${locationId} AND s."startsAt" >= ${since} AND s."startsAt" < ${now} GROUP BY k."serviceId"
    )
    SELECT v."slug" AS "serviceSlug", v."nameId", v."nameEn",
           coalesce(t."tickets", 0) AS "tickets", coalesce(t."called", 0) AS "called", coalesce(t."served", 0) AS "served",
           t."medianWait", t."medianService", coalesce(b."finished", 0) AS "finished", coalesce(b."absent", 0) AS "absent"
    FROM "VisitService" o JOIN "Service" v ON v."id" = o."serviceId"
    LEFT JOIN t ON t."serviceId" = o."serviceId" LEFT JOIN b ON b."serviceId" = o."serviceId"
    WHERE o."locationId" = ${locationId} ORDER BY v."nameId"`;
  const round = (value: number | null) => (value === null ? null : Math.round(Number(value)));
  return rows.map((row) => ({
    serviceSlug: row.serviceSlug,
    serviceNameId: row.nameId,
    serviceNameEn: row.nameEn,
    tickets: publishCount(row.tickets, true),
    medianWaitMinutes: publishDerived(round(row.medianWait), row.called, true),
    medianServiceMinutes: publishDerived(round(row.medianService), row.served, true),
    noShowPercent: publishDerived(row.finished > 0 ? Math.round((row.absent / row.finished) * 1000) / 10 : null, row.finished, true),
  }));
}
