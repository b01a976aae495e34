import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import type { Scope } from "./queries";
import { publishCount, publishDerived, type PublishedCount } from "@/lib/platform/suppression";

/**
 * Revenue per service and month (issue 20): the fees the portal collected,
 * from the payments that settled a bill (paid late or twice, a payment is
 * refunded, not revenue), by the month the money arrived on the home
 * calendar (WIB). Refunds paid out in the month are shown beside it. No row
 * names a person: counts of 1–4 are "<5" publicly and the amounts behind
 * them are hidden, since a fixed fee times a count would tell the count.
 */
export type RevenueRow = {
  agencyCode: string;
  agencyName: string;
  serviceSlug: string;
  serviceName: string;
  month: string;
  payments: PublishedCount;
  amount: number | null;
  refunded: number | null;
};

type RawRevenue = {
  agencyCode: string;
  agencyName: string;
  serviceSlug: string;
  serviceName: string;
  month: string;
  payments: number;
  amount: bigint;
  refunded: bigint;
};

export async function revenueRows(scope: Scope, instants: { fromInstant: Date; toInstant: Date }, suppress: boolean): Promise<RevenueRow[]> {
  if (scope.agencyIds && scope.agencyIds.length === 0) return [];
  const agencyFilter = scope.agencyIds ? Prisma.sql`AND b."agencyId" IN (${Prisma.join(scope.agencyIds)})` : Prisma.empty;
  const serviceFilter = scope.serviceId ? Prisma.sql`AND b."serviceId" = ${scope.serviceId}` : Prisma.empty;
  const rows = await db.$queryRaw<RawRevenue[]>`
    WITH paid AS (
      SELECT b."agencyId", b."serviceId", to_char(p."paidAt" + interval '7 hours', 'YYYY-MM') AS "month", count(*)::int AS "payments", sum(p."amount")::bigint AS "amount"
      FROM "Payment" p JOIN "Bill" b ON b."id" = p."billId"
      WHERE p."outcome" = 'SETTLED' AND p."paidAt" >= ${instants.fromInstant} AND p."paidAt" < ${instants.toInstant} ${agencyFilter} ${serviceFilter}
      GROUP BY 1, 2, 3
    ), refunded AS (
      SELECT b."agencyId", b."serviceId", to_char(r."paidOutAt" + interval '7 hours', 'YYYY-MM') AS "month", sum(r."amount")::bigint AS "refunded"
      FROM "Refund" r JOIN "Payment" p ON p."id" = r."paymentId" JOIN "Bill" b ON b."id" = r."billId"
      WHERE p."outcome" = 'SETTLED' AND r."paidOutAt" >= ${instants.fromInstant} AND r."paidOutAt" < ${instants.toInstant} ${agencyFilter} ${serviceFilter}
      GROUP BY 1, 2, 3
    )
    SELECT a."code" AS "agencyCode", a."nameId" AS "agencyName", s."slug" AS "serviceSlug", s."nameId" AS "serviceName", m."month", m."payments", m."amount", m."refunded"
    FROM (
      SELECT coalesce(paid."serviceId", refunded."serviceId") AS "serviceId", coalesce(paid."month", refunded."month") AS "month",
        coalesce(paid."payments", 0) AS "payments", coalesce(paid."amount", 0)::bigint AS "amount", coalesce(refunded."refunded", 0)::bigint AS "refunded"
      FROM paid FULL OUTER JOIN refunded ON paid."serviceId" = refunded."serviceId" AND paid."month" = refunded."month"
    ) m JOIN "Service" s ON s."id" = m."serviceId" JOIN "Agency" a ON a."id" = s."agencyId"
    ORDER BY m."month", a."code", s."slug"`;
  return rows.map((row) => ({
    agencyCode: row.agencyCode,
    agencyName: row.agencyName,
    serviceSlug: row.serviceSlug,
    serviceName: row.serviceName,
    month: row.month,
    payments: publishCount(row.payments, suppress),
    amount: publishDerived(Number(row.amount), row.payments, suppress),
    refunded: publishDerived(Number(row.refunded), row.payments, suppress),
  }));
}
