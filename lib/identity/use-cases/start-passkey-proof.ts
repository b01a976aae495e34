import "server-only";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { assertionOptions } from "../passkeys/store";

/**
 * A signed-in owner re-proves a passkey before changing their own factors
 * (removing one, new recovery codes): a stored, single-use challenge naming
 * the account's passkeys.
 */
export async function startPasskeyProof(actor: Actor, context: { now?: Date } = {}): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { actorId } = authorizeSignedIn(actor, "account.secureOwn");
  const options = await assertionOptions(db, actorId, context.now ?? new Date());
  if (!options) throw new AppError("CONFLICT", "factors.error.noPasskey");
  return options;
}
