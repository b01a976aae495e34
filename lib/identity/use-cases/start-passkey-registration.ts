import "server-only";
import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { CEREMONY_TIMEOUT_MS, MAX_PASSKEYS_PER_ACCOUNT } from "../passkeys/rules";
import { portalRelyingParty, storeChallenge, transportsOf } from "../passkeys/store";

/**
 * Starts adding a passkey to one's own account: options for
 * navigator.credentials.create() with a stored, single-use challenge; the
 * account's passkeys are excluded, so one authenticator is not added twice.
 */
export async function startPasskeyRegistration(actor: Actor, context: { now?: Date } = {}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { actorId } = authorizeSignedIn(actor, "account.secureOwn");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const now = context.now ?? new Date();
  const existing = await db.passkey.findMany({ where: { userId: actorId }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS_PER_ACCOUNT) throw new AppError("CONFLICT", "factors.error.tooManyPasskeys");
  const { rpID, rpName } = portalRelyingParty();
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(actorId),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: transportsOf(p.transports) })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
    timeout: CEREMONY_TIMEOUT_MS,
  });
  await storeChallenge(db, actorId, "register", options.challenge, now);
  return options;
}
