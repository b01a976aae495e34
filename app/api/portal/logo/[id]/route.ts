import { findPortalLogo } from "@/lib/settings/queries";

/**
 * The government's logo (admin settings, issue 24). Content-addressed: a new
 * upload gets a new id, so browsers and shared caches may keep this for good.
 * An SVG was refused at upload if it could run anything; the sandbox policy
 * and nosniff hold even if one were opened directly.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const logo = id.length <= 40 ? await findPortalLogo(id) : null;
  if (!logo) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(Buffer.from(logo.bytes), {
    headers: {
      "Content-Type": logo.mimeType,
      "Content-Length": String(logo.bytes.byteLength),
      "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
