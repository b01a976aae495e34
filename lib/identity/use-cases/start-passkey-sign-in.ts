import "server-only";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import type { PendingSecondFactor } from "@/lib/identity/session-actor";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { assertionOptions } from "../passkeys/store";

/**
 * The sign-in's second step with a passkey: a challenge for the session that
 * passed the password, naming the account's passkeys. Only that session asks
 * (currentPendingSecondFactor), after the right password, so the answer tells
 * nothing about which emails have accounts. The challenge is stored, lives
 * five minutes and is used up by the first answer (verifySecondFactor).
 */
export async function startPasskeySignIn(pending: PendingSecondFactor, context: { now?: Date } = {}): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await assertionOptions(db, pending.userId, context.now ?? new Date());
  if (!options) throw new AppError("CONFLICT", "factors.error.noPasskey");
  return options;
}
