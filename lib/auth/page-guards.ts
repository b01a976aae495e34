import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "./actor";
import { signInPath } from "./action-runner";
import { currentActor } from "./current-actor";
import { can } from "./policy";

export type SignedInActor = Extract<Actor, { kind: "user" }>;

/** A page for signed-in people: anyone else signs in first and comes back to `returnPath`. */
export async function requireUser(returnPath: string): Promise<SignedInActor> {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(signInPath(returnPath));
  return actor;
}

/** A back-office page: signed in, and staff (a 403 page for citizens). */
export async function requireStaff(returnPath: string): Promise<SignedInActor> {
  const actor = await requireUser(returnPath);
  if (!can(actor, "backOffice.enter")) forbidden();
  return actor;
}
