import { headers } from "next/headers";
import { filerCredential } from "@/lib/complaints/filer-session";
import { openComplaintAttachment } from "@/lib/complaints/use-cases/open-attachment";
import { contentDisposition, errorResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

/** A complaint's attachment: for its filer, or (audited) for staff who may read the complaint. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const inline = new URL(request.url).searchParams.get("tampil") === "1";
    const file = await openComplaintAttachment(await filerCredential(), id, { ip: clientIp(await headers()) });
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
