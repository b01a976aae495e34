import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { redeemOidcTicket, type OidcSessionStart } from "@/lib/identity/oidc/session";
import { coarseIp, endUserSession, startUserSession } from "@/lib/identity/user-sessions";
import { clientIp } from "@/lib/platform/request-context";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    sessionId?: string;
  }
  interface User {
    sessionVersion?: number;
    /** The browser and coarse network the sign-in came from, for "where am I signed in". */
    device?: { userAgent: string | null; ipPrefix: string | null };
    /** Signed in through an OpenID Connect provider (lib/identity/oidc): what the session starts with. */
    oidc?: OidcSessionStart;
  }
}

/**
 * Auth.js with email + password. Sessions are JWTs; every request re-reads the
 * user (lib/auth/current-actor.ts), so deactivation, role changes and password
 * changes (sessionVersion) take effect on the next request. The JWT also
 * names a server-side session (lib/identity/user-sessions.ts), which sign-out
 * deletes: a copy of the cookie kept after signing out opens nothing.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const ip = clientIp(request.headers);
        const result = await authenticateUser(credentials, { ip });
        if (result.ok) return { ...result.user, device: { userAgent: request.headers.get("user-agent"), ipPrefix: coarseIp(ip) } };
        if (result.reason === "rateLimited") throw new RateLimitedSignIn();
        return null;
      },
    }),
    // OpenID Connect: the callback (app/(public)/masuk/oidc/[slug]/callback) validated the provider's answer and
    // left a one-time ticket; only that ticket opens the session, so posting here without one opens nothing.
    Credentials({
      id: "oidc",
      credentials: { ticket: {} },
      async authorize(credentials, request) {
        const redeemed = await redeemOidcTicket(credentials.ticket);
        if (!redeemed) return null;
        const device = { userAgent: request.headers.get("user-agent"), ipPrefix: coarseIp(clientIp(request.headers)) };
        return { ...redeemed.user, device, oidc: redeemed.start };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.sid = await startUserSession(
          user.id,
          new Date(),
          user.oidc ? { ...user.device, secondFactorProven: user.oidc.secondFactorProven, oidc: user.oidc } : user.device,
        );
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.userId = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") await endUserSession(sessionId);
    },
  },
});
