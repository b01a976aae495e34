import { portalCaCertificatePem } from "@/lib/outputs/pades/portal-pki";

export const dynamic = "force-dynamic";

/** The portal CA certificate (PEM), for relying parties that add it to their trust store to validate output PDFs' signatures. */
export function GET() {
  return new Response(portalCaCertificatePem(), {
    headers: { "Content-Type": "application/x-pem-file; charset=utf-8", "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
}
