import { headers } from "next/headers";
import { openDocument } from "@/lib/applications/use-cases/open-document";
import { currentActor } from "@/lib/auth/current-actor";
import { errorResponse, privateFileResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

/** An application's uploaded document: for its applicant, or (audited) for staff of the handling agency. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    return privateFileResponse(await openDocument(await currentActor(), id, { ip: clientIp(await headers()) }), request);
  } catch (error) {
    return errorResponse(error);
  }
}
