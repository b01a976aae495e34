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

type ProfileRow = {
  nikMasked: string;
  birthDate: Date;
  sex: "MALE" | "FEMALE";
  phone: string | null;
  kkNumberCiphertext: string | null;
  birthPlace: string | null;
  addressLine: string | null;
  village: string | null;
  district: string | null;
  regency: string | null;
  province: string | null;
  postalCode: string | null;
};
export type VerifiedFacts = { verifiedFields: string[]; provider: { name: string } };

/**
 * The account's own row for /akun in one statement: the citizen profile (identity facts and contact details; null
 * without one) and the facts each linked provider verified, in the order linked. The page's sections read it once
 * per request (React cache()) instead of once each.
 */
export const ownAccountRow = cache(async (userId: string): Promise<{ profile: ProfileRow | null; verifiedFacts: VerifiedFacts[] }> => {
  const [row] = await db.$queryRaw<(ProfileRow & { hasProfile: boolean; verifiedFacts: VerifiedFacts[] })[]>`
    SELECT p."nikMasked", p."birthDate", p."sex"::text AS "sex", p."phone", p."kkNumberCiphertext", p."birthPlace", p."addressLine",
           p."village", p."district", p."regency", p."province", p."postalCode", p."userId" IS NOT NULL AS "hasProfile",
           COALESCE((SELECT json_agg(json_build_object('verifiedFields', l."verifiedFields", 'provider', json_build_object('name', o."name"))
                                     ORDER BY l."linkedAt", l."id")
                       FROM "OidcLink" l JOIN "OidcProvider" o ON o."id" = l."providerId"
                      WHERE l."userId" = u."id" AND cardinality(l."verifiedFields") > 0), '[]'::json) AS "verifiedFacts"
      FROM "User" u LEFT JOIN "CitizenProfile" p ON p."userId" = u."id"
     WHERE u."id" = ${userId}`;
  if (!row) return { profile: null, verifiedFacts: [] };
  const { hasProfile, verifiedFacts, ...profile } = row;
  return { profile: hasProfile ? profile : null, verifiedFacts };
});

/** The citizen profile row, identity facts and contact details together (ownAccountRow). */
export const ownProfileRow = async (userId: string) => (await ownAccountRow(userId)).profile;
export type ContactProfile = NonNullable<Awaited<ReturnType<typeof getOwnContactProfile>>>;
