import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/current-actor";
import { openOutput } from "@/lib/outputs/use-cases/open-output";
import { contentDisposition, errorResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

/** The output PDF of an application, for its holder or the issuing agency's staff. */
export async function GET(_request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  try {
    const { applicationId } = await params;
    const file = await openOutput(await currentActor(), applicationId, { ip: clientIp(await headers()) });
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
