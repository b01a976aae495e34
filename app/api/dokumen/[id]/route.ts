import { headers } from "next/headers";
import { openDocument } from "@/lib/applications/use-cases/open-document";
import { currentActor } from "@/lib/auth/current-actor";
import { contentDisposition, errorResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const file = await openDocument(await currentActor(), id, { ip: clientIp(await headers()) });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": contentDisposition(file.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
