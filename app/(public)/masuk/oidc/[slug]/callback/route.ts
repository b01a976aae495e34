import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-actor";
import { signIn } from "@/lib/auth/next-auth";
import { OIDC_BROWSER_COOKIE } from "@/lib/identity/oidc/flow-store";
import { oidcReasonOf } from "@/lib/identity/oidc/paths";
import { secondFactorStepPath } from "@/lib/identity/second-factor/paths";
import { completeOidcSignIn } from "@/lib/identity/use-cases/complete-oidc-sign-in";
import { AppError } from "@/lib/platform/errors";
import { clientIp } from "@/lib/platform/request-context";

export const dynamic = "force-dynamic";

/**
 * The provider's redirect back. A completed sign-in opens the session through Auth.js with the one-time ticket
 * (the same session mechanism as a password sign-in), then passes the second step, which lets a session whose
 * provider MFA counted, or that owes none, straight through. A link returns to the security page.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await currentActor();
  const origin = request.nextUrl.origin;
  let target: string;
  try {
    const completion = await completeOidcSignIn(
      actor,
      { slug, callbackUrl: new URL(request.nextUrl.pathname + request.nextUrl.search, origin), browserKey: request.cookies.get(OIDC_BROWSER_COOKIE)?.value },
      { ip: clientIp(request.headers) },
    );
    if (completion.kind === "linked") {
      target = `${completion.returnTo}${completion.returnTo.includes("?") ? "&" : "?"}sso=tertaut`;
    } else {
      const signedIn = await signIn("oidc", { ticket: completion.ticket, redirect: false, redirectTo: secondFactorStepPath(completion.returnTo) });
      target = typeof signedIn === "string" && !signedIn.includes("error=") ? signedIn : "/masuk?sso=invalidResponse";
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    target = `${actor.kind === "user" ? "/akun/keamanan" : "/masuk"}?sso=${oidcReasonOf(error.messageKey)}`;
  }
  const response = NextResponse.redirect(new URL(target, origin), 303);
  response.cookies.delete({ name: OIDC_BROWSER_COOKIE, path: "/masuk/oidc" });
  return response;
}
