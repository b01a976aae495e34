import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { decryptPii } from "@/lib/identity/nik-vault";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { loadAgencyCase } from "../agency-case";

/**
 * Shows the applicant's full NIK to staff of the handling agency. Each reveal
 * is an audit entry the citizen can later see (DESIGN.md §9).
 */
export async function revealApplicantNik(actor: Actor, applicationId: string, context: { ip: string | null }) {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.read");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const profile = await db.citizenProfile.findUnique({ where: { userId: application.citizenId }, select: { nikCiphertext: true } });
  if (!profile) throw new AppError("NOT_FOUND", "error.notFound");
  const nik = decryptPii(profile.nikCiphertext);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      agencyId: application.agencyId,
      actorId: actor.id,
      actorRole: authorize(actor, "agency.read", { agencyId: application.agencyId }),
      action: "pii.nikRevealed",
      entityType: "User",
      entityId: application.citizenId,
      ip: context.ip,
      data: { applicationId: application.id },
    }),
  );
  return nik;
}
