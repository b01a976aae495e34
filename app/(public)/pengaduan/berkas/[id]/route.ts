import { headers } from "next/headers";
import { filerCredential } from "@/lib/complaints/filer-session";
import { openComplaintAttachment } from "@/lib/complaints/use-cases/open-attachment";
import { errorResponse, privateFileResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

/** A complaint's attachment: for its filer, or (audited) for staff who may read the complaint. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    return privateFileResponse(await openComplaintAttachment(await filerCredential(), id, { ip: clientIp(await headers()) }), request);
  } catch (error) {
    return errorResponse(error);
  }
}
