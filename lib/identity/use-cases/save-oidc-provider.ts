import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { sealOidcSecret } from "../oidc/client";
import { providerFormSchema } from "../oidc/rules";

/**
 * An admin registers an OpenID Connect provider, or edits one (found by its slug, so a double submit saves the
 * same row twice): issuer, client id and secret (encrypted; blank on an edit keeps the stored one), scopes,
 * which claims are the email, NIP, NIK, name and birth date, who it is for (all staff, one agency's staff, or
 * citizens), and which acr values or amr methods count as the second factor. The secret never enters the audit.
 */
export async function saveOidcProvider(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ id: string; created: boolean }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const { clientSecret, ...data } = parseOrThrow(providerFormSchema, input);
  return db.$transaction(async (tx) => {
    if (data.agencyId && !(await tx.agency.findUnique({ where: { id: data.agencyId }, select: { id: true } }))) {
      throw new AppError("INVALID", "oidc.validation.agency", { agencyId: ["oidc.validation.agency"] });
    }
    const existing = await tx.oidcProvider.findUnique({ where: { slug: data.slug }, select: { id: true } });
    if (!existing && !clientSecret) throw new AppError("INVALID", "oidc.validation.secret", { clientSecret: ["oidc.validation.secret"] });
    const secret = clientSecret ? { clientSecretCiphertext: sealOidcSecret(clientSecret) } : {};
    const saved = existing
      ? await tx.oidcProvider.update({ where: { id: existing.id }, data: { ...data, ...secret }, select: { id: true } })
      : await tx.oidcProvider.create({ data: { ...data, clientSecretCiphertext: sealOidcSecret(clientSecret) }, select: { id: true } });
    await recordAudit(tx, {
      ...admin,
      agencyId: data.agencyId,
      action: existing ? "admin.oidcProviderUpdated" : "admin.oidcProviderRegistered",
      entityType: "OidcProvider",
      entityId: saved.id,
      ip: context.ip,
      data: { ...data, secretChanged: Boolean(clientSecret) },
    });
    return { id: saved.id, created: !existing };
  });
}
