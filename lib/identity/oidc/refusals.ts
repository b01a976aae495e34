import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";

/** Why an OpenID Connect sign-in was refused: each has its translated message `oidc.error.<reason>`. */
export type OidcRefusal =
  | "unknownProvider"
  | "providerDown"
  | "denied"
  | "stateMismatch"
  | "nonceMismatch"
  | "invalidResponse"
  | "noMatch"
  | "noVerifiedEmail"
  | "linkFirst"
  | "alreadyLinked"
  | "factsDiffer";

/**
 * Records a refused sign-in (action `account.oidcSignInRefused`, on the provider's agency chain when it has one)
 * and returns the error to throw. The entry names the reason and the provider, never the account looked for,
 * and nothing is counted against any account: a refusal locks nobody out.
 */
export async function oidcRefusal(
  reason: OidcRefusal,
  context: { ip: string | null; provider?: { id: string; agencyId: string | null } | null; userId?: string },
) {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: context.userId ?? null,
      agencyId: context.provider?.agencyId ?? null,
      action: "account.oidcSignInRefused",
      entityType: "OidcProvider",
      entityId: context.provider?.id ?? null,
      ip: context.ip,
      data: { reason },
    }),
  );
  const code = reason === "providerDown" ? "UNAVAILABLE" : reason === "unknownProvider" ? "NOT_FOUND" : "INVALID";
  return new AppError(code, `oidc.error.${reason}` as MessageKey);
}
