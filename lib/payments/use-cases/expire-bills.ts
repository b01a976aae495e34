import "server-only";
import { db } from "@/lib/platform/db";
import { recordBillExpired } from "../bill-expiry";
import { BILL_EXPIRABLE_STATUSES } from "../workflow";

export const BILL_EXPIRY_QUEUE = "payments.expire-bills";
export const BILL_EXPIRY_EVERY_MS = 15 * 60_000;
const BATCH = 500;

/**
 * Records as EXPIRED the unpaid bills whose expiry has passed (pages already
 * show them expired from expiresAt; this makes the treasury's lists and
 * totals say so too). Each bill changes in its own short transaction,
 * conditional on its status, so a payment committed first wins (and one
 * arriving after is recorded late and refunded), and running twice, or on
 * two instances at once, expires each bill once. Returns how many it expired.
 */
export async function expireBills(now = new Date()): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await db.bill.findMany({
      where: { status: { in: [...BILL_EXPIRABLE_STATUSES] }, expiresAt: { lte: now } },
      select: { id: true, agencyId: true, code: true, expiresAt: true },
      orderBy: { expiresAt: "asc" },
      take: BATCH,
    });
    let changed = 0;
    for (const bill of due) {
      const done = await db.$transaction((tx) => recordBillExpired(tx, bill));
      if (done) changed++;
    }
    expired += changed;
    if (due.length < BATCH || changed === 0) return expired;
  }
}
