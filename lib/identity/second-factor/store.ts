import "server-only";
import { hash, verify } from "@node-rs/argon2";
import type { Db, Tx } from "@/lib/platform/db";
import { decryptPii, encryptPii } from "../nik-vault";
import { acceptedTotpStep, looksLikeRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "./rules";

/**
 * The stored side of the second factor: the TOTP secret encrypted under the
 * PII key ring (so key rotation and the production key rules apply to it as
 * to a NIK), recovery codes as argon2id hashes.
 */

export const sealTotpSecret = (secretBase32: string) => encryptPii(secretBase32).ciphertext;
export const openTotpSecret = (ciphertext: string) => decryptPii(ciphertext);

/** Whether the account has a second factor: a confirmed authenticator app or a passkey. */
export async function hasSecondFactor(client: Db | Tx, userId: string): Promise<boolean> {
  return (await countFactors(client, userId)) > 0;
}

/** How many factors the account has (its authenticator app counts once, each passkey once). */
export async function countFactors(client: Db | Tx, userId: string): Promise<number> {
  const [totp, passkeys] = await Promise.all([
    client.totpFactor.count({ where: { userId, confirmedAt: { not: null } } }),
    client.passkey.count({ where: { userId } }),
  ]);
  return totp + passkeys;
}

/** Removes every factor of the account and its recovery codes (a reset); whether there was anything to remove. */
export async function removeAllFactors(tx: Tx, userId: string): Promise<boolean> {
  const removed = await Promise.all([
    tx.totpFactor.deleteMany({ where: { userId } }),
    tx.passkey.deleteMany({ where: { userId } }),
    tx.recoveryCode.deleteMany({ where: { userId } }),
    tx.webAuthnChallenge.deleteMany({ where: { userId } }),
  ]);
  return removed.slice(0, 3).some(({ count }) => count > 0);
}

/** Replaces the account's recovery codes with ten new ones; returns them in plain text, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((code) => hash(normalizeRecoveryCode(code))));
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })) });
  return codes;
}

export type SecondFactorProof = { kind: "totp"; step: number } | { kind: "recoveryCode"; id: string };

/**
 * Checks a code against the account's confirmed factor: a TOTP code of a step
 * not used before, or one of its unused recovery codes. Nothing is written;
 * `consumeProof` does that, conditionally, so two submissions of one code
 * cannot both pass.
 */
export async function matchSecondFactor(client: Db | Tx, userId: string, code: string, now: Date): Promise<SecondFactorProof | null> {
  if (looksLikeRecoveryCode(code)) {
    const normalized = normalizeRecoveryCode(code);
    const unused = await client.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
    for (const candidate of unused) {
      if (await verify(candidate.codeHash, normalized).catch(() => false)) return { kind: "recoveryCode", id: candidate.id };
    }
    return null;
  }
  const factor = await client.totpFactor.findUnique({ where: { userId }, select: { secretCiphertext: true, confirmedAt: true, lastUsedStep: true } });
  if (!factor?.confirmedAt) return null;
  const step = acceptedTotpStep(openTotpSecret(factor.secretCiphertext), code, now, factor.lastUsedStep);
  return step === null ? null : { kind: "totp", step };
}

/** Marks the proof used; false when a concurrent submission used it first. */
export async function consumeProof(tx: Tx, userId: string, proof: SecondFactorProof, now: Date): Promise<boolean> {
  if (proof.kind === "recoveryCode") {
    const { count } = await tx.recoveryCode.updateMany({ where: { id: proof.id, userId, usedAt: null }, data: { usedAt: now } });
    return count === 1;
  }
  const { count } = await tx.totpFactor.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: proof.step } }] },
    data: { lastUsedStep: proof.step },
  });
  return count === 1;
}
