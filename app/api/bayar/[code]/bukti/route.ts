import { currentActor } from "@/lib/auth/current-actor";
import { openReceipt } from "@/lib/outputs/use-cases/issue-receipt";
import { errorResponse, privateFileResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

/** The signed payment receipt (bukti bayar), for the applicant, the agency's staff and the revenue office. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  try {
    return privateFileResponse(await openReceipt(await currentActor(), (await params).code, { ip: clientIp(request.headers) }), request);
  } catch (error) {
    return errorResponse(error);
  }
}
