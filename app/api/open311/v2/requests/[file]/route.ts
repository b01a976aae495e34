import { requestRoute } from "@/lib/complaints/open311/routes";

export const dynamic = "force-dynamic";

/** Open311 GeoReport v2: GET Service Request. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return requestRoute((await params).file);
}
