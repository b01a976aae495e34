import "server-only";
import { forbidden, redirect } from "next/navigation";
import { SECOND_FACTOR_ENROL_PATH, secondFactorStepPath } from "@/lib/identity/second-factor/paths";
import type { Actor } from "./actor";
import { signInPath } from "./action-runner";
import { currentActor, currentPendingSecondFactor } from "./current-actor";
import { can } from "./policy";

export type SignedInActor = Extract<Actor, { kind: "user" }>;

/**
 * A page for signed-in people: anyone else signs in first and comes back to
 * `returnPath`; a session between the password and the second factor goes to
 * the second step. A staff member who must have a second factor and has not
 * proven one is sent from the back office to enrol (issue 25).
 */
export async function requireUser(returnPath: string): Promise<SignedInActor> {
  const actor = await currentActor();
  if (actor.kind !== "user") {
    if (await currentPendingSecondFactor()) redirect(secondFactorStepPath(returnPath));
    redirect(signInPath(returnPath));
  }
  if (actor.secondFactorMissing && returnPath.startsWith("/petugas")) redirect(`${SECOND_FACTOR_ENROL_PATH}?perlu=1`);
  return actor;
}

/** A back-office page: signed in, and staff (a 403 page for citizens). */
export async function requireStaff(returnPath: string): Promise<SignedInActor> {
  const actor = await requireUser(returnPath);
  if (actor.secondFactorMissing) redirect(`${SECOND_FACTOR_ENROL_PATH}?perlu=1`);
  if (!can(actor, "backOffice.enter")) forbidden();
  return actor;
}
