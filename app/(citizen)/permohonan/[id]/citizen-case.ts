import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/page-guards";
import { getOwnApplication } from "@/lib/applications/queries";
import { AppError } from "@/lib/platform/errors";

/**
 * The signed-in citizen's application for a page, or the way out: sign-in
 * for visitors, "not found" for anyone else's (never "forbidden").
 */
export async function citizenApplicationOrExit(applicationId: string, returnPath: string) {
  const actor = await requireUser(returnPath);
  try {
    return { actor, application: await getOwnApplication(actor, applicationId) };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
