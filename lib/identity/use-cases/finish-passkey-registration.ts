import "server-only";
import { verifyRegistrationResponse, type RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { enforceRateLimits } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { challengeOfResponse, parseCeremonyResponse, passkeyNameSchema } from "../passkeys/rules";
import { portalRelyingParty, takeChallenge } from "../passkeys/store";
import { hasSecondFactor, replaceRecoveryCodes } from "../second-factor/store";
import { markSecondFactorProven } from "../user-sessions";

const finishSchema = z.object({ name: passkeyNameSchema, response: z.string().max(16_384, "validation.tooLong") });

/**
 * Adds the passkey the browser made for the challenge of
 * startPasskeyRegistration, under the name the owner gave it. The challenge
 * is used up whatever the outcome. A passkey counts as the account's second
 * factor: the current session counts as having proven it, and an account
 * that had no factor before gets ten recovery codes, returned once.
 */
export async function finishPasskeyRegistration(
  actor: Actor,
  input: unknown,
  context: { ip: string | null; sessionId: string | undefined; now?: Date },
): Promise<{ recoveryCodes: string[] | null }> {
  const who = authorizeSignedIn(actor, "account.secureOwn");
  const { name, response: raw } = parseOrThrow(finishSchema, input);
  const now = context.now ?? new Date();
  const { SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, SIGN_IN_WINDOW_MINUTES } = env();
  await enforceRateLimits(
    db,
    [{ key: `second-factor:enrol:${who.actorId}`, rule: { limit: SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, windowMs: SIGN_IN_WINDOW_MINUTES * 60_000 } }],
    now,
  );
  const response = parseCeremonyResponse(raw);
  const refused = new AppError("INVALID", "factors.error.passkeyRefused");
  if (!response) throw refused;
  const challenge = challengeOfResponse((response.response as { clientDataJSON?: unknown }).clientDataJSON);
  if (!(await takeChallenge(db, who.actorId, "register", challenge, now))) throw new AppError("INVALID", "factors.error.passkeyReplayed");
  const { rpID, origin } = portalRelyingParty();
  const verified = await verifyRegistrationResponse({
    response: response as unknown as RegistrationResponseJSON,
    expectedChallenge: challenge!,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verified?.verified) throw refused;
  const { credential } = verified.registrationInfo;

  return db.$transaction(async (tx) => {
    if (await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } }))
      throw new AppError("CONFLICT", "factors.error.passkeyKnown");
    const firstFactor = !(await hasSecondFactor(tx, who.actorId));
    const passkey = await tx.passkey.create({
      data: {
        userId: who.actorId,
        name,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        createdAt: now,
      },
      select: { id: true },
    });
    const recoveryCodes = firstFactor ? await replaceRecoveryCodes(tx, who.actorId, now) : null;
    if (context.sessionId) await markSecondFactorProven(tx, { sessionId: context.sessionId, userId: who.actorId }, now);
    await recordAudit(tx, {
      ...who,
      action: "account.secondFactorEnrolled",
      entityType: "User",
      entityId: who.actorId,
      ip: context.ip,
      data: { kind: "passkey", passkeyId: passkey.id },
    });
    return { recoveryCodes };
  });
}
