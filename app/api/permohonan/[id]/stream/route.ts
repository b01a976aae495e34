import { applicationTopic } from "@/lib/applications/side-effects";
import { getOwnApplication } from "@/lib/applications/queries";
import { currentActor } from "@/lib/auth/current-actor";
import { errorResponse } from "@/lib/platform/http";
import { sseResponse } from "@/lib/platform/realtime";

export const dynamic = "force-dynamic";

/** Live status of the citizen's own application (Server-Sent Events). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let actor: Awaited<ReturnType<typeof currentActor>>;
  try {
    actor = await currentActor();
    await getOwnApplication(actor, id);
  } catch (error) {
    return errorResponse(error);
  }
  return sseResponse({
    signal: request.signal,
    topics: [applicationTopic(id)],
    initial: async () => {
      const current = await getOwnApplication(actor, id);
      return [{ type: "snapshot", status: current.status }];
    },
  });
}
