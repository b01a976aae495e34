import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requireUser, type SignedInActor } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/platform/errors";

/** An admin console page: sign in first, and only admins get past (a 403 for other staff and citizens). */
export async function requireCatalogAdmin(callbackPath: string): Promise<SignedInActor> {
  const actor = await requireUser(callbackPath);
  if (!can(actor, "admin.manage")) forbidden();
  return actor;
}

/** A record the page names that does not exist is a 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
