import { headers } from "next/headers";
import { uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { currentActor } from "@/lib/auth/current-actor";
import { errorResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

// The largest document a field may allow (form-definition maxSizeMb ≤ 20) plus multipart overhead.
const MAX_REQUEST_BYTES = 21 * 1024 * 1024;

/** One document, uploaded from the form as soon as it is chosen (with a progress bar). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    return Response.json({ messageKey: "upload.tooLarge" }, { status: 413 });
  }
  try {
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File)) return Response.json({ messageKey: "upload.empty" }, { status: 400 });
    const document = await uploadDocument(
      await currentActor(),
      { applicationId: id, fieldKey: String(form.get("fieldKey") ?? ""), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      { ip: clientIp(await headers()) },
    );
    return Response.json({ document }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
