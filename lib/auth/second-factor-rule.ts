import type { Role } from "@/lib/generated/prisma/enums";

// Who must prove a second factor before acting in a staff role (issue 25, DESIGN.md §17).

/** Staff-wide rule: "required" (the default) or "optional" (demos and the e2e suite; docs/identity.md). */
export type StaffSecondFactorMode = "required" | "optional";

/** The roles that must prove a second factor before acting, whatever their agency says. */
export const ROLES_NEEDING_SECOND_FACTOR: readonly Role[] = ["ADMIN", "SUPERVISOR", "INTEGRITY", "TREASURY"];

/**
 * Whether an account must prove a second factor before it acts in a staff
 * role: admins, supervisors, the integrity unit and the treasury (which records
 * refund payouts) always (unless the deployment made it optional), officers when an agency they work for asks it.
 */
export function needsSecondFactor(roles: readonly Role[], officerOfStrictAgency: boolean, mode: StaffSecondFactorMode): boolean {
  if (officerOfStrictAgency && roles.includes("OFFICER")) return true;
  return mode === "required" && roles.some((role) => ROLES_NEEDING_SECOND_FACTOR.includes(role));
}
