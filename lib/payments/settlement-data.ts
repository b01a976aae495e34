import "server-only";
import { db } from "@/lib/platform/db";
import { compactAccount, settlementDayBounds, type PortalPayment } from "./reconciliation";

/** The payments the portal recorded on one settlement day (every outcome: the money arrived), by when the customer paid. */
export async function portalPaymentsOn(date: string): Promise<(PortalPayment & { paidAt: Date })[]> {
  const { from, to } = settlementDayBounds(date);
  const rows = await db.payment.findMany({
    where: { paidAt: { gte: from, lt: to } },
    select: { providerReference: true, amount: true, paidAt: true, bill: { select: { id: true, code: true, virtualAccountNo: true } } },
    orderBy: { paidAt: "asc" },
  });
  return rows.map((row) => ({
    billId: row.bill.id,
    billCode: row.bill.code,
    virtualAccountNo: compactAccount(row.bill.virtualAccountNo),
    reference: row.providerReference,
    amount: row.amount,
    paidAt: row.paidAt,
  }));
}
