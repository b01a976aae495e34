import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { settlementCsv, settlementDayBounds } from "../reconciliation";
import { isSimulatorEnabled } from "./simulator";

/**
 * The settlement report the simulated bank sends the treasury for one day:
 * every payment it made (its references start with SIM), as the bank saw
 * them, whatever the portal did with them. For the revenue office (policy
 * treasury.reconcile), and only while the simulator is on.
 */
export async function simulatorSettlementFile(actor: Actor, date: string): Promise<string> {
  authorize(actor, "treasury.reconcile");
  if (!isSimulatorEnabled()) throw new AppError("NOT_FOUND", "payment.simulator.notAvailable");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) throw new AppError("INVALID", "reconciliation.error.date");
  const { from, to } = settlementDayBounds(date);
  const payments = await db.payment.findMany({
    where: { provider: { startsWith: "snap:" }, providerReference: { startsWith: "SIM" }, paidAt: { gte: from, lt: to } },
    select: { providerReference: true, amount: true, paidAt: true, bill: { select: { code: true, virtualAccountNo: true } } },
    orderBy: { paidAt: "asc" },
  });
  return settlementCsv(
    date,
    payments.map((payment) => ({
      virtualAccountNo: payment.bill.virtualAccountNo,
      billCode: payment.bill.code,
      amount: payment.amount,
      reference: payment.providerReference,
      paidAt: payment.paidAt,
    })),
  );
}
