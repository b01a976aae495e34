import { serviceDefinitionRoute } from "@/lib/complaints/open311/routes";

export const dynamic = "force-dynamic";

/** Open311 GeoReport v2: GET Service Definition. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serviceDefinitionRoute((await params).file);
}
