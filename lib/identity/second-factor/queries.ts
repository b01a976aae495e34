import "server-only";
import type { SignedInActor } from "@/lib/auth/page-guards";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { openTotpSecret } from "./store";
import { totpUri } from "./rules";

/** The owner's second factor: on, pending (with what the QR code shows), or off. */
export async function ownSecondFactor(actor: SignedInActor): Promise<{ state: "on" } | { state: "off" } | { state: "pending"; secret: string; uri: string }> {
  authorize(actor, "account.secureOwn");
  const factor = await db.totpFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true, secretCiphertext: true } });
  if (!factor) return { state: "off" };
  if (factor.confirmedAt) return { state: "on" };
  const secret = openTotpSecret(factor.secretCiphertext);
  return { state: "pending", secret, uri: totpUri(secret, actor.email) };
}

/** Whether a staff member has a second factor, for the admin's staff page. */
export async function staffHasSecondFactor(actor: SignedInActor, userId: string): Promise<boolean> {
  authorize(actor, "admin.manage");
  return (await db.totpFactor.count({ where: { userId, confirmedAt: { not: null } } })) > 0;
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
