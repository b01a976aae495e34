import { providerEndpoint } from "@/lib/payments/providers/registry";
import { settleFromProvider } from "@/lib/applications/payment-callback";
import { clientIp } from "@/lib/platform/request-context";
import { errorResponse } from "@/lib/platform/http";

export const dynamic = "force-dynamic";

/**
 * A payment provider's calls (docs/payments.md): /api/pembayaran/snap/v1.0/transfer-va/payment
 * and the rest. Each request is authenticated by the provider's own signature, not a session.
 */
export async function POST(request: Request, { params }: { params: Promise<{ provider: string; endpoint: string[] }> }) {
  const { provider, endpoint } = await params;
  const handler = providerEndpoint(provider, endpoint.join("/"));
  if (!handler) return Response.json({ responseCode: "4040000", responseMessage: "Not Found" }, { status: 404 });
  const url = new URL(request.url);
  try {
    const response = await settleFromProvider(handler, {
      method: request.method,
      path: url.pathname,
      headers: Object.fromEntries([...request.headers].map(([name, value]) => [name.toLowerCase(), value])),
      body: await request.text(),
      ip: clientIp(request.headers),
    });
    return Response.json(response.body, { status: response.status, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
