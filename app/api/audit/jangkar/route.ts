import { listAuditAnchors } from "@/lib/dashboard/audit-anchor-queries";
import { publicKeyJwk } from "@/lib/outputs/signing";

export const dynamic = "force-dynamic";

/**
 * Open data: every published audit anchor (lib/dashboard/audit-anchors.ts) with
 * the key that signed it. Keep a copy: `npm run audit:verify -- --anchors <file>`
 * checks a database against it.
 */
export async function GET() {
  const anchors = await listAuditAnchors(1000);
  return Response.json(
    { publicKey: publicKeyJwk(), signedBytes: "the SHA-256 digest's 32 bytes (hex in `digest`)", anchors },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
}
