import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recentDirectory, type DirectoryAgency } from "@/lib/catalog/recent-directory";
import { db } from "@/lib/platform/db";
import { COUNT_CAP, matchingFromStatusCounts, recentStatusCounts } from "./queue-counts";
import { loadRecentWorkCalendar } from "@/lib/sla/agency-calendar";
import { RUNNING_SLA_STATUSES, slaStatus, type SlaStatus } from "@/lib/sla/status";
import {
  APPLICATION_OPEN_STATUSES,
  APPLICATION_PAUSED_STATUSES,
  APPLICATION_RUNNING_STATUSES,
  APPLICATION_SUBMITTED_STATUSES,
  isFinal,
  isSlaPaused,
  OFFICER_HELD_RUNNING_STATUSES,
} from "./workflow";

export const QUEUE_PAGE_SIZE = 25;

/** The queue's URL parameters (Indonesian, stable: they end up in bookmarks). */
export const queueFilterSchema = z.object({
  // A value no slug or code can be (too long) is no filter, not a server error.
  instansi: z.string().max(40).optional().catch(undefined),
  layanan: z.string().max(120).optional().catch(undefined),
  status: z.enum(APPLICATION_SUBMITTED_STATUSES).optional().catch(undefined),
  sla: z.enum(RUNNING_SLA_STATUSES).optional().catch(undefined),
  urut: z.enum(["batas", "diajukan"]).default("batas").catch("batas"),
  hal: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type QueueFilters = z.infer<typeof queueFilterSchema>;

/**
 * The SLA filter in the database, agreeing with the badges: a running case is
 * judged at `now`; a case waiting on the citizen is frozen at the moment its
 * clock paused (its stored due moment only moves on resubmission).
 */
export function slaFilter(sla: "ON_TRACK" | "AT_RISK" | "BREACHED", now: Date): Prisma.ApplicationWhereInput {
  const running = { status: { in: APPLICATION_RUNNING_STATUSES } };
  const paused = { status: { in: APPLICATION_PAUSED_STATUSES } };
  const dueAt = db.application.fields.dueAt;
  if (sla === "BREACHED") {
    return {
      OR: [
        { ...running, dueAt: { lt: now } },
        { ...paused, pauseStartedAt: { gt: dueAt } },
      ],
    };
  }
  const atRisk = sla === "AT_RISK" ? { not: null } : null;
  return {
    OR: [
      { ...running, dueAt: { gte: now }, atRiskRecordedAt: atRisk },
      { ...paused, pauseStartedAt: { lte: dueAt }, atRiskRecordedAt: atRisk },
    ],
  };
}

/**
 * The agencies whose queue this staff member may open, in a stable order. The
 * directory is reused (lib/catalog/recent-directory.ts), but never without an
 * agency the staff member belongs to: a new agency's officers see it at once.
 */
export async function queueAgencies(actor: Actor): Promise<DirectoryAgency[]> {
  authorize(actor, "backOffice.enter");
  const memberOf = actor.kind === "user" ? actor.memberships.map((membership) => membership.agencyId) : [];
  const { agencies } = await recentDirectory({ mustKnow: { agencyIds: memberOf } });
  return agencies.filter((agency) => can(actor, "agency.read", { agencyId: agency.id }));
}

/**
 * One page of an agency's queue, filtered and sorted in the database. The SLA
 * filter uses what the sweep recorded (breach by due moment, at-risk by its
 * mark); each row's badge is then computed exactly from the calendar (holidays
 * and service names reused for up to 30 s, as a new deadline's are).
 */
export async function agencyQueue(actor: Actor, agency: DirectoryAgency, filters: QueueFilters, now = new Date()) {
  authorize(actor, "agency.read", { agencyId: agency.id });
  const where: Prisma.ApplicationWhereInput = {
    agencyId: agency.id,
    status: filters.status ?? { in: APPLICATION_OPEN_STATUSES },
    ...(filters.layanan ? { service: { slug: filters.layanan } } : {}),
  };
  if (filters.sla) Object.assign(where, { AND: [slaFilter(filters.sla, now)] });

  const orderBy: Prisma.ApplicationOrderByWithRelationInput[] =
    filters.urut === "diajukan" ? [{ submittedAt: "asc" }, { id: "asc" }] : [{ dueAt: "asc" }, { id: "asc" }];
  const countLimit = (filters.hal - 1) * QUEUE_PAGE_SIZE + COUNT_CAP;
  const counts = await recentStatusCounts(agency.id);
  const counted = matchingFromStatusCounts(counts, filters);
  const [total, rows, calendar] = await Promise.all([
    counted ?? db.application.count({ where, take: countLimit + 1 }),
    db.application.findMany({
      where,
      orderBy,
      skip: (filters.hal - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        trackingNumber: true,
        status: true,
        version: true,
        submittedAt: true,
        dueAt: true,
        pauseStartedAt: true,
        decidedAt: true,
        completedAt: true,
        serviceId: true,
        assignedOfficer: { select: { id: true, name: true } },
      },
    }),
    loadRecentWorkCalendar(db, agency, { around: now }),
  ]);
  const directory = await recentDirectory({ mustKnow: { agencyIds: [agency.id], serviceIds: rows.map((row) => row.serviceId) } });
  const services = directory.services.filter((service) => service.agencyId === agency.id);
  const totalCapped = total > countLimit;
  return {
    /** Matching rows, counted up to COUNT_CAP past this page's start (`totalCapped` says there are more); from the reused status counts when no service or SLA filter applies. */
    total: Math.min(total, countLimit),
    totalCapped,
    pages: Math.max(1, Math.ceil(Math.min(total, countLimit) / QUEUE_PAGE_SIZE)),
    services,
    counts,
    rows: rows.map(({ serviceId, ...row }) => ({
      ...row,
      service: directory.serviceById.get(serviceId)!,
      sla:
        row.submittedAt && row.dueAt
          ? (slaStatus(calendar, {
              startedAt: row.submittedAt,
              dueAt: row.dueAt,
              now,
              pausedSince: isSlaPaused(row.status) ? row.pauseStartedAt : null,
              finishedAt: isFinal(row.status) ? (row.completedAt ?? row.decidedAt) : null,
            }) satisfies SlaStatus)
          : null,
    })),
  };
}
export { cappedCount, COUNT_CAP, RECENT_COUNTS_MS } from "./queue-counts";
export type QueuePage = Awaited<ReturnType<typeof agencyQueue>>;

/**
 * Each officer's open load in an agency, for supervisors: cases they hold and
 * how many of those are past their due moment.
 */
export async function officerLoad(actor: Actor, agencyId: string, now = new Date()) {
  authorize(actor, "agency.supervise", { agencyId });
  const [officers, open, overdue] = await Promise.all([
    db.agencyMembership.findMany({
      where: { agencyId, role: "OFFICER", user: { active: true } },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db.application.groupBy({
      by: ["assignedOfficerId"],
      where: { agencyId, status: { in: APPLICATION_OPEN_STATUSES }, assignedOfficerId: { not: null } },
      _count: { _all: true },
    }),
    db.application.groupBy({
      by: ["assignedOfficerId"],
      where: { agencyId, status: { in: OFFICER_HELD_RUNNING_STATUSES }, assignedOfficerId: { not: null }, dueAt: { lt: now } },
      _count: { _all: true },
    }),
  ]);
  const count = (rows: typeof open, id: string) => rows.find((row) => row.assignedOfficerId === id)?._count._all ?? 0;
  return officers.map(({ user }) => ({ id: user.id, name: user.name, open: count(open, user.id), overdue: count(overdue, user.id) }));
}
