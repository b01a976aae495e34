import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { settlementDayBounds, treasuryToday } from "./reconciliation";
import { refundState, refundStateWhere, REFUND_STATES, type RefundState } from "./refunds";
import { BILL_EXPIRABLE_STATUSES, BILL_SETTLED_STATUSES, effectiveBillStatus } from "./workflow";

/** The treasury list's status filter: what a revenue officer asks for, not the raw statuses. */
export const TREASURY_STATUS_FILTERS = ["semua", "lunas", "belum", "kedaluwarsa", "batal"] as const;
export type TreasuryStatusFilter = (typeof TREASURY_STATUS_FILTERS)[number];

const LOCAL_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const filterSchema = z.object({
  dari: LOCAL_DATE.optional().catch(undefined),
  sampai: LOCAL_DATE.optional().catch(undefined),
  layanan: z.string().max(64).optional().catch(undefined),
  status: z.enum(TREASURY_STATUS_FILTERS).catch("semua"),
});
export type TreasuryFilters = { from: string; to: string; serviceId: string | null; status: TreasuryStatusFilter };

/** Reads the filter form's query; a bad value falls back to the default (the last 30 days, every service and status). */
export function treasuryFilters(query: Record<string, string | string[] | undefined>, now = new Date()): TreasuryFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const parsed = filterSchema.parse({ dari: first(query.dari), sampai: first(query.sampai), layanan: first(query.layanan), status: first(query.status) });
  const to = parsed.sampai ?? treasuryToday(now);
  const from =
    parsed.dari && parsed.dari <= to ? parsed.dari : treasuryToday(new Date(settlementDayBounds(to).from.getTime() - 29 * 86_400_000 + 7 * 3_600_000));
  return { from, to, serviceId: parsed.layanan ?? null, status: parsed.status };
}

/**
 * The agencies the revenue officer sees (policy treasury.read): every agency
 * for the region-wide office (no membership), else those they are treasury of.
 * Null stands for all.
 */
export function treasuryScope(actor: Actor): string[] | null {
  authorize(actor, "treasury.read", { agencyId: null });
  if (actor.kind !== "user") return [];
  if (actor.memberships.length === 0) return null;
  return actor.memberships.filter((membership) => can(actor, "treasury.read", { agencyId: membership.agencyId })).map((membership) => membership.agencyId);
}

function statusWhere(status: TreasuryStatusFilter, now: Date): Prisma.BillWhereInput {
  switch (status) {
    case "semua":
      return {};
    case "lunas":
      return { status: { in: [...BILL_SETTLED_STATUSES] } };
    case "belum":
      return { status: { in: [...BILL_EXPIRABLE_STATUSES] }, expiresAt: { gt: now } };
    case "kedaluwarsa":
      // Recorded expired, or past expiry before the sweep got to it.
      return { OR: [{ status: "EXPIRED" }, { status: { in: [...BILL_EXPIRABLE_STATUSES] }, expiresAt: { lte: now } }] };
    case "batal":
      return { status: "CANCELLED" };
  }
}

const PAGE_SIZE = 100;

