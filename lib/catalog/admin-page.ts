import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/platform/errors";

/** An admin console page: sign in first, and only admins get past (a 403 for other staff and citizens). */
export async function requireCatalogAdmin(callbackPath: string): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/masuk?callbackUrl=${encodeURIComponent(callbackPath)}`);
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
