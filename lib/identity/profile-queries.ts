import "server-only";
import { cache } from "react";
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
  const profile = await ownProfileRow(actor.id);
  if (!profile) return null;
  const { phone, kkNumberCiphertext, birthPlace, addressLine, village, district, regency, province, postalCode } = profile;
  return {
    phone,
    kkNumberMasked: kkNumberCiphertext ? maskNik(decryptPii(kkNumberCiphertext)) : null,
    birthPlace,
    addressLine,
    village,
    district,
    regency,
    province,
    postalCode,
  };
}

/**
 * The citizen profile row, identity facts and contact details together: /akun
 * shows both, and reads the row once per request (React cache()) instead of
 * once for each section.
 */
export const ownProfileRow = cache((userId: string) =>
  db.citizenProfile.findUnique({
    where: { userId },
    select: {
      nikMasked: true,
      birthDate: true,
      sex: true,
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
  }),
);
export type ContactProfile = NonNullable<Awaited<ReturnType<typeof getOwnContactProfile>>>;
