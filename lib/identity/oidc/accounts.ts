import "server-only";
import type { OidcProvider } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Tx } from "@/lib/platform/db";
import { blindIndex, protectNik } from "../nik-vault";
import { hashPassword } from "../password-hash";
import { randomKey } from "./flow-store";
import type { OidcRefusal } from "./refusals";
import { citizenFacts, claimString, verifiedEmail, type Claims, type VerifiedFacts } from "./rules";

export type Resolved = { userId: string } | { refused: OidcRefusal; userId?: string };

const signInable = { active: true, erasedAt: null } as const;

/** A staff account the provider may stand for: active, staff, and a member of the provider's agency when it has one. */
const staffWhere = (provider: OidcProvider): Prisma.UserWhereInput => ({
  ...signInable,
  roles: { hasSome: ["OFFICER", "SUPERVISOR", "INTEGRITY", "ADMIN", "TREASURY"] },
  ...(provider.agencyId ? { memberships: { some: { agencyId: provider.agencyId } } } : {}),
});

/**
 * The account a provider's identity signs in to. An identity linked before signs in to its account while the
 * account may still use this provider. Otherwise:
 * - staff providers link an existing active staff account found by a verified claim (an email the provider marks
 *   `email_verified`, or the NIP), and never create an account or give a role;
 * - citizen providers create a citizen account for a new person, and ask an existing one (same email or NIK) to
 *   sign in with the password and link from the security page.
 */
export async function resolveAccount(provider: OidcProvider, claims: Claims, context: { ip: string | null }): Promise<Resolved> {
  const subject = String(claims.sub);
  const link = await db.oidcLink.findUnique({ where: { providerId_subject: { providerId: provider.id, subject } }, select: { userId: true } });
  if (link) {
    const where = provider.audience === "STAFF" ? staffWhere(provider) : { ...signInable, roles: { has: "CITIZEN" as const } };
    const user = await db.user.findFirst({ where: { id: link.userId, ...where }, select: { id: true } });
    return user ? { userId: user.id } : { refused: "noMatch" };
  }
  return provider.audience === "STAFF" ? linkStaff(provider, subject, claims) : createCitizen(provider, subject, claims, context);
}

async function linkStaff(provider: OidcProvider, subject: string, claims: Claims): Promise<Resolved> {
  const email = verifiedEmail(claims, provider);
  const nip = claimString(claims, provider.nipClaim);
  const by = [...(email ? [{ email }] : []), ...(nip ? [{ nip }] : [])];
  if (by.length === 0) return { refused: "noMatch" };
  const matches = await db.user.findMany({ where: { ...staffWhere(provider), OR: by }, select: { id: true }, take: 2 });
  // Two accounts (one by email, another by NIP) is ambiguous: refused like no match, for an admin to sort out.
  if (matches.length !== 1) return { refused: "noMatch" };
  const userId = matches[0]!.id;
  const linked = await db.$transaction(async (tx) => {
    if (await tx.oidcLink.findUnique({ where: { providerId_userId: { providerId: provider.id, userId } } })) return false;
    await tx.oidcLink.create({ data: { providerId: provider.id, subject, userId } });
    await recordAudit(tx, {
      actorId: userId,
      agencyId: provider.agencyId,
      action: "account.oidcLinked",
      entityType: "User",
      entityId: userId,
      data: { providerId: provider.id, by: email && nip ? "emailOrNip" : email ? "email" : "nip" },
    });
    return true;
  });
  // The account is already linked to another identity at this provider: not this one.
  return linked ? { userId } : { refused: "noMatch" };
}

const SEX = { male: "MALE", female: "FEMALE" } as const;

async function createCitizen(provider: OidcProvider, subject: string, claims: Claims, context: { ip: string | null }): Promise<Resolved> {
  const email = verifiedEmail(claims, provider);
  if (!email) return { refused: "noVerifiedEmail" };
  const facts = citizenFacts(claims, provider);
  const existing = await db.user.findFirst({
    where: { OR: [{ email }, ...(facts.nik ? [{ profile: { nikBlindIndex: blindIndex(facts.nik) } }] : [])] },
    select: { id: true },
  });
  // The person behind the provider's verified email or NIK already has an account: they prove the password side first.
  if (existing) return { refused: "linkFirst" };
  const sex = typeof claims.gender === "string" ? SEX[claims.gender.toLowerCase() as keyof typeof SEX] : undefined;
  const withProfile = facts.nik && facts.birthDate && sex;
  const passwordHash = await hashPassword(randomKey());
  try {
    return await db.$transaction(async (tx) => {
      const nik = withProfile ? protectNik(facts.nik!) : null;
      const user = await tx.user.create({
        data: {
          email,
          name: facts.name ?? email.split("@")[0]!,
          // No password of the portal's: "forgot password" sets one should the citizen want it.
          passwordHash,
          roles: ["CITIZEN"],
          emailConfirmedAt: new Date(),
          ...(nik
            ? {
                profile: {
                  create: {
                    nikCiphertext: nik.ciphertext,
                    nikKeyId: nik.keyId,
                    nikBlindIndex: nik.blindIndex,
                    nikMasked: nik.masked,
                    birthDate: new Date(`${facts.birthDate}T00:00:00Z`),
                    sex: sex!,
                  },
                },
              }
            : {}),
        },
        select: { id: true },
      });
      const verifiedFields = (Object.keys(facts) as (keyof VerifiedFacts)[]).filter((field) => field === "name" || nik);
      await tx.oidcLink.create({ data: { providerId: provider.id, subject, userId: user.id, verifiedFields } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "account.oidcAccountCreated",
        entityType: "User",
        entityId: user.id,
        ip: context.ip,
        data: { providerId: provider.id, verifiedFields },
      });
      return { userId: user.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { refused: "linkFirst" };
    throw error;
  }
}

/**
 * A signed-in citizen links the account to a citizen provider, having proven both sides (the portal session and
 * the provider's flow). The provider's facts must agree with the account's: a NIK on the profile must be the
 * provider's. Its facts are then stored as verified by the provider.
 */
export async function linkCitizen(provider: OidcProvider, userId: string, claims: Claims, context: { ip: string | null }): Promise<Resolved> {
  const subject = String(claims.sub);
  const facts = citizenFacts(claims, provider);
  const profile = await db.citizenProfile.findUnique({ where: { userId }, select: { nikBlindIndex: true } });
  if (facts.nik && profile && profile.nikBlindIndex !== blindIndex(facts.nik)) return { refused: "factsDiffer", userId };
  try {
    return await db.$transaction(async (tx) => {
      const verifiedFields = (Object.keys(facts) as (keyof VerifiedFacts)[]).filter((field) => field === "name" || profile);
      await tx.oidcLink.create({ data: { providerId: provider.id, subject, userId, verifiedFields } });
      await applyFacts(tx, userId, facts, Boolean(profile));
      await recordAudit(tx, {
        actorId: userId,
        action: "account.oidcLinked",
        entityType: "User",
        entityId: userId,
        ip: context.ip,
        data: { providerId: provider.id, verifiedFields },
      });
      return { userId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { refused: "alreadyLinked", userId };
    throw error;
  }
}

async function applyFacts(tx: Tx, userId: string, facts: VerifiedFacts, hasProfile: boolean) {
  if (facts.name) await tx.user.update({ where: { id: userId }, data: { name: facts.name } });
  if (hasProfile && facts.birthDate) await tx.citizenProfile.update({ where: { userId }, data: { birthDate: new Date(`${facts.birthDate}T00:00:00Z`) } });
}
