import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { emailSchema } from "@/lib/identity/schemas";

/** The roles an admin hands out; CITIZEN is what registration gives and is never edited here. */
export const STAFF_ROLES = ["OFFICER", "SUPERVISOR", "INTEGRITY", "ADMIN"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** An agency membership scopes case work, so only the two case-working roles have one. */
export const MEMBERSHIP_ROLES = ["OFFICER", "SUPERVISOR"] as const satisfies readonly StaffRole[];

export type StaffAccess = { roles: StaffRole[]; memberships: { agencyId: string; role: (typeof MEMBERSHIP_ROLES)[number] }[] };

/**
 * Form fields → access: a checkbox `role.<ROLE>` per role and a select
 * `membership.<agencyId>` per agency. Flat names keep a no-JavaScript post and
 * the "keep what was typed" values (one string per field) simple.
 */
export function staffAccessFromForm(values: Record<string, string>): { roles: string[]; memberships: { agencyId: string; role: string }[] } {
  const roles = Object.keys(values)
    .filter((key) => key.startsWith("role.") && values[key] === "on")
    .map((key) => key.slice("role.".length));
  const memberships = Object.entries(values)
    .filter(([key, role]) => key.startsWith("membership.") && role !== "")
    .map(([key, role]) => ({ agencyId: key.slice("membership.".length), role }));
  return { roles, memberships };
}

/** The form values that show an existing access (the inverse of staffAccessFromForm). */
export function formValuesOfAccess(access: { roles: readonly string[]; memberships: readonly { agencyId: string; role: string }[] }) {
  const values: Record<string, string> = {};
  for (const role of access.roles) values[`role.${role}`] = "on";
  for (const membership of access.memberships) values[`membership.${membership.agencyId}`] = membership.role;
  return values;
}

export const staffAccessSchema = z
  .object({
    roles: z
      .array(z.enum(STAFF_ROLES, { message: "staff.error.roleInvalid" }))
      .min(1, "staff.error.roleRequired")
      .max(STAFF_ROLES.length),
    memberships: z
      .array(z.object({ agencyId: z.string().min(1).max(64), role: z.enum(MEMBERSHIP_ROLES, { message: "staff.error.membershipInvalid" }) }))
      .max(200),
  })
  .superRefine((access, ctx) => {
    // A membership only means something with the role it grants: an officer
    // membership for someone without the officer role would silently do nothing.
    for (const membership of access.memberships) {
      if (!access.roles.includes(membership.role)) {
        ctx.addIssue({ code: "custom", path: ["memberships"], message: "staff.error.membershipWithoutRole" });
        return;
      }
    }
    if (access.roles.includes("OFFICER") && !access.memberships.some((m) => m.role === "OFFICER")) {
      ctx.addIssue({ code: "custom", path: ["memberships"], message: "staff.error.officerNeedsAgency" });
    }
  });

/** A civil servant's employee number (NIP, 18 digits): optional; it links the account to an OpenID Connect identity (docs/identity.md). */
const nipSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .string()
    .trim()
    .regex(/^\d{18}$/, "staff.error.nipFormat")
    .optional(),
);

/** An admin setting, changing or clearing an existing staff member's NIP (setStaffNip). */
export const staffNipSchema = z.object({ nip: nipSchema });

export const staffInvitationSchema = z
  .object({ name: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"), email: emailSchema, nip: nipSchema })
  .and(staffAccessSchema);

/** "Last admin": the portal must keep someone able to manage it. */
export function removesAdmin(before: { roles: readonly string[]; active: boolean }, after: { roles: readonly string[]; active: boolean }) {
  const isAdmin = (state: { roles: readonly string[]; active: boolean }) => state.active && state.roles.includes("ADMIN");
  return isAdmin(before) && !isAdmin(after);
}