/** Bills issued in the period, in the officer's scope and filters, newest first; with the totals per service and per payment day. */
export async function treasuryOverview(actor: Actor, filters: TreasuryFilters, now = new Date()) {
  const scope = treasuryScope(actor);
  const from = settlementDayBounds(filters.from).from;
  const to = settlementDayBounds(filters.to).to;
  const agencyWhere: Prisma.BillWhereInput = scope ? { agencyId: { in: scope } } : {};
  const where: Prisma.BillWhereInput = {
    ...agencyWhere,
    ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
    issuedAt: { gte: from, lt: to },
    ...statusWhere(filters.status, now),
  };
  const agencyFilter = scope ? Prisma.sql`AND b."agencyId" IN (${Prisma.join(scope.length ? scope : [""])})` : Prisma.empty;
  const serviceFilter = filters.serviceId ? Prisma.sql`AND b."serviceId" = ${filters.serviceId}` : Prisma.empty;
  const [bills, count, byService, byDay, services] = await Promise.all([
    db.bill.findMany({
      where,
      select: {
        code: true,
        status: true,
        amount: true,
        issuedAt: true,
        expiresAt: true,
        paidAt: true,
        application: { select: { trackingNumber: true, service: { select: { nameId: true, nameEn: true } }, agency: { select: { code: true } } } },
      },
      orderBy: { issuedAt: "desc" },
      take: PAGE_SIZE,
    }),
    db.bill.count({ where }),
    // Per service, over bills issued in the period: what was billed, paid, left open and expired. A code that replaced
    // an expired one (reissueBill, round > 1) bills the same fee again: "reissued" says how many of the issued are such.
    db.$queryRaw<
      { serviceId: string; nameId: string; nameEn: string; issued: number; reissued: number; paid: number; paidAmount: bigint; open: number; expired: number }[]
    >`
      SELECT b."serviceId", s."nameId", s."nameEn",
        count(*)::int AS "issued",
        count(*) FILTER (WHERE b."round" > 1)::int AS "reissued",
        count(*) FILTER (WHERE b."status"::text IN (${Prisma.join([...BILL_SETTLED_STATUSES])}))::int AS "paid",
        coalesce(sum(b."amount") FILTER (WHERE b."status"::text IN (${Prisma.join([...BILL_SETTLED_STATUSES])})), 0)::bigint AS "paidAmount",
        count(*) FILTER (WHERE b."status" = 'ISSUED' AND b."expiresAt" > ${now})::int AS "open",
        count(*) FILTER (WHERE b."status" = 'EXPIRED' OR (b."status" = 'ISSUED' AND b."expiresAt" <= ${now}))::int AS "expired"
      FROM "Bill" b JOIN "Service" s ON s."id" = b."serviceId"
      WHERE b."issuedAt" >= ${from} AND b."issuedAt" < ${to} ${agencyFilter} ${serviceFilter}
      GROUP BY b."serviceId", s."nameId", s."nameEn" ORDER BY s."nameId"`,
    // Per day the money arrived (the home calendar), whatever day the bill was issued.
    db.$queryRaw<{ day: string; payments: number; amount: bigint }[]>`
      SELECT to_char(p."paidAt" + interval '7 hours', 'YYYY-MM-DD') AS "day", count(*)::int AS "payments", sum(p."amount")::bigint AS "amount"
      FROM "Payment" p JOIN "Bill" b ON b."id" = p."billId"
      WHERE p."outcome" = 'SETTLED' AND p."paidAt" >= ${from} AND p."paidAt" < ${to} ${agencyFilter} ${serviceFilter}
      GROUP BY 1 ORDER BY 1 DESC`,
    db.bill.findMany({
      where: agencyWhere,
      distinct: ["serviceId"],
      select: { serviceId: true, application: { select: { service: { select: { nameId: true, nameEn: true } } } } },
    }),
  ]);
  return {
    bills: bills.map((bill) => ({ ...bill, status: effectiveBillStatus(bill, now) })),
    count,
    shown: bills.length,
    byService: byService.map((row) => ({ ...row, paidAmount: Number(row.paidAmount) })),
    byDay: byDay.map((row) => ({ ...row, amount: Number(row.amount) })),
    services: services
      .map((row) => ({ id: row.serviceId, nameId: row.application.service.nameId, nameEn: row.application.service.nameEn }))
      .sort((a, b) => a.nameId.localeCompare(b.nameId)),
  };
}

/** The reconciliation runs, newest first (policy treasury.reconcile). */
export async function listReconciliationRuns(actor: Actor) {
  authorize(actor, "treasury.reconcile");
  const runs = await db.reconciliationRun.findMany({
    select: {
      id: true,
      settlementDate: true,
      fileName: true,
      uploadedAt: true,
      fileRows: true,
      fileTotal: true,
      portalTotal: true,
      matchedCount: true,
      mismatchCount: true,
    },
    orderBy: { uploadedAt: "desc" },
    take: 60,
  });
  return runs.map((run) => ({ ...run, fileTotal: Number(run.fileTotal), portalTotal: Number(run.portalTotal) }));
}

