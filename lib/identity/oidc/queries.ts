import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { ownAccountRow } from "../profile-queries";

/** The sign-in page's "Masuk dengan <provider>" buttons: enabled providers, by name. */
export function signInProviders() {
  return db.oidcProvider.findMany({ where: { enabled: true }, select: { slug: true, name: true, audience: true }, orderBy: { name: "asc" } });
}

/** The security page: citizen providers the signed-in citizen may link, and those already linked. */
export async function citizenProviderLinks(userId: string) {
  // A provider the admin switched off still shows where the citizen is linked to it: the link can be ended, not made.
  const providers = await db.oidcProvider.findMany({
    where: { audience: "CITIZENS", OR: [{ enabled: true }, { links: { some: { userId } } }] },
    select: { slug: true, name: true, enabled: true, links: { where: { userId }, select: { providerId: true } } },
    orderBy: { name: "asc" },
  });
  return providers.map((p) => ({ slug: p.slug, name: p.name, enabled: p.enabled, linked: p.links.length > 0 }));
}

/** Admin › identity providers: every provider, never its secret. */
export async function listOidcProviders(actor: Actor) {
  authorize(actor, "admin.manage");
  return db.oidcProvider.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      issuer: true,
      clientId: true,
      scopes: true,
      audience: true,
      agencyId: true,
      agency: { select: { nameId: true, nameEn: true } },
      emailClaim: true,
      nipClaim: true,
      nikClaim: true,
      nameClaim: true,
      birthDateClaim: true,
      mfaAcrValues: true,
      mfaAmrMethods: true,
      enabled: true,
    },
    orderBy: { name: "asc" },
  });
}

/** The profile facts a linked citizen provider vouches for, by provider ("Diverifikasi oleh <provider>" on /akun): read with the profile (ownAccountRow). */
export async function verifiedFactsOf(userId: string) {
  return (await ownAccountRow(userId)).verifiedFacts;
}
