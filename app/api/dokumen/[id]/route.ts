import { headers } from "next/headers";
import { openDocument } from "@/lib/applications/use-cases/open-document";
import { currentActor } from "@/lib/auth/current-actor";
import { contentDisposition, errorResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    // Officers view documents in the browser; the sandbox keeps a hostile PDF or image from running anything.
    const inline = new URL(request.url).searchParams.get("tampil") === "1";
    const file = await openDocument(await currentActor(), id, { ip: clientIp(await headers()) });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": contentDisposition(file.fileName, inline ? "inline" : "attachment"),
        "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; object-src 'self'",
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
