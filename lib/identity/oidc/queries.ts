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
  const [providers, links] = await Promise.all([
    db.oidcProvider.findMany({ where: { enabled: true, audience: "CITIZENS" }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    db.oidcLink.findMany({ where: { userId }, select: { providerId: true } }),
  ]);
  const linked = new Set(links.map((l) => l.providerId));
  return providers.map((p) => ({ slug: p.slug, name: p.name, linked: linked.has(p.id) }));
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
