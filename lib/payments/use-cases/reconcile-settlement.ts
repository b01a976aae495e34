import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { portalPaymentsOn } from "../settlement-data";
import { parseOrThrow } from "@/lib/platform/validation";
import { compactAccount, matchSettlement, parseSettlementCsv, SETTLEMENT_MAX_CHARS, type KnownBill, type ParsedSettlement } from "../reconciliation";

const uploadSchema = z.object({
  csv: z.string().min(1, "reconciliation.error.fileRequired").max(SETTLEMENT_MAX_CHARS, "reconciliation.error.tooLarge"),
  fileName: z.string().trim().max(200).optional(),
});

export type ReconcileResult =
  | { ok: true; runId: string; created: boolean }
  | { ok: false; problem: Exclude<ParsedSettlement, { ok: true }>["problem"]; errors: Exclude<ParsedSettlement, { ok: true }>["errors"] };

/**
 * The revenue office uploads the provider's settlement file for one day
 * (policy treasury.reconcile); the portal matches it against the payments it
 * recorded that day and stores the result as a reconciliation run, audited.
 * The file's SHA-256 is the run's key: uploading the same file again shows
 * the run it made, without a second one. A file that cannot be read is
 * refused line by line and stores nothing.
 */
export async function reconcileSettlement(actor: Actor, input: unknown, context: { ip: string | null; now?: Date }): Promise<ReconcileResult> {
  const who = authorizeSignedIn(actor, "treasury.reconcile");
  const { csv, fileName } = parseOrThrow(uploadSchema, input);
  const sha256 = createHash("sha256").update(csv).digest("hex");
  const known = await db.reconciliationRun.findUnique({ where: { fileSha256: sha256 }, select: { id: true } });
  if (known) return { ok: true, runId: known.id, created: false };

  const parsed = parseSettlementCsv(csv);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, errors: parsed.errors };
  const payments = await portalPaymentsOn(parsed.settlementDate);
  const named = [...new Set(parsed.rows.map((row) => row.virtualAccountNo))];
  const bills = await db.bill.findMany({
    where: { OR: named.map((account) => ({ virtualAccountNo: { endsWith: account.slice(-12) } })) },
    select: { id: true, code: true, virtualAccountNo: true },
  });
  const billsByAccount = new Map<string, KnownBill>(
    bills.map((bill) => [
      compactAccount(bill.virtualAccountNo),
      { billId: bill.id, billCode: bill.code, virtualAccountNo: compactAccount(bill.virtualAccountNo) },
    ]),
  );
  const lines = matchSettlement(parsed.rows, payments, billsByAccount);
  const matched = lines.filter((line) => line.kind === "matched").length;
  const now = context.now ?? new Date();
  try {
    const runId = await db.$transaction(async (tx) => {
      const run = await tx.reconciliationRun.create({
        data: {
          settlementDate: parsed.settlementDate,
          fileSha256: sha256,
          fileName: fileName || null,
          uploadedById: who.actorId,
          uploadedAt: now,
          fileRows: parsed.rows.length,
          fileTotal: BigInt(parsed.rows.reduce((sum, row) => sum + row.amount, 0)),
          portalTotal: BigInt(payments.reduce((sum, payment) => sum + payment.amount, 0)),
          matchedCount: matched,
          mismatchCount: lines.length - matched,
          items: { createMany: { data: lines } },
        },
        select: { id: true },
      });
      // The settlement file covers every agency's bills: the run is the platform's, on the platform's chain.
      await recordAudit(tx, {
        ...who,
        action: "reconciliation.run",
        entityType: "ReconciliationRun",
        entityId: run.id,
        ip: context.ip,
        data: { settlementDate: parsed.settlementDate, sha256, rows: parsed.rows.length, matched, mismatches: lines.length - matched },
      });
      return run.id;
    });
    return { ok: true, runId, created: true };
  } catch (error) {
    // The same file uploaded twice at once: the other upload made the run.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const run = await db.reconciliationRun.findUnique({ where: { fileSha256: sha256 }, select: { id: true } });
      if (run) return { ok: true, runId: run.id, created: false };
    }
    throw error;
  }
}
