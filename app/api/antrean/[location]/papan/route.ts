import { errorResponse } from "@/lib/platform/http";
import { boardView } from "@/lib/visits/queries";

export const dynamic = "force-dynamic";

/** The hall screen's current state as JSON: each counter and the number called to it, and how many wait. */
export async function GET(_request: Request, { params }: { params: Promise<{ location: string }> }) {
  const { location: slug } = await params;
  try {
    const { board } = await boardView(slug);
    return Response.json(board, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
