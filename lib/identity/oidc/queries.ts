import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";

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

/** The profile facts a linked citizen provider vouches for, by provider ("Diverifikasi oleh <provider>" on /akun). */
export async function verifiedFactsOf(userId: string) {
  const links = await db.oidcLink.findMany({
    where: { userId, NOT: { verifiedFields: { isEmpty: true } } },
    select: { verifiedFields: true, providerId: true },
    orderBy: { linkedAt: "asc" },
  });
  // Most citizens have no linked provider: then no second statement (Prisma's relation read would send one, for no ids).
  if (links.length === 0) return [];
  const providers = await db.oidcProvider.findMany({ where: { id: { in: links.map((link) => link.providerId) } }, select: { id: true, name: true } });
  const nameOf = new Map(providers.map((provider) => [provider.id, provider.name]));
  return links.map((link) => ({ verifiedFields: link.verifiedFields, provider: { name: nameOf.get(link.providerId) ?? "" } }));
}
