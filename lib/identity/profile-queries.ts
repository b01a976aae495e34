import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { maskNik } from "./nik";
import { decryptPii } from "./nik-vault";

/**
 * The signed-in citizen's contact details as /akun shows them, whether they
 * were typed there or saved from an application form. The family card number
 * is masked like the NIK; null when the account has no citizen profile.
 */
export async function getOwnContactProfile(actor: Actor) {
  if (actor.kind !== "user") return null;
  authorize(actor, "ownData.read", { ownerId: actor.id });
  const profile = await db.citizenProfile.findUnique({
    where: { userId: actor.id },
    select: {
      phone: true,
      kkNumberCiphertext: true,
      birthPlace: true,
      addressLine: true,
      village: true,
      district: true,
      regency: true,
      province: true,
      postalCode: true,
    },
  });
  if (!profile) return null;
  const { kkNumberCiphertext, ...plain } = profile;
  return { ...plain, kkNumberMasked: kkNumberCiphertext ? maskNik(decryptPii(kkNumberCiphertext)) : null };
}
export type ContactProfile = NonNullable<Awaited<ReturnType<typeof getOwnContactProfile>>>;
