import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/current-actor";
import { contentDisposition, errorResponse } from "@/lib/platform/http";
import { clientIp } from "@/lib/platform/request-context";
import { exportMyData } from "@/lib/privacy/use-cases/export-my-data";

export const dynamic = "force-dynamic";

/** Everything the portal holds about the signed-in person, as a zip (streamed; its length is not known up front). */
export async function GET() {
  try {
    const archive = await exportMyData(await currentActor(), { ip: clientIp(await headers()) });
    return new Response(archive.body, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": contentDisposition(archive.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
