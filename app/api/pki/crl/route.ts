import { portalCrl } from "@/lib/outputs/pades/crl";

export const dynamic = "force-dynamic";

/**
 * The portal CA's CRL (DER, application/pkix-crl): the stable URL every
 * agency certificate names as its CRL distribution point (DESIGN.md §16).
 */
export function GET() {
  return new Response(new Uint8Array(portalCrl()), {
    headers: { "Content-Type": "application/pkix-crl", "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
}
