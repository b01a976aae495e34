import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

const idsSchema = z.array(z.string().min(1).max(64)).min(1).max(200);

/**
 * Marks notifications read. Every id must be the actor's own: one foreign or
 * unknown id refuses the whole request ("not found", so ids of other people's
 * notifications reveal nothing) and nothing is marked.
 */
export async function markNotificationsRead(actor: Actor, target: readonly string[] | "all", now: Date = new Date()): Promise<{ updated: number }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");

  if (target === "all") {
    authorize(actor, "ownData.read", { ownerId: actor.id });
    const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
    return { updated: count };
  }

  const parsed = idsSchema.safeParse(target);
  if (!parsed.success) throw new AppError("INVALID", "error.invalidInput");
  const ids = [...new Set(parsed.data)];
  const owners = new Map((await db.notification.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true } })).map((n) => [n.id, n.userId]));
  for (const id of ids) authorize(actor, "ownData.read", { ownerId: owners.get(id) ?? null });

  const { count } = await db.notification.updateMany({
    where: { id: { in: ids }, userId: actor.id, readAt: null },
    data: { readAt: now },
  });
  return { updated: count };
}
