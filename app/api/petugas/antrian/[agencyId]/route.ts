import { agencyTopic } from "@/lib/applications/side-effects";
import { currentActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/policy";
import { errorResponse } from "@/lib/platform/http";
import { sseResponse } from "@/lib/platform/realtime";

export const dynamic = "force-dynamic";

/** Live changes to an agency's queue, for its staff only. */
export async function GET(request: Request, { params }: { params: Promise<{ agencyId: string }> }) {
  const { agencyId } = await params;
  try {
    authorize(await currentActor(), "agency.read", { agencyId });
  } catch (error) {
    return errorResponse(error);
  }
  return sseResponse({ signal: request.signal, topics: [agencyTopic(agencyId)] });
}
