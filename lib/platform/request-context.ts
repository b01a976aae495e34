import { env } from "./env";

/**
 * The client address for rate limits and audit, or null when it cannot be
 * known. `next start` does not expose the socket address, and forwarding
 * headers can be forged unless our own proxy sets them: set TRUST_PROXY=1 only
 * when a proxy in front overwrites X-Forwarded-For / X-Real-IP.
 */
export function clientIp(headers: Headers): string | null {
  if (!env().TRUST_PROXY) return null;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
