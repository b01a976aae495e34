import { simulatorSettlementFile } from "@/lib/payments/providers/simulator-settlement";
import { currentActor } from "@/lib/auth/current-actor";
import { errorResponse } from "@/lib/platform/http";

export const dynamic = "force-dynamic";

/**
 * The bank simulator's settlement report for one day (PAYMENT_SIMULATOR=on):
 * the CSV a bank sends the treasury, of the payments it made that day. For
 * the revenue office (treasury.reconcile), who uploads it on the
 * reconciliation page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ date: string }> }) {
  const { date } = await params;
  try {
    const csv = await simulatorSettlementFile(await currentActor(), date.replace(/\.csv$/, ""));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="settlement-simulator-${date.replace(/\.csv$/, "")}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
