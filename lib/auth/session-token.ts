import "server-only";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/platform/env";
import type { SessionClaims } from "./actor";

/**
 * The claims of the request's Auth.js session cookie, read the way Auth.js's
 * own `auth()` reads them (lib/auth/next-auth.ts) but without its detour:
 * `auth()` in a server component builds a Request, runs Auth.js's session
 * endpoint (which decrypts the cookie, derives the key with HKDF, then
 * encrypts and signs a refreshed cookie that a server component cannot set
 * and Next.js drops), serialises that to JSON and parses it back. That was
 * 4–5 ms of CPU on every signed-in request (bench/report.md).
 *
 * Here the cookie is decrypted once per process and the claims are kept,
 * keyed by the exact cookie value, until the token's own expiry. The key is
 * the whole encrypted token, so a kept entry can only ever answer the
 * request that carries that very token: no visitor can be given another's
 * claims. What the claims name is still checked on every request against the
 * database (lib/identity/session-actor.ts: the session row, the account active,
 * the session version), so sign-out, deactivation and password changes take
 * effect at once as before.
 */

/** Auth.js's cookie names (@auth/core defaultCookies): the `__Secure-` one when the request came over HTTPS. */
const COOKIE_NAME = { secure: "__Secure-authjs.session-token", plain: "authjs.session-token" } as const;

/** Bounded: one entry per distinct session cookie seen in the last while; about half a kilobyte each. */
const MAX_KEPT = 5_000;
const kept = new Map<string, { claims: SessionClaims | null; expiresAtMs: number; secret: string }>();

/** As Auth.js decides for `auth()` in a server component: the forwarded protocol Next.js sets, else https. */
function usesSecureCookie(headers: Headers): boolean {
  return (headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}

/** The cookie's value, its chunks (`name.0`, `name.1`, …) joined in order as Auth.js writes a large session. */
export function sessionCookieValue(cookieHeader: string, name: string): string | null {
  let whole: string | null = null;
  const chunks: [number, string][] = [];
  for (const part of cookieHeader.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    const key = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    if (key === name) whole = value;
    else if (key.startsWith(`${name}.`) && /^\d+$/.test(key.slice(name.length + 1))) chunks.push([Number(key.slice(name.length + 1)), value]);
  }
  if (chunks.length > 0) {
    return chunks
      .sort((a, b) => a[0] - b[0])
      .map(([, value]) => value)
      .join("");
  }
  return whole;
}

function claimsOf(payload: Record<string, unknown> | null): SessionClaims | null {
  if (!payload || typeof payload.sub !== "string" || !payload.sub) return null;
  return {
    userId: payload.sub,
    sessionVersion: typeof payload.sv === "number" ? payload.sv : 0,
    sessionId: typeof payload.sid === "string" ? payload.sid : undefined,
  };
}

/** The session claims the request's cookie carries, or null (no cookie, not ours, tampered with, or expired). */
export async function sessionClaimsFrom(headers: Headers, { secret = env().AUTH_SECRET, now = Date.now() } = {}): Promise<SessionClaims | null> {
  const name = usesSecureCookie(headers) ? COOKIE_NAME.secure : COOKIE_NAME.plain;
  const token = sessionCookieValue(headers.get("cookie") ?? "", name);
  if (!token) return null;
  const hit = kept.get(token);
  if (hit && hit.expiresAtMs > now && hit.secret === secret) {
    // Most recently used last, so the oldest go first when the map is full.
    kept.delete(token);
    kept.set(token, hit);
    return hit.claims && { ...hit.claims };
  }
  let payload: Record<string, unknown> | null;
  try {
    payload = await decode({ token, secret, salt: name });
  } catch {
    // Auth.js treats a cookie it cannot decrypt, or an expired one, as no session.
    return null;
  }
  const claims = claimsOf(payload);
  const exp = typeof payload?.exp === "number" ? payload.exp * 1000 : 0;
  if (exp > now) {
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(token, { claims, expiresAtMs: exp, secret });
  }
  return claims && { ...claims };
}
