import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/current-actor";
import { openOutput } from "@/lib/outputs/use-cases/open-output";
import { errorResponse, privateFileResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

/** The output PDF of an application, for its holder or the issuing agency's staff. */
export async function GET(request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  try {
    const { applicationId } = await params;
    return privateFileResponse(await openOutput(await currentActor(), applicationId, { ip: clientIp(await headers()) }), request);
  } catch (error) {
    return errorResponse(error);
  }
}
