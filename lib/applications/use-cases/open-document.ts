import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { documentStorage } from "@/lib/documents/storage";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { authorizeCaseFileAccess } from "../case-file-access";
import { isSubmitted } from "../workflow";

/** An uploaded document for download, by its applicant or (audited) by staff of the handling agency. */
export async function openDocument(actor: Actor, documentId: string, context: { ip: string | null }) {
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      storageKey: true,
      application: { select: { id: true, citizenId: true, agencyId: true, status: true } },
    },
  });
  const application = document?.application;
  await authorizeCaseFileAccess(
    actor,
    application ? { ...application, submitted: isSubmitted(application.status) } : null,
    { action: "document.viewed", data: { documentId } },
    context,
  );
  const stored = await documentStorage().get(document!.storageKey);
  if (!stored) throw new AppError("NOT_FOUND", "error.notFound");
  return { fileName: document!.fileName, mimeType: document!.mimeType, ...stored };
}
