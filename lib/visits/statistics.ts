import "server-only";
import { db } from "@/lib/platform/db";
import type { LocalDate } from "@/lib/sla/local-time";
import { publishVisitFigures, type PublishedVisitFigures, type RawVisitFigures } from "./figures";
import { BOOKING_ABSENT_STATUSES, BOOKING_FINISHED_STATUSES, TICKET_SERVED_STATUSES } from "./workflow";

/** How far back the figures on a location's "how busy" page look. */
export const VISIT_STATISTICS_DAYS = 28;

export type VisitServiceFigures = PublishedVisitFigures & { serviceSlug: string; serviceNameId: string; serviceNameEn: string };

/** One row of the dashboard's visit table and the `kunjungan` open dataset. */
export type VisitFigureRow = PublishedVisitFigures & {
  location: { slug: string; nameId: string; nameEn: string };
  service: { slug: string; nameId: string; nameEn: string };
  agencyCode: string;
};

const SERVED = [...TICKET_SERVED_STATUSES];
const FINISHED = [...BOOKING_FINISHED_STATUSES];
const ABSENT = [...BOOKING_ABSENT_STATUSES];

type Filter = {
  locationId?: string;
  agencyIds?: readonly string[] | null;
  serviceId?: string | null;
  /** Local calendar dates at each location: tickets by the day they were for, bookings by their slot's day. */
  from: LocalDate;
  to: LocalDate;
  now: Date;
};

type RawRow = RawVisitFigures & {
  locationSlug: string;
  locationNameId: string;
  locationNameEn: string;
  serviceSlug: string;
  serviceNameId: string;
  serviceNameEn: string;
  agencyCode: string;
};

/**
 * Per location and service over a span of local dates: tickets issued,
 * waiting time (check-in or walk-in ticket to call), service time (call to
 * served) and the bookings' no-show rate (absent when called, or never came,
 * among finished bookings whose slot has begun). Every offered service is a
 * row, and so is a service no longer offered that had visits in the span.
 */
async function rawVisitFigures(filter: Filter): Promise<RawRow[]> {
  const locationId = filter.locationId ?? null;
  const agencyIds = filter.agencyIds ? [...filter.agencyIds] : null;
  const serviceId = filter.serviceId ?? null;
  return db.$queryRaw<RawRow[]>`
    WITH t AS (
      SELECT "locationId", "serviceId",
             count(*)::int AS "tickets",
             count("calledAt")::int AS "called",
             count(*) FILTER (WHERE "status"::text = ANY(${SERVED}))::int AS "served",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("calledAt" - "issuedAt")) / 60) FILTER (WHERE "calledAt" IS NOT NULL) AS "medianWait",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("finishedAt" - "calledAt")) / 60) FILTER (WHERE "status"::text = ANY(${SERVED})) AS "medianService"
      FROM "VisitTicket"
      WHERE "serviceDate" BETWEEN ${filter.from}::date AND ${filter.to}::date AND (${locationId}::text IS NULL OR "locationId" = ${locationId})
      GROUP BY "locationId", "serviceId"
    ), b AS (
      SELECT k."locationId", k."serviceId",
             count(*) FILTER (WHERE k."status"::text = ANY(${FINISHED}))::int AS "finished",
             count(*) FILTER (WHERE k."status"::text = ANY(${ABSENT}))::int AS "absent"
      FROM "VisitBooking" k JOIN "VisitSlot" s ON s."id" = k."slotId" JOIN "VisitLocation" l ON l."id" = k."locationId"
      WHERE (s."startsAt" AT TIME ZONE l."timezone")::date BETWEEN ${filter.from}::date AND ${filter.to}::date AND s."startsAt" < ${filter.now}
        AND (${locationId}::text IS NULL OR k."locationId" = ${locationId})
      GROUP BY k."locationId", k."serviceId"
    ), pairs AS (
      SELECT "locationId", "serviceId" FROM "VisitService" UNION SELECT "locationId", "serviceId" FROM t UNION SELECT "locationId", "serviceId" FROM b
    )
    SELECT l."slug" AS "locationSlug", l."nameId" AS "locationNameId", l."nameEn" AS "locationNameEn",
           v."slug" AS "serviceSlug", v."nameId" AS "serviceNameId", v."nameEn" AS "serviceNameEn", a."code" AS "agencyCode",
           coalesce(t."tickets", 0) AS "tickets", coalesce(t."called", 0) AS "called", coalesce(t."served", 0) AS "served",
           t."medianWait", t."medianService", coalesce(b."finished", 0) AS "finished", coalesce(b."absent", 0) AS "absent"
    FROM pairs p
    JOIN "VisitLocation" l ON l."id" = p."locationId"
    JOIN "Service" v ON v."id" = p."serviceId"
    JOIN "Agency" a ON a."id" = v."agencyId"
    LEFT JOIN t ON t."locationId" = p."locationId" AND t."serviceId" = p."serviceId"
    LEFT JOIN b ON b."locationId" = p."locationId" AND b."serviceId" = p."serviceId"
    WHERE (${locationId}::text IS NULL OR p."locationId" = ${locationId})
      AND (${agencyIds}::text[] IS NULL OR v."agencyId" = ANY(${agencyIds}::text[]))
      AND (${serviceId}::text IS NULL OR p."serviceId" = ${serviceId})
    ORDER BY l."nameId", v."nameId"`;
}

const localDate = (at: Date): LocalDate => at.toISOString().slice(0, 10) as LocalDate;

/** One location's figures per service over the last 28 days (the "how busy" page and its CSV), always suppressed. */
export async function visitFigures(locationId: string, now = new Date()): Promise<VisitServiceFigures[]> {
  const rows = await rawVisitFigures({
    locationId,
    from: localDate(new Date(now.getTime() - VISIT_STATISTICS_DAYS * 86_400_000)),
    to: localDate(new Date(now.getTime() + 86_400_000)),
    now,
  });
  return rows.map((row) => ({
    serviceSlug: row.serviceSlug,
    serviceNameId: row.serviceNameId,
    serviceNameEn: row.serviceNameEn,
    ...publishVisitFigures(row, true),
  }));
}

/** The dashboard's visit table for its period and scope: suppressed for the public, exact for supervisors. */
export async function dashboardVisitFigures(options: {
  agencyIds: readonly string[] | null;
  serviceId: string | null;
  from: LocalDate;
  to: LocalDate;
  suppress: boolean;
  now?: Date;
}): Promise<VisitFigureRow[]> {
  const rows = await rawVisitFigures({ ...options, now: options.now ?? new Date() });
  return rows.map((row) => ({
    location: { slug: row.locationSlug, nameId: row.locationNameId, nameEn: row.locationNameEn },
    service: { slug: row.serviceSlug, nameId: row.serviceNameId, nameEn: row.serviceNameEn },
    agencyCode: row.agencyCode,
    ...publishVisitFigures(row, options.suppress),
  }));
}
