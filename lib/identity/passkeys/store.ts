import "server-only";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import type { Db, Tx } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { CEREMONY_TIMEOUT_MS, challengeExpiry, challengeOfResponse, counterAdvances, relyingParty, type ChallengePurpose } from "./rules";

/**
 * The stored side of passkeys: challenges kept server-side and used up once,
 * credentials with their public key and signature counter.
 */

export const portalRelyingParty = () => relyingParty(env().PUBLIC_URL);

/** Open challenges an account may hold at once: a few tabs and retries, not a flood of rows. */
const MAX_OPEN_CHALLENGES = 20;

/** Keeps a challenge for the account (and clears its expired ones). */
export async function storeChallenge(client: Db | Tx, userId: string, purpose: ChallengePurpose, challenge: string, now: Date): Promise<void> {
  await client.webAuthnChallenge.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  if ((await client.webAuthnChallenge.count({ where: { userId } })) >= MAX_OPEN_CHALLENGES) throw new AppError("RATE_LIMITED", "auth.rateLimited");
  await client.webAuthnChallenge.create({ data: { challenge, userId, purpose, expiresAt: challengeExpiry(now), createdAt: now } });
}

/**
 * Uses up the challenge an answer names: true once, for an unexpired
 * challenge issued to this account for this purpose; false for a reused,
 * expired, foreign or unknown one. One conditional delete, so two submissions
 * of one answer cannot both pass.
 */
export async function takeChallenge(client: Db | Tx, userId: string, purpose: ChallengePurpose, challenge: string | null, now: Date): Promise<boolean> {
  if (!challenge) return false;
  const { count } = await client.webAuthnChallenge.deleteMany({ where: { challenge, userId, purpose, expiresAt: { gt: now } } });
  return count === 1;
}

export const transportsOf = (stored: string[]) => stored as AuthenticatorTransportFuture[];

/** Options for navigator.credentials.get() naming the account's passkeys, with a fresh stored challenge. */
export async function assertionOptions(client: Db | Tx, userId: string, now: Date): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const passkeys = await client.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } });
  if (passkeys.length === 0) return null;
  const options = await generateAuthenticationOptions({
    rpID: portalRelyingParty().rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: transportsOf(p.transports) })),
    userVerification: "preferred",
    timeout: CEREMONY_TIMEOUT_MS,
  });
  await storeChallenge(client, userId, "authenticate", options.challenge, now);
  return options;
}

export type PasskeyProof = { kind: "passkey"; passkeyId: string; previousCounter: bigint; newCounter: number };
/** Why an assertion was refused: `replayed` (its challenge was used or expired, or its counter did not move), `refused` (anything else). */
export type PasskeyFailure = { failure: "replayed" | "refused" };

/**
 * Checks a passkey assertion for the account: its challenge is used up first
 * (so an answer never counts twice, right or wrong), then the signature,
 * origin and RP ID (the library), then the counter. Writes nothing else;
 * `consumePasskeyProof` moves the counter, conditionally.
 */
export async function matchPasskey(client: Db | Tx, userId: string, response: Record<string, unknown>, now: Date): Promise<PasskeyProof | PasskeyFailure> {
  const clientData = (response.response as { clientDataJSON?: unknown }).clientDataJSON;
  if (!(await takeChallenge(client, userId, "authenticate", challengeOfResponse(clientData), now))) return { failure: "replayed" };
  const passkey = await client.passkey.findFirst({
    where: { userId, credentialId: String(response.id) },
    select: { id: true, credentialId: true, publicKey: true, counter: true, transports: true },
  });
  if (!passkey) return { failure: "refused" };
  const { rpID, origin } = portalRelyingParty();
  try {
    const result = await verifyAuthenticationResponse({
      response: response as unknown as AuthenticationResponseJSON,
      // The challenge was taken above; the library checks the answer signed exactly it.
      expectedChallenge: challengeOfResponse(clientData)!,
      expectedOrigin: origin,
      expectedRPID: rpID,
      // The library refuses a counter that does not move; pass 0 so the refusal is ours and is named a replay.
      credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: 0, transports: transportsOf(passkey.transports) },
      requireUserVerification: false,
    });
    if (!result.verified) return { failure: "refused" };
    const { newCounter } = result.authenticationInfo;
    if (!counterAdvances(passkey.counter, newCounter)) return { failure: "replayed" };
    return { kind: "passkey", passkeyId: passkey.id, previousCounter: passkey.counter, newCounter };
  } catch {
    return { failure: "refused" };
  }
}

/** Moves the passkey's counter on; false when a concurrent assertion moved it first. */
export async function consumePasskeyProof(tx: Tx, userId: string, proof: PasskeyProof, now: Date): Promise<boolean> {
  const { count } = await tx.passkey.updateMany({
    where: { id: proof.passkeyId, userId, counter: proof.previousCounter },
    data: { counter: BigInt(proof.newCounter), lastUsedAt: now },
  });
  return count === 1;
}

/** Deletes challenges nobody answered in time (the hourly session sweep, lib/identity/jobs.ts). */
export async function sweepExpiredChallenges(client: Db | Tx, now = new Date()): Promise<number> {
  const { count } = await client.webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
