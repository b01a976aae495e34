import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { ownProfileRow } from "./profile-queries";

/**
 * The signed-in user's own account and profile, NIK masked. Name and email are
 * the actor's: read from the account row at the start of this request.
 */
export async function getOwnAccount(actor: Actor) {
  authorize(actor, "account.view");
  if (actor.kind !== "user") return null;
  const profile = await ownProfileRow(actor.id);
  return {
    name: actor.name,
    email: actor.email,
    profile: profile ? { nikMasked: profile.nikMasked, birthDate: profile.birthDate, sex: profile.sex } : null,
  };
}
