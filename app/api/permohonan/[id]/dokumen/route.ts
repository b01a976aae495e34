import { headers } from "next/headers";
import { uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { currentActor } from "@/lib/auth/current-actor";
import { errorResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";
import { BodyTooLargeError, readFormWithin } from "@/lib/platform/request-body";

export const dynamic = "force-dynamic";

// The largest document a field may allow (form-definition maxSizeMb ≤ 20) plus multipart overhead.
const MAX_REQUEST_BYTES = 21 * 1024 * 1024;

/**
 * One document, uploaded from the form as soon as it is chosen (with a progress
 * bar). Cross-origin posts never get here (proxy.ts, lib/platform/same-origin.ts).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const form = await readFormWithin(request, MAX_REQUEST_BYTES);
    if (!form) return Response.json({ messageKey: "upload.empty" }, { status: 400 });
    const file = form.get("file");
    if (!(file instanceof File)) return Response.json({ messageKey: "upload.empty" }, { status: 400 });
    const document = await uploadDocument(
      await currentActor(),
      { applicationId: id, fieldKey: String(form.get("fieldKey") ?? ""), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      { ip: clientIp(await headers()) },
    );
    return Response.json({ document }, { status: 201 });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return Response.json({ messageKey: "upload.tooLarge" }, { status: 413 });
    return errorResponse(error);
  }
}
