import { currentActor } from "@/lib/auth/current-actor";
import { openBillPdf } from "@/lib/outputs/payment-pdf";
import { errorResponse, privateFileResponse } from "@/lib/platform/http";

export const dynamic = "force-dynamic";

/** The bill as a PDF, for the applicant, the agency's staff and the revenue office. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  try {
    return privateFileResponse(await openBillPdf(await currentActor(), (await params).code), request);
  } catch (error) {
    return errorResponse(error);
  }
}
