import "server-only";
import type { Db, Tx } from "@/lib/platform/db";

/**
 * The profile facts an identity provider vouches for on this account (OidcLink.verifiedFields): while linked,
 * nothing else (an application form's write-back included) changes them.
 */
export async function providerVerifiedFields(client: Db | Tx, userId: string): Promise<Set<string>> {
  const links = await client.oidcLink.findMany({ where: { userId }, select: { verifiedFields: true } });
  return new Set(links.flatMap((link) => link.verifiedFields));
}
