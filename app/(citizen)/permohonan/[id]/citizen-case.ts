import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { getOwnApplication } from "@/lib/applications/queries";
import { AppError } from "@/lib/platform/errors";

/**
 * The signed-in citizen's application for a page, or the way out: sign-in
 * for visitors, "not found" for anyone else's (never "forbidden").
 */
export async function citizenApplicationOrExit(applicationId: string, returnPath: string) {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/masuk?callbackUrl=${encodeURIComponent(returnPath)}`);
  try {
    return { actor, application: await getOwnApplication(actor, applicationId) };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
