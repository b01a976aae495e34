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
    };

export const ANONYMOUS: Actor = { kind: "anonymous" };
