import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";

/**
 * API keys of the applications allowed to post Open311 service requests.
 * A key is shown once, when an admin creates it; only its SHA-256 is stored,
 * so a leaked database does not leak working keys.
 */
const KEY_PREFIX = "sp311_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key.trim()).digest("hex");
}

const createSchema = z.object({ name: z.string("form.required").trim().min(3, "form.tooShort").max(80, "form.tooLong") });

export async function createOpen311Client(actor: Actor, input: unknown, context: { ip: string | null }) {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const { name } = parseOrThrow(createSchema, input);
  const key = `${KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
  const client = await db.$transaction(async (tx) => {
    const created = await tx.open311Client.create({
      data: { name, keyHash: hashApiKey(key), keyHint: key.slice(-4), createdById: admin.actorId },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { ...admin, action: "open311.clientCreated", entityType: "Open311Client", entityId: created.id, ip: context.ip, data: { name } });
    return created;
  });
  return { ...client, key };
}

export async function revokeOpen311Client(actor: Actor, clientId: string, context: { ip: string | null; now?: Date }) {
  const admin = authorizeSignedIn(actor, "admin.manage");
  await db.$transaction(async (tx) => {
    const revoked = await tx.open311Client.updateMany({ where: { id: clientId, revokedAt: null }, data: { revokedAt: context.now ?? new Date() } });
    if (revoked.count !== 1) throw new AppError("NOT_FOUND", "error.notFound");
    await recordAudit(tx, { ...admin, action: "open311.clientRevoked", entityType: "Open311Client", entityId: clientId, ip: context.ip });
  });
}

export async function listOpen311Clients(actor: Actor) {
  authorize(actor, "admin.manage");
  return db.open311Client.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, keyHint: true, createdAt: true, revokedAt: true, lastUsedAt: true, _count: { select: { complaints: true } } },
  });
}

/** The client a key belongs to, or null when it is unknown or revoked. */
export async function authenticateOpen311Key(key: string | null | undefined, now = new Date()) {
  if (!key || key.length > 200) return null;
  const client = await db.open311Client.findUnique({ where: { keyHash: hashApiKey(key) }, select: { id: true, revokedAt: true } });
  if (!client || client.revokedAt) return null;
  await db.open311Client.update({ where: { id: client.id }, data: { lastUsedAt: now } });
  return { id: client.id };
}
