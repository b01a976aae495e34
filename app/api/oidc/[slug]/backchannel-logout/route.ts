import { currentActor } from "@/lib/auth/current-actor";
import { endProviderSessions } from "@/lib/identity/use-cases/end-provider-sessions";
import { AppError } from "@/lib/platform/errors";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The provider's back-channel logout (registered at the provider as its backchannel_logout_uri): a form
 * post of `logout_token`, server to server. 200 once the sessions it names have ended; 400 with an OAuth
 * error for a token that is refused, as OpenID Connect Back-Channel Logout 1.0 §2.8 asks.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const form = new URLSearchParams(await request.text());
  try {
    await endProviderSessions(await currentActor(), { slug, logoutToken: form.get("logout_token") ?? "" }, { ip: clientIp(request.headers) });
    return new Response(null, { status: 200, headers: NO_STORE });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const status = error.code === "NOT_FOUND" ? 404 : 400;
    return Response.json({ error: "invalid_request", error_description: error.messageKey }, { status, headers: NO_STORE });
  }
}
