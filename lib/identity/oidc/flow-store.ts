import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** The httpOnly cookie that binds an authorization request to the browser that started it. */
export const OIDC_BROWSER_COOKIE = "satupintu-oidc";

export const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");
export const randomKey = () => randomBytes(32).toString("base64url");

/** The callback path registered at the provider as the redirect URI. */
export const callbackPath = (slug: string) => `/masuk/oidc/${slug}/callback`;
