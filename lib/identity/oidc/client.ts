import "server-only";
import * as oidc from "openid-client";
import { env } from "@/lib/platform/env";
import { decryptPii, encryptPii } from "../nik-vault";

/** The provider row the relying party needs. */
export type ProviderConnection = { id: string; issuer: string; clientId: string; clientSecretCiphertext: string; updatedAt: Date };

/** Client secrets and refresh tokens are encrypted with the PII key ring, as TOTP secrets are (key rotation applies). */
export const sealOidcSecret = (plaintext: string) => encryptPii(plaintext).ciphertext;
export const openOidcSecret = (ciphertext: string) => decryptPii(ciphertext);

/** Plain http is accepted only for a provider on the loopback interface (tests and local demos). */
const isLoopback = (issuer: string) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(issuer);

/** Discovery results, per provider and its last edit: an edit (new issuer or secret) discovers again. */
const configurations = new Map<string, { key: string; config: Promise<oidc.Configuration> }>();

/**
 * The openid-client Configuration of a provider: its discovery document
 * (`<issuer>/.well-known/openid-configuration`), checked to name the same
 * issuer, and the client's credentials. A failed discovery is not remembered.
 */
export function providerConfiguration(provider: ProviderConnection): Promise<oidc.Configuration> {
  const key = `${provider.issuer}\u0000${provider.clientId}\u0000${provider.updatedAt.getTime()}`;
  const cached = configurations.get(provider.id);
  if (cached && cached.key === key) return cached.config;
  const config = oidc
    .discovery(new URL(provider.issuer), provider.clientId, openOidcSecret(provider.clientSecretCiphertext), undefined, {
      timeout: env().OIDC_HTTP_TIMEOUT_SECONDS,
      ...(isLoopback(provider.issuer) ? { execute: [oidc.allowInsecureRequests] } : {}),
    })
    .catch((error: unknown) => {
      configurations.delete(provider.id);
      throw error;
    });
  configurations.set(provider.id, { key, config });
  return config;
}

/** Why a provider call failed, as the sign-in tells it and the audit records it. */
export type OidcFailure = "providerDown" | "denied" | "stateMismatch" | "nonceMismatch" | "issuerMismatch" | "invalidGrant" | "invalidResponse";

export function classifyOidcError(error: unknown): OidcFailure {
  if (error instanceof oidc.AuthorizationResponseError) return error.error === "access_denied" ? "denied" : "invalidResponse";
  if (error instanceof oidc.ResponseBodyError) return error.error === "invalid_grant" ? "invalidGrant" : "invalidResponse";
  if (error instanceof oidc.ClientError || (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("OAUTH_"))) {
    // openid-client's message is general ("unexpected JWT claim value encountered"); its cause names the claim.
    const message = `${error.message} ${error.cause instanceof Error ? error.cause.message : ""}`.toLowerCase();
    if (message.includes("nonce")) return "nonceMismatch";
    if (message.includes("state")) return "stateMismatch";
    if (message.includes("issuer") || message.includes('"iss"')) return "issuerMismatch";
    if ((error as { cause?: unknown }).cause instanceof TypeError) return "providerDown";
    return "invalidResponse";
  }
  return "providerDown";
}
