import { v2Get, v2Post } from "@/lib/complaints/open311/routes";

export const dynamic = "force-dynamic";

/** Open311 GeoReport v2: discovery, services and requests, .json or .xml. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return v2Get((await params).file, request);
}

/** POST Service Request (api_key required). */
export async function POST(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return v2Post((await params).file, request);
}
