import type { Role } from "@/lib/generated/prisma/enums";

export type AgencyScope = { agencyId: string; role: Role };

/** Who is asking: the subject of every policy decision. */
export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      id: string;
      name: string;
      email: string;
      roles: readonly Role[];
      memberships: readonly AgencyScope[];
      /**
       * Set when the account must prove a second factor before acting in a
       * staff role and this session has not (lib/identity/second-factor):
       * the policy then grants only what one does on one's own account.
       */
      secondFactorMissing?: boolean;
    };

export const ANONYMOUS: Actor = { kind: "anonymous" };

/** What a signed session cookie carries (lib/auth/session-token.ts); lib/identity/session-actor.ts turns it into an actor. */
export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string | undefined };
