import "server-only";
import { documentStorage } from "@/lib/documents/storage";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { isFiler, staffAccessTo, staffRoleOn, type FilerCredential } from "../access";

/**
 * A complaint's attachment, for its filer (account or follow-up token) or for
 * staff who may read the complaint (audited: attachments carry personal
 * data). Attachments are never public, even on a published complaint. A
 * whistleblowing report's files open for the integrity unit only.
 */
export async function openComplaintAttachment(credential: FilerCredential, documentId: string, context: { ip: string | null }) {
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      fileName: true,
      mimeType: true,
      storageKey: true,
      complaint: { select: { id: true, kind: true, identityMode: true, status: true, agencyId: true, routedAt: true, filerId: true } },
    },
  });
  const complaint = document?.complaint;
  const { actor } = credential;
  const missing = new AppError(actor.kind === "user" ? "NOT_FOUND" : "UNAUTHENTICATED", "error.notFound");
  if (!document || !complaint) throw missing;
  if (!isFiler(credential, complaint)) {
    if (actor.kind !== "user" || !staffAccessTo(actor, complaint).read) throw missing;
    await db.$transaction((tx) =>
      recordAudit(tx, {
        agencyId: complaint.agencyId,
        actorId: actor.id,
        actorRole: staffRoleOn(actor, complaint),
        action: "complaint.attachmentViewed",
        entityType: "Complaint",
        entityId: complaint.id,
        ip: context.ip,
        data: { documentId },
      }),
    );
  }
  const stored = await documentStorage().get(document.storageKey);
  if (!stored) throw new AppError("NOT_FOUND", "error.notFound");
  return { fileName: document.fileName, mimeType: document.mimeType, ...stored };
}
