import "server-only";
import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Db, type Tx } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { parseCeremonyResponse } from "../passkeys/rules";
import { consumePasskeyProof, matchPasskey, type PasskeyProof } from "../passkeys/store";
import { consumeProof, matchSecondFactor, type SecondFactorProof } from "./store";

/**
 * Proving one of the account's factors, however it is asked: a code (an
 * authenticator's or a recovery code) or a passkey assertion. Shared by the
 * sign-in's second step and the self-service changes that re-ask for a
 * factor (removing one, new recovery codes). Attempts count per account and
 * per address with the sign-in limits, never lock for good, and each failure
 * is audited with its reason.
 */

export type AnyProof = SecondFactorProof | PasskeyProof;
export type ProofKind = AnyProof["kind"];
type Failure = "wrongCode" | "passkeyReplayed" | "passkeyRefused";

const proofSchema = z.object({
  code: z.string().trim().max(40, "validation.tooLong").optional(),
  passkeyResponse: z.string().max(16_384, "validation.tooLong").optional(),
});

/** What was offered: a passkey's answer when there is one, else the code (which is then required). */
export type Offered = { code: string } | { passkey: Record<string, unknown> };

export function parseOffered(input: unknown): Offered {
  const { code, passkeyResponse } = parseOrThrow(proofSchema, input);
  if (passkeyResponse) {
    const passkey = parseCeremonyResponse(passkeyResponse);
    if (!passkey) throw failureError("passkeyRefused");
    return { passkey };
  }
  if (!code) throw new AppError("INVALID", "error.invalidInput", { code: ["validation.required"] });
  return { code };
}

export function failureError(reason: Failure): AppError {
  if (reason === "wrongCode") return new AppError("INVALID", "error.invalidInput", { code: ["secondFactor.error.wrongCode"] });
  return new AppError("INVALID", reason === "passkeyReplayed" ? "factors.error.passkeyReplayed" : "factors.error.passkeyRefused");
}

export type ProofAudit = { actorId: string; actorRole: Role | null; entityType: "User"; entityId: string; ip: string | null };

/** Counts an attempt (per account and per address); past either limit the attempt is refused and audited. */
export async function countAttempt(userId: string, ip: string | null, audit: ProofAudit, now: Date): Promise<void> {
  const { SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, SIGN_IN_MAX_ATTEMPTS_PER_IP, SIGN_IN_WINDOW_MINUTES } = env();
  const windowMs = SIGN_IN_WINDOW_MINUTES * 60_000;
  const accountAttempts = await hitRateLimit(db, `second-factor:account:${userId}`, { limit: SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, windowMs }, now);
  const ipAttempts = ip ? await hitRateLimit(db, `second-factor:ip:${ip}`, { limit: SIGN_IN_MAX_ATTEMPTS_PER_IP, windowMs }, now) : 0;
  if (accountAttempts > SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT || ipAttempts > SIGN_IN_MAX_ATTEMPTS_PER_IP) {
    await db.$transaction((tx) => recordAudit(tx, { ...audit, action: "account.secondFactorFailed", data: { reason: "rateLimited" } }));
    throw new AppError("RATE_LIMITED", "auth.rateLimited");
  }
}

/** Checks what was offered against the account's factors; writes only the passkey challenge it used up. */
export async function matchOffered(client: Db | Tx, userId: string, offered: Offered, now: Date): Promise<AnyProof | { failure: Failure }> {
  if ("passkey" in offered) {
    const result = await matchPasskey(client, userId, offered.passkey, now);
    return "failure" in result ? { failure: result.failure === "replayed" ? "passkeyReplayed" : "passkeyRefused" } : result;
  }
  return (await matchSecondFactor(client, userId, offered.code, now)) ?? { failure: "wrongCode" };
}

/** Marks the proof used, conditionally: false when a concurrent submission used it first. */
export const consumeAnyProof = (tx: Tx, userId: string, proof: AnyProof, now: Date) =>
  proof.kind === "passkey" ? consumePasskeyProof(tx, userId, proof, now) : consumeProof(tx, userId, proof, now);

/** Audits a failed proof and answers with its translated refusal. */
export async function refuseProof(audit: ProofAudit, reason: Failure): Promise<never> {
  await db.$transaction((tx) => recordAudit(tx, { ...audit, action: "account.secondFactorFailed", data: { reason } }));
  throw failureError(reason);
}

/**
 * Proves a factor and then runs `change` in the same transaction as the
 * proof's use (so a refused change leaves the code or counter unused and a
 * failed proof changes nothing). A recovery code is accepted only where
 * `allowRecoveryCode` says.
 */
export async function withProvenFactor<T>(
  userId: string,
  input: unknown,
  audit: ProofAudit,
  now: Date,
  options: { allowRecoveryCode: boolean },
  change: (tx: Tx, proof: AnyProof) => Promise<T>,
): Promise<T> {
  const offered = parseOffered(input);
  await countAttempt(userId, audit.ip, audit, now);
  const proof = await matchOffered(db, userId, offered, now);
  if ("failure" in proof) return refuseProof(audit, proof.failure);
  if (proof.kind === "recoveryCode" && !options.allowRecoveryCode) return refuseProof(audit, "wrongCode");
  const outcome = await db.$transaction(async (tx) => {
    if (!(await consumeAnyProof(tx, userId, proof, now))) return null;
    return { value: await change(tx, proof) };
  });
  if (!outcome) return refuseProof(audit, proof.kind === "passkey" ? "passkeyReplayed" : "wrongCode");
  return outcome.value;
}
