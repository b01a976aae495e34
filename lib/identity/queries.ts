import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";

/** The signed-in user's own account and profile, NIK masked. */
export async function getOwnAccount(actor: Actor) {
  authorize(actor, "account.view");
  if (actor.kind !== "user") return null;
  return db.user.findUnique({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      roles: true,
      profile: { select: { nikMasked: true, birthDate: true, sex: true } },
    },
  });
}
