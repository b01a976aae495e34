import { answerTimestampRequest, timestampSimulatorEnabled } from "@/lib/outputs/pades/timestamp";

export const dynamic = "force-dynamic";

/**
 * The demo RFC 3161 time-stamping authority (POST application/timestamp-query):
 * point TSA_URL here in development and the zero-install demo. Production
 * uses a real TSA and answers 404 here.
 */
export async function POST(request: Request) {
  if (!timestampSimulatorEnabled()) return new Response(null, { status: 404 });
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.length === 0 || body.length > 4096) return new Response(null, { status: 400 });
  return new Response(new Uint8Array(answerTimestampRequest(body)), { headers: { "Content-Type": "application/timestamp-reply" } });
}
