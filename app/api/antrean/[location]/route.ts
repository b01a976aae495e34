import { errorResponse } from "@/lib/platform/http";
import { sseResponse } from "@/lib/platform/realtime";
import { boardView } from "@/lib/visits/queries";
import { boardTopic } from "@/lib/visits/topics";

export const dynamic = "force-dynamic";

/** The hall screen's live feed (public: numbers and counters only, no names). The first event is the current board. */
export async function GET(request: Request, { params }: { params: Promise<{ location: string }> }) {
  const { location: slug } = await params;
  try {
    const { location } = await boardView(slug);
    return sseResponse({
      signal: request.signal,
      topics: [boardTopic(location.id)],
      initial: async () => [{ type: "board" }],
    });
  } catch (error) {
    return errorResponse(error);
  }
}
