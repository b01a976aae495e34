import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/platform/env";
import { keyFromConfig } from "@/lib/platform/secrets";
import { encodeTrackingSecret } from "./tracking";

/**
 * The secret is derived from the application id with a server key, so the
 * applicant can see it again on their own application page; only its hash is
 * stored, so the database alone never reveals it.
 */
export function trackingSecretFor(applicationId: string): string {
  const key = keyFromConfig(env().TRACKING_SECRET_KEY, "tracking-secret");
  return encodeTrackingSecret(createHmac("sha256", key).update(`tracking:${applicationId}`).digest());
}

/** Salted with the tracking number, so equal secrets on two applications hash differently. */
export function hashTrackingSecret(trackingNumber: string, normalizedSecret: string): string {
  return createHash("sha256").update(`${trackingNumber}\n${normalizedSecret}`).digest("hex");
}

export function trackingSecretMatches(trackingNumber: string, normalizedSecret: string, storedHash: string): boolean {
  const given = Buffer.from(hashTrackingSecret(trackingNumber, normalizedSecret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