/** One run with its lines, mismatches first. */
export async function loadReconciliationRun(actor: Actor, id: string) {
  authorize(actor, "treasury.reconcile");
  const run = await db.reconciliationRun.findUnique({
    where: { id },
    select: {
      id: true,
      settlementDate: true,
      fileName: true,
      fileSha256: true,
      uploadedAt: true,
      fileRows: true,
      fileTotal: true,
      portalTotal: true,
      matchedCount: true,
      mismatchCount: true,
      items: { orderBy: [{ line: "asc" }] },
    },
  });
  if (!run) throw notFound();
  const items = [...run.items].sort((a, b) => Number(a.kind === "matched") - Number(b.kind === "matched"));
  return { ...run, items, fileTotal: Number(run.fileTotal), portalTotal: Number(run.portalTotal) };
}

/** Days in the last `days` with payments but no reconciliation run (what the daily check flags). */
export async function unreconciledDays(days: number, now = new Date()): Promise<string[]> {
  const today = treasuryToday(now);
  const since = settlementDayBounds(today).from.getTime() - days * 86_400_000;
  const rows = await db.$queryRaw<{ day: string }[]>`
    SELECT DISTINCT to_char(p."paidAt" + interval '7 hours', 'YYYY-MM-DD') AS "day" FROM "Payment" p
    WHERE p."paidAt" >= ${new Date(since)} AND p."paidAt" < ${settlementDayBounds(today).from}
    AND NOT EXISTS (SELECT 1 FROM "ReconciliationRun" r WHERE r."settlementDate" = to_char(p."paidAt" + interval '7 hours', 'YYYY-MM-DD'))
    ORDER BY 1 DESC`;
  return rows.map((row) => row.day);
}

const refundSelect = {
  id: true,
  amount: true,
  reason: true,
  requestedAt: true,
  approvedAt: true,
  rejectedAt: true,
  rejectionNote: true,
  paidOutAt: true,
  paidOutReference: true,
  bill: { select: { code: true, agencyId: true, application: { select: { trackingNumber: true, service: { select: { nameId: true, nameEn: true } } } } } },
} as const;

/**
 * Refunds for the back office: a supervisor sees their agencies' (refund.approve),
 * the revenue office its scope's (treasury.read). Filtered by state.
 */
export async function listRefunds(actor: Actor, state: RefundState | null) {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const seesAll = actor.memberships.length === 0 && (can(actor, "treasury.read", { agencyId: null }) || can(actor, "refund.approve", { agencyId: null }));
  const agencyIds = seesAll
    ? null
    : actor.memberships
        .filter((m) => can(actor, "refund.approve", { agencyId: m.agencyId }) || can(actor, "treasury.read", { agencyId: m.agencyId }))
        .map((m) => m.agencyId);
  if (agencyIds && agencyIds.length === 0) throw new AppError("FORBIDDEN", "error.forbidden");
  const rows = await db.refund.findMany({
    where: { ...(agencyIds ? { bill: { agencyId: { in: agencyIds } } } : {}), ...(state ? refundStateWhere(state) : {}) },
    select: refundSelect,
    orderBy: { requestedAt: "desc" },
    take: 200,
  });
  return rows.map((row) => ({
    ...row,
    state: refundState(row),
    mayDecide: can(actor, "refund.approve", { agencyId: row.bill.agencyId }),
    mayPayOut: can(actor, "refund.payOut", { agencyId: row.bill.agencyId }),
  }));
}

export function refundStateFilter(value: string | string[] | undefined): RefundState | null {
  const first = Array.isArray(value) ? value[0] : value;
  return (REFUND_STATES as readonly string[]).includes(first ?? "") ? (first as RefundState) : null;
}

/** The refunds of one bill, for its page (the caller has authorised the bill: bill.view). */
export async function refundsOfBill(billId: string) {
  const rows = await db.refund.findMany({
    where: { billId },
    select: {
      id: true,
      amount: true,
      reason: true,
      requestedAt: true,
      approvedAt: true,
      rejectedAt: true,
      rejectionNote: true,
      paidOutAt: true,
      paidOutReference: true,
    },
    orderBy: { requestedAt: "asc" },
  });
  return rows.map((row) => ({ ...row, state: refundState(row) }));
}
