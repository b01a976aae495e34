import { publicKeyQuerySchema, type PublicKeyDocument } from "@/lib/outputs/public-key-schema";
import { publicKeyJwk, publicKeyPem } from "@/lib/outputs/signing";

// Read at request time: the key comes from the server's environment, never from the build.
export const dynamic = "force-dynamic";

const CACHE = "public, max-age=3600, stale-while-revalidate=86400";

/**
 * The public key that checks output-document signatures, for anyone who wants
 * to verify without trusting this site's verification page: JSON with the PEM,
 * the JWK (also as a JWKS `keys` list) and how the signed bytes are formed;
 * `?format=pem` gives the bare PEM.
 */
export function GET(request: Request) {
  const pem = publicKeyPem();
  const query = publicKeyQuerySchema.safeParse({ format: new URL(request.url).searchParams.get("format") ?? undefined });
  if (query.success && query.data.format === "pem") {
    return new Response(pem, {
      headers: { "Content-Type": "application/x-pem-file; charset=utf-8", "Cache-Control": CACHE, "X-Content-Type-Options": "nosniff" },
    });
  }
  const jwk = publicKeyJwk();
  const body: PublicKeyDocument = {
    algorithm: "Ed25519",
    keyId: jwk.kid,
    publicKeyPem: pem,
    jwk,
    keys: [jwk],
    signedData: "UTF-8 bytes of the record as canonical JSON: object keys sorted, no whitespace (RFC 8785 for these records); signature base64url.",
  };
  return Response.json(body, { headers: { "Cache-Control": CACHE, "X-Content-Type-Options": "nosniff" } });
}
