import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { newTotpSecret } from "../second-factor/rules";
import { sealTotpSecret } from "../second-factor/store";

/**
 * Starts enrolling an authenticator app: a new secret, pending until the first
 * code confirms it (confirmTotpEnrolment). Starting again replaces a pending
 * secret; an account that already has a confirmed one is refused (an admin's
 * reset, or the owner's own removal, comes first).
 */
export async function startTotpEnrolment(actor: Actor): Promise<void> {
  const { actorId } = authorizeSignedIn(actor, "account.secureOwn");
  const secretCiphertext = sealTotpSecret(newTotpSecret());
  // The conditional upsert is the check: a confirmed factor is never overwritten.
  const written = await db.$executeRaw`
    INSERT INTO "TotpFactor" ("userId", "secretCiphertext") VALUES (${actorId}, ${secretCiphertext})
    ON CONFLICT ("userId") DO UPDATE SET "secretCiphertext" = EXCLUDED."secretCiphertext", "lastUsedStep" = NULL, "createdAt" = now()
    WHERE "TotpFactor"."confirmedAt" IS NULL`;
  if (written !== 1) throw new AppError("CONFLICT", "secondFactor.error.alreadyEnrolled");
}
