import { currentOpenApiDocument } from "@/lib/developer/document";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of the machine-facing APIs; read as a page at /pengembang. */
export async function GET() {
  return Response.json(await currentOpenApiDocument(), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff" },
  });
}
