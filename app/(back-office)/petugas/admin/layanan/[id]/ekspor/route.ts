import { currentActor } from "@/lib/auth/current-actor";
import { exportServiceDocument } from "@/lib/catalog/admin-queries";
import { contentDisposition, errorResponse } from "@/lib/platform/http";

export const dynamic = "force-dynamic";

/** Downloads a service's current standard and form as JSON, for another agency or portal to import. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const { slug, document } = await exportServiceDocument(await currentActor(), id);
    return new Response(`${JSON.stringify(document, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": contentDisposition(`${slug}-v${document.standardVersion.version}.json`),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
