import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { encryptPii } from "../nik-vault";
import { EDITABLE_PROFILE_FIELDS, type EditableProfileField } from "../profile-fields";
import { profileSchema } from "../profile-schema";
import { loadProfileValues } from "../profile-values";

/**
 * The citizen changes their contact details on /akun. Only what differs from
 * the stored profile is written and audited (by field name, never the
 * values), so sending the same form twice changes nothing the second time.
 */
export async function updateProfile(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ changed: EditableProfileField[] }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const actorRole = authorize(actor, "profile.update", { ownerId: actor.id });
  const values = parseOrThrow(profileSchema, input);
  return db.$transaction(async (tx) => {
    // Two submits of the same form take turns, so the second sees the first's values.
    const [locked] = await tx.$queryRaw<{ userId: string }[]>`SELECT "userId" FROM "CitizenProfile" WHERE "userId" = ${actor.id} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", "error.notFound");
    const current = await loadProfileValues(tx, actor.id);
    const changed = EDITABLE_PROFILE_FIELDS.filter((field) => values[field] !== undefined && (values[field] ?? undefined) !== current[field]);
    if (changed.length === 0) return { changed };
    const { kkNumber, ...plain } = Object.fromEntries(changed.map((field) => [field, values[field]]));
    await tx.citizenProfile.update({
      where: { userId: actor.id },
      data: { ...plain, ...(typeof kkNumber === "string" ? { kkNumberCiphertext: encryptPii(kkNumber).ciphertext } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole,
      action: "profile.updated",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      data: { fields: changed },
    });
    return { changed };
  });
}
