import "server-only";
import type { SignedInActor } from "@/lib/auth/page-guards";
import { authorize } from "@/lib/auth/policy";
import type { PendingSecondFactor } from "@/lib/identity/session-actor";
import { db } from "@/lib/platform/db";
import { countFactors, openTotpSecret } from "./store";
import { totpUri } from "./rules";

/** The owner's authenticator app: on, pending (with what the QR code shows), or off. */
export async function ownSecondFactor(actor: SignedInActor): Promise<{ state: "on" } | { state: "off" } | { state: "pending"; secret: string; uri: string }> {
  authorize(actor, "account.secureOwn");
  const factor = await db.totpFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true, secretCiphertext: true } });
  if (!factor) return { state: "off" };
  if (factor.confirmedAt) return { state: "on" };
  const secret = openTotpSecret(factor.secretCiphertext);
  return { state: "pending", secret, uri: totpUri(secret, actor.email) };
}

/** The owner's passkeys, oldest first, and how many unused recovery codes are left. */
export async function ownPasskeys(actor: SignedInActor) {
  authorize(actor, "account.secureOwn");
  const [passkeys, recoveryCodesLeft] = await Promise.all([
    db.passkey.findMany({ where: { userId: actor.id }, select: { id: true, name: true, createdAt: true, lastUsedAt: true }, orderBy: { createdAt: "asc" } }),
    db.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
  ]);
  return { passkeys, recoveryCodesLeft };
}

/** Whether a staff member has a second factor (an authenticator app or a passkey), for the admin's staff page. */
export async function staffHasSecondFactor(actor: SignedInActor, userId: string): Promise<boolean> {
  authorize(actor, "admin.manage");
  return (await countFactors(db, userId)) > 0;
}

/** The owner's open sessions, newest first. */
export async function ownSessions(actor: SignedInActor, now = new Date()) {
  authorize(actor, "account.secureOwn");
  return db.userSession.findMany({
    where: { userId: actor.id, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, userAgent: true, ipPrefix: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Whether the session between password and second step may offer a passkey (only ever asked for that session's own account). */
export async function pendingHasPasskey(pending: PendingSecondFactor): Promise<{ passkey: boolean; totp: boolean }> {
  const [passkeys, totp] = await Promise.all([
    db.passkey.count({ where: { userId: pending.userId } }),
    db.totpFactor.count({ where: { userId: pending.userId, confirmedAt: { not: null } } }),
  ]);
  return { passkey: passkeys > 0, totp: totp > 0 };
}
