import "server-only";
import { createHmac } from "node:crypto";
import { hashTrackingSecret, trackingSecretMatches } from "@/lib/applications/tracking-secret";
import { encodeTrackingSecret } from "@/lib/applications/tracking";
import { env } from "@/lib/platform/env";
import { keyFromConfig } from "@/lib/platform/secrets";

/**
 * A complaint's secret is derived from its id with the tracking key (as an
 * application's is), so a signed-in filer can see it again on their page;
 * only its hash, salted with the code, is stored.
 */
export function complaintSecretFor(complaintId: string): string {
  const key = keyFromConfig(env().TRACKING_SECRET_KEY, "tracking-secret");
  return encodeTrackingSecret(createHmac("sha256", key).update(`complaint:${complaintId}`).digest());
}

export const hashComplaintSecret = hashTrackingSecret;
export const complaintSecretMatches = trackingSecretMatches;

/** The key that signs follow-up access tokens (lib/complaints/access-token.ts). */
export function accessTokenKey(): Buffer {
  // A subkey of its own: a configured TRACKING_SECRET_KEY is used as given for every purpose.
  const base = keyFromConfig(env().TRACKING_SECRET_KEY, "complaint-access");
  return createHmac("sha256", base).update("satupintu complaint access tokens").digest();
}
