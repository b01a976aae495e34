import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { issueAccountToken } from "@/lib/auth/account-tokens";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffInvitationSchema } from "../access-rules";
import { assertAgenciesExist, type StaffAdminContext } from "../staff-writes";

/**
 * Creates a staff account that cannot sign in until its owner follows the
 * emailed one-time link and chooses a password (lib/identity/use-cases/set-password-from-link.ts).
 * A double submit of the same invitation returns the account it created.
 */
export async function inviteStaff(actor: Actor, input: unknown, context: StaffAdminContext): Promise<{ id: string }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const invitation = parseOrThrow(staffInvitationSchema, input);
  return db.$transaction(async (tx) => {
    await assertAgenciesExist(tx, invitation.memberships);
    const existing = await tx.user.findUnique({
      where: { email: invitation.email },
      select: { id: true, emailConfirmedAt: true, roles: true, name: true },
    });
    if (existing) {
      const sameInvitation = !existing.emailConfirmedAt && existing.name === invitation.name && sameSet(existing.roles, invitation.roles);
      if (sameInvitation) return { id: existing.id };
      throw new AppError("CONFLICT", "staff.error.emailTaken", { email: ["staff.error.emailTaken"] });
    }
    if (invitation.nip && (await tx.user.findUnique({ where: { nip: invitation.nip }, select: { id: true } }))) {
      throw new AppError("CONFLICT", "staff.error.nipTaken", { nip: ["staff.error.nipTaken"] });
    }
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: invitation.name,
        nip: invitation.nip ?? null,
        // No password verifies against an empty hash: the account is unusable until the link is followed.
        passwordHash: "",
        emailConfirmedAt: null,
        roles: invitation.roles,
        memberships: { create: invitation.memberships.map((m) => ({ agencyId: m.agencyId, role: m.role })) },
      },
      select: { id: true },
    });
    const link = await issueAccountToken(tx, user.id, "setPassword");
    await notify(tx, { userId: user.id, messageKey: "staff.invitation", params: { name: invitation.name }, link, email: true });
    await recordAudit(tx, {
      ...admin,
      action: "staff.invited",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
      data: { email: invitation.email, nip: invitation.nip ?? null, roles: invitation.roles, memberships: invitation.memberships },
    });
    return user;
  });
}

function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((item) => b.includes(item));
}
