import { currentActor } from "@/lib/auth/current-actor";
import { openReceiptPdf } from "@/lib/outputs/payment-pdf";
import { errorResponse, privateFileResponse } from "@/lib/platform/http";

export const dynamic = "force-dynamic";

/** The signed payment receipt (bukti bayar), for the applicant, the agency's staff and the revenue office. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  try {
    return privateFileResponse(await openReceiptPdf(await currentActor(), (await params).code), request);
  } catch (error) {
    return errorResponse(error);
  }
}
