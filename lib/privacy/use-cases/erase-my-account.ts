import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import { documentStorage } from "@/lib/documents/storage";
import { currentPasswordMatches } from "@/lib/identity/password-reentry";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { AWAITING_OUTPUT_STATUSES, WITHDRAWABLE_STATUSES } from "@/lib/applications/workflow";

const eraseSchema = z.object({
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
  confirm: z.literal("on", { message: "privacy.erase.confirmRequired" }),
});

export const ERASED_NAME = "Akun dihapus";
const WITHDRAW_REASON = "Akun dihapus atas permintaan pemohon.";

/**
 * Right to erasure (UU PDP 27/2022 art. 8 and 16, DESIGN.md §9). The citizen
 * confirms with their password. What happens:
 * - open applications they can still withdraw are withdrawn first (through the
 *   normal withdrawal, so the agency's queue and timeline show it); an approved
 *   application awaiting its output blocks erasure until it is completed, since
 *   the agency is mid-way through issuing a legal document;
 * - personal data is removed: the profile (NIK ciphertext and blind index,
 *   birth data, address, phone), the name and email (replaced by placeholders),
 *   the password, application answers, uploaded files (applications and
 *   complaints), issued output PDFs (their verification is revoked),
 *   notifications, one-time links, emails waiting in the outbox;
 * - kept, anonymised, because statistics and the law need them: applications'
 *   status and timeline (ApplicationEvent), complaints (filer name, contact and
 *   account link removed, identity mode set to anonymous), survey scores
 *   (respondent and comment removed), the audit log;
 * - every session ends (the account is inactive and its session version moves on).
 */
export async function eraseMyAccount(actor: Actor, input: unknown, context: { ip: string | null }, now = new Date()) {
  const actingRole = authorize(actor, "account.view");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  // Staff accounts are an agency's records, managed by admins (deactivation), not erased by their holder.
  if (actor.roles.some((role) => role !== "CITIZEN")) throw new AppError("FORBIDDEN", "privacy.erase.staffAccount");
  const data = parseOrThrow(eraseSchema, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, email: true } });
  if (!(await currentPasswordMatches(actor.id, user.passwordHash, data.password))) {
    throw new AppError("INVALID", "error.invalidInput", { password: ["accountSecurity.error.currentPasswordWrong"] });
  }
  const awaitingOutput = await db.application.count({ where: { citizenId: actor.id, status: { in: [...AWAITING_OUTPUT_STATUSES] } } });
  if (awaitingOutput > 0) throw new AppError("CONFLICT", "privacy.erase.awaitingOutput");

  const open = await db.application.findMany({ where: { citizenId: actor.id, status: { in: [...WITHDRAWABLE_STATUSES] } }, select: { id: true } });
  for (const application of open) await withdrawApplication(actor, application.id, { reason: WITHDRAW_REASON }, { ip: context.ip, now });

  const storageKeys = await db.$transaction(async (tx) => {
    // A decision taken meanwhile (an officer approving) would leave an application half-handled.
    const stillOpen = await tx.application.count({ where: { citizenId: actor.id, status: { in: [...WITHDRAWABLE_STATUSES, ...AWAITING_OUTPUT_STATUSES] } } });
    if (stillOpen > 0) throw new AppError("CONFLICT", "privacy.erase.awaitingOutput");
    const documents = await tx.document.findMany({
      where: { OR: [{ application: { citizenId: actor.id } }, { complaint: { filerId: actor.id } }, { uploaderId: actor.id }] },
      select: { id: true, storageKey: true },
    });
    const outputs = await tx.outputDocument.findMany({
      where: { application: { citizenId: actor.id } },
      select: { id: true, storageKey: true, revokedAt: true },
    });
    await tx.document.deleteMany({ where: { id: { in: documents.map((d) => d.id) } } });
    await tx.outputDocument.updateMany({
      where: { id: { in: outputs.filter((o) => !o.revokedAt).map((o) => o.id) } },
      data: { revokedAt: now, revokedReason: "Akun pemegang dihapus atas permintaannya." },
    });
    await tx.application.updateMany({ where: { citizenId: actor.id }, data: { answers: {} } });
    await tx.complaint.updateMany({ where: { filerId: actor.id }, data: { filerId: null, filerName: null, filerContact: null, identityMode: "ANONYMOUS" } });
    await tx.surveyResponse.updateMany({ where: { respondentId: actor.id }, data: { respondentId: null, comment: null } });
    await tx.complaintSupport.deleteMany({ where: { userId: actor.id } });
    await tx.notification.deleteMany({ where: { userId: actor.id } });
    await tx.accountToken.deleteMany({ where: { userId: actor.id } });
    await tx.emailOutbox.deleteMany({ where: { to: user.email } });
    await tx.citizenProfile.deleteMany({ where: { userId: actor.id } });
    await tx.user.update({
      where: { id: actor.id },
      data: {
        name: ERASED_NAME,
        email: `dihapus-${actor.id}@akun-dihapus.invalid`,
        passwordHash: "",
        active: false,
        erasedAt: now,
        emailConfirmedAt: null,
        lockedAt: null,
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole: actingRole,
      action: "privacy.accountErased",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      data: { withdrawn: open.length, documentsDeleted: documents.length, outputsRevoked: outputs.length },
    });
    return [...documents.map((d) => d.storageKey), ...outputs.map((o) => o.storageKey)];
  });

  // After commit: a crash here leaves orphan files no row points to, never a row without its file.
  const storage = documentStorage();
  for (const key of storageKeys) await storage.delete(key);
  return { withdrawn: open.length };
}
