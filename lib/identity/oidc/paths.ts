import type { MessageKey } from "@/lib/platform/i18n/messages";

/** Where a sign-in with a provider starts: `?tautkan=1` links a signed-in citizen's account instead. */
export const oidcStartPath = (slug: string, options: { link?: boolean; returnTo?: string } = {}) => {
  const query = new URLSearchParams({ ...(options.link ? { tautkan: "1" } : {}), ...(options.returnTo ? { callbackUrl: options.returnTo } : {}) }).toString();
  return `/masuk/oidc/${slug}${query ? `?${query}` : ""}`;
};

export const OIDC_ADMIN_PATH = "/petugas/admin/sso";

/** Where a provider tells the portal that someone signed out there (endProviderSessions). */
export const oidcBackchannelLogoutPath = (slug: string) => `/api/oidc/${slug}/backchannel-logout`;

/** Account › security › ending one's own link to a citizen provider (unlinkOwnProvider). */
export const OIDC_UNLINK_PATH = "/akun/keamanan/putuskan-tautan";
export const oidcUnlinkPath = (slug: string) => `${OIDC_UNLINK_PATH}?penyedia=${encodeURIComponent(slug)}`;

const REASONS = [
  "unknownProvider",
  "providerDown",
  "denied",
  "stateMismatch",
  "nonceMismatch",
  "invalidResponse",
  "noMatch",
  "noVerifiedEmail",
  "linkFirst",
  "alreadyLinked",
  "factsDiffer",
  "rateLimited",
] as const;

/** `?sso=<reason>` on the sign-in or security page: the refusal's translated message, or none for anything else. */
export function oidcErrorMessage(raw: string | string[] | undefined): MessageKey | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (REASONS as readonly string[]).includes(value ?? "") ? (`oidc.error.${value}` as MessageKey) : undefined;
}

/** The reason of a refusal's message key (`oidc.error.noMatch` → `noMatch`); anything else reads as an invalid response. */
export function oidcReasonOf(messageKey: string): string {
  if (messageKey === "error.rateLimited") return "rateLimited";
  const reason = messageKey.startsWith("oidc.error.") ? messageKey.slice("oidc.error.".length) : "";
  return (REASONS as readonly string[]).includes(reason) ? reason : "invalidResponse";
}
