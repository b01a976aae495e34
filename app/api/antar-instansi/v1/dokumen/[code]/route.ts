import { checkDocumentForAgency } from "@/lib/interagency/use-cases/check-document";
import { errorResponse } from "@/lib/platform/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/antar-instansi/v1/dokumen/<code>: is this document valid? For
 * institutions outside the portal, each request signed with its registered
 * Ed25519 key (docs/trusted-documents.md: the RFC 9421 profile).
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const answer = await checkDocumentForAgency({ method: request.method, path: new URL(request.url).pathname, headers: request.headers }, code);
    return Response.json(answer, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
