import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import type { SlaStatus } from "@/lib/sla/status";
import { complaintEvaluators } from "./evaluators";
import { complaintRowSelect } from "./complaint-select";
import {
  COMPLAINT_FINAL_STATUSES,
  COMPLAINT_HANDLING_STATUSES,
  COMPLAINT_STATUSES,
  isComplaintRejected,
  PUBLIC_KINDS,
  slaPhaseOf,
  statusesOfPhase,
} from "./workflow";

export const COMPLAINT_QUEUE_PAGE_SIZE = 25;

/** The queue's URL parameters (Indonesian, stable). */
export const complaintQueueFilterSchema = z.object({
  tampil: z.enum(["verifikasi", "instansi"]).optional().catch(undefined),
  // A value no slug or code can be (too long) is no filter, not a server error.
  instansi: z.string().max(40).optional().catch(undefined),
  status: z.enum(COMPLAINT_STATUSES).optional().catch(undefined),
  /** "terlambat": only those past their due moment (what supervisors watch). */
  sla: z.enum(["terlambat"]).optional().catch(undefined),
  hal: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ComplaintQueueFilters = z.infer<typeof complaintQueueFilterSchema>;

const rowSelect = {
  ...complaintRowSelect,
  id: true,
  slaStartedAt: true,
  dueAt: true,
  agencyId: true,
  agency: { select: { code: true, nameId: true, nameEn: true, timezone: true } },
  assignedOfficer: { select: { name: true } },
} satisfies Prisma.ComplaintSelect;

async function page(where: Prisma.ComplaintWhereInput, filters: ComplaintQueueFilters, now: Date) {
  const [total, overdue, rows] = await Promise.all([
    db.complaint.count({ where }),
    db.complaint.count({ where: { AND: [where, overdueWhere(now)] } }),
    db.complaint.findMany({
      where,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      skip: (filters.hal - 1) * COMPLAINT_QUEUE_PAGE_SIZE,
      take: COMPLAINT_QUEUE_PAGE_SIZE,
      select: rowSelect,
    }),
  ]);
  const evaluatorFor = complaintEvaluators(now);
  return {
    total,
    overdue,
    pages: Math.max(1, Math.ceil(total / COMPLAINT_QUEUE_PAGE_SIZE)),
    rows: await Promise.all(
      rows.map(async (row) => {
        const running = slaPhaseOf(row.status) && row.slaStartedAt && row.dueAt;
        const sla: SlaStatus | null = running ? (await evaluatorFor(row.agencyId)).status({ startedAt: row.slaStartedAt!, dueAt: row.dueAt!, now }) : null;
        return { ...row, sla };
      }),
    ),
  };
}

/** A clock is running and its due moment has passed. */
function overdueWhere(now: Date): Prisma.ComplaintWhereInput {
  return { status: { in: [...statusesOfPhase("verify"), ...statusesOfPhase("followUp")] }, dueAt: { lt: now } };
}

/**
 * Complaints waiting to be verified and routed that this staff member may
 * verify: those naming one of their agencies, and, for overseers, those
 * naming none. Whistleblowing reports never appear here.
 */
export async function verificationQueue(actor: Actor, filters: ComplaintQueueFilters, now = new Date()) {
  authorize(actor, "backOffice.enter");
  return page(await verificationWhere(actor, filters, now), filters, now);
}

async function verificationWhere(actor: Actor, filters: Pick<ComplaintQueueFilters, "status" | "sla">, now: Date): Promise<Prisma.ComplaintWhereInput> {
  const agencies = await db.agency.findMany({ select: { id: true } });
  const verifiable = agencies.filter((agency) => can(actor, "complaint.verify", { agencyId: agency.id })).map((agency) => agency.id);
  const scope: Prisma.ComplaintWhereInput[] = [{ agencyId: { in: verifiable } }];
  if (can(actor, "complaint.verify", { agencyId: null })) scope.push({ agencyId: null });
  return {
    kind: { in: [...PUBLIC_KINDS] },
    routedAt: null,
    status: filters.status && isComplaintRejected(filters.status) ? filters.status : { in: statusesOfPhase("verify") },
    OR: scope,
    ...(filters.sla === "terlambat" ? { dueAt: { lt: now } } : {}),
  };
}

/** The agencies whose routed complaints this staff member may see. */
export async function complaintQueueAgencies(actor: Actor) {
  authorize(actor, "backOffice.enter");
  const agencies = await db.agency.findMany({ orderBy: { nameId: "asc" }, select: { id: true, code: true, nameId: true, nameEn: true, timezone: true } });
  return agencies.filter((agency) => can(actor, "agency.read", { agencyId: agency.id }));
}

/** Complaints routed to one agency, most urgent first; open ones unless a status is chosen. */
export async function agencyComplaintQueue(actor: Actor, agencyId: string, filters: ComplaintQueueFilters, now = new Date()) {
  authorize(actor, "agency.read", { agencyId });
  return page(agencyWhere(agencyId, filters, now), filters, now);
}

function agencyWhere(agencyId: string, filters: Pick<ComplaintQueueFilters, "status" | "sla">, now: Date): Prisma.ComplaintWhereInput {
  return {
    kind: { in: [...PUBLIC_KINDS] },
    agencyId,
    routedAt: { not: null },
    status: filters.status ?? { in: COMPLAINT_HANDLING_STATUSES },
    ...(filters.sla === "terlambat" ? overdueWhere(now) : {}),
  };
}

/**
 * How many complaints wait on each tab of the queue (with no filter), so the
 * tabs can say so and the queue can open on one that has work.
 */
export async function complaintQueueCounts(actor: Actor, agencyId: string | null, now = new Date()) {
  authorize(actor, "backOffice.enter");
  if (agencyId) authorize(actor, "agency.read", { agencyId });
  const [verify, agency] = await Promise.all([
    verificationWhere(actor, {}, now).then((where) => db.complaint.count({ where })),
    agencyId ? db.complaint.count({ where: agencyWhere(agencyId, {}, now) }) : Promise.resolve(0),
  ]);
  return { verify, agency };
}

/** The tab the queue opens on when none is asked for: the agency's work if there is any, else what waits for verification. */
export function defaultComplaintTab(counts: { verify: number; agency: number }, hasAgencies: boolean): "verifikasi" | "instansi" {
  if (!hasAgencies) return "verifikasi";
  return counts.agency === 0 && counts.verify > 0 ? "verifikasi" : "instansi";
}

/** Whistleblowing reports, for the integrity unit only. */
export async function integrityQueue(actor: Actor, filters: ComplaintQueueFilters, now = new Date()) {
  authorize(actor, "whistleblowing.read");
  const where: Prisma.ComplaintWhereInput = {
    kind: "WHISTLEBLOWING",
    status: filters.status ?? { notIn: COMPLAINT_FINAL_STATUSES },
    ...(filters.sla === "terlambat" ? overdueWhere(now) : {}),
  };
  return page(where, filters, now);
}
export type ComplaintQueuePage = Awaited<ReturnType<typeof integrityQueue>>;
