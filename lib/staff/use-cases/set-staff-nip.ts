import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffNipSchema } from "../access-rules";
import { endProviderSessionsOf } from "@/lib/identity/user-sessions";
import { loadStaffForUpdate, lockStaffAccess, type StaffAdminContext } from "../staff-writes";

const nipTaken = () => new AppError("CONFLICT", "staff.error.nipTaken", { nip: ["staff.error.nipTaken"] });

/**
 * Sets, corrects or clears an existing staff member's NIP, the employee number
 * a staff OpenID Connect provider may link the account by (docs/identity.md).
 * A NIP that is replaced or cleared may have linked the account to the wrong
 * civil servant's identity: the account's links to staff providers go, and
 * the sessions opened through them end at once, so the next single sign-on
 * links again by the corrected number (or the verified email). A first NIP
 * unlinks nothing. The same NIP posted again changes and records nothing.
 */
export async function setStaffNip(actor: Actor, input: { userId: unknown; nip: unknown }, context: StaffAdminContext) {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const nip = parseOrThrow(staffNipSchema, { nip: input.nip }).nip ?? null;
  try {
    return await db.$transaction(async (tx) => {
      await lockStaffAccess(tx);
      const { id } = await loadStaffForUpdate(tx, input.userId);
      const { nip: before } = await tx.user.findUniqueOrThrow({ where: { id }, select: { nip: true } });
      if (before === nip) return { id, changed: false };
      if (nip && (await tx.user.findFirst({ where: { nip, id: { not: id } }, select: { id: true } }))) throw nipTaken();
      await tx.user.update({ where: { id }, data: { nip } });
      let linksRemoved = 0;
      if (before) {
        const links = await tx.oidcLink.findMany({ where: { userId: id, provider: { audience: "STAFF" } }, select: { id: true, providerId: true } });
        if (links.length > 0) {
          await tx.oidcLink.deleteMany({ where: { id: { in: links.map((link) => link.id) } } });
          await endProviderSessionsOf(
            tx,
            id,
            links.map((link) => link.providerId),
          );
        }
        linksRemoved = links.length;
      }
      await recordAudit(tx, {
        ...admin,
        action: "staff.nipChanged",
        entityType: "User",
        entityId: id,
        ip: context.ip,
        data: { before, after: nip, linksRemoved },
      });
      return { id, changed: true };
    });
  } catch (error) {
    // Another account took the number between the check and the write (an invitation does not take the staff lock).
    if ((error as { code?: unknown } | null)?.code === "P2002") throw nipTaken();
    throw error;
  }
}
