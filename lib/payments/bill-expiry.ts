import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import type { Tx } from "@/lib/platform/db";
import { BILL_EXPIRABLE_STATUSES, billStatusAfter } from "./workflow";

/**
 * Records one bill EXPIRED with its audit entry, conditional on its status, so
 * a payment or another run that committed first wins. The sweep and a
 * reissue (which finds a bill past expiry before the sweep did) both use it.
 */
export async function recordBillExpired(tx: Tx, bill: { id: string; agencyId: string; code: string; expiresAt: Date }): Promise<boolean> {
  const { count } = await tx.bill.updateMany({
    where: { id: bill.id, status: { in: [...BILL_EXPIRABLE_STATUSES] } },
    data: { status: billStatusAfter("expire"), version: { increment: 1 } },
  });
  if (count === 0) return false;
  await recordAudit(tx, {
    agencyId: bill.agencyId,
    action: "bill.expired",
    entityType: "Bill",
    entityId: bill.id,
    data: { code: bill.code, expiresAt: bill.expiresAt.toISOString() },
  });
  return true;
}
