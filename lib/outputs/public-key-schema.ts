import { z } from "zod";

/** /api/verifikasi/kunci-publik: the key that checks output documents' signatures (the route builds this type; OpenAPI shows this schema). */
const jwkSchema = z.object({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().describe("The public key, base64url"),
  kid: z.string().describe("Key id; a signed record names the key it was signed with"),
  alg: z.literal("EdDSA"),
  use: z.literal("sig"),
});

export const publicKeyDocumentSchema = z.object({
  algorithm: z.literal("Ed25519"),
  keyId: z.string(),
  publicKeyPem: z.string().describe("SPKI PEM"),
  jwk: jwkSchema,
  keys: z.array(jwkSchema).describe("The same key as a JWKS"),
  signedData: z.string().describe("How the signed bytes are formed"),
});

/** `?format=pem` gives the bare PEM instead. */
export const publicKeyQuerySchema = z.object({ format: z.enum(["json", "pem"]).optional().describe("pem for the bare PEM; JSON otherwise") });

export type PublicKeyDocument = z.infer<typeof publicKeyDocumentSchema>;
