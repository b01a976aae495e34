import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-actor";
import { OIDC_BROWSER_COOKIE } from "@/lib/identity/oidc/flow-store";
import { oidcReasonOf } from "@/lib/identity/oidc/paths";
import { OIDC_FLOW_MINUTES } from "@/lib/identity/oidc/rules";
import { beginOidcSignIn } from "@/lib/identity/use-cases/begin-oidc-sign-in";
import { AppError } from "@/lib/platform/errors";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

/** "Masuk dengan <provider>": starts the authorization-code flow (PKCE, state, nonce) and sends the browser to the provider. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await currentActor();
  const link = request.nextUrl.searchParams.get("tautkan") === "1";
  try {
    const { authorizationUrl, browserKey } = await beginOidcSignIn(
      actor,
      { slug, link, returnTo: request.nextUrl.searchParams.get("callbackUrl") ?? undefined },
      { ip: clientIp(request.headers), origin: request.nextUrl.origin },
    );
    const response = NextResponse.redirect(authorizationUrl, 303);
    response.cookies.set(OIDC_BROWSER_COOKIE, browserKey, {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      path: "/masuk/oidc",
      maxAge: OIDC_FLOW_MINUTES * 60,
    });
    return response;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const back = actor.kind === "user" ? "/akun/keamanan" : "/masuk";
    return NextResponse.redirect(new URL(`${back}?sso=${oidcReasonOf(error.messageKey)}`, request.nextUrl.origin), 303);
  }
}
