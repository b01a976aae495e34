import { discoveryRoute } from "@/lib/complaints/open311/routes";

export const dynamic = "force-dynamic";

/** Open311 Service Discovery: /api/open311/discovery.json and .xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return discoveryRoute((await params).file);
}
