import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { documentStorage, type StoredObject } from "@/lib/documents/storage";
import { authorizeCaseFileAccess } from "@/lib/applications/case-file-access";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

export type OpenedOutput = StoredObject & { fileName: string; mimeType: "application/pdf" };

/**
 * An application's output PDF for download: the holder (the applicant), or
 * staff of the issuing agency. Staff downloads are audited, since the PDF
 * carries the holder's name and masked NIK (DESIGN.md §9). Anyone else, and
 * an application without an output, gets "not found". A revoked document is
 * still served: it is the holder's record, and verification says it is revoked.
 */
export async function openOutput(actor: Actor, applicationId: string, context: { ip: string | null }): Promise<OpenedOutput> {
  const output = await db.outputDocument.findUnique({
    where: { applicationId },
    select: {
      id: true,
      storageKey: true,
      application: { select: { id: true, citizenId: true, agencyId: true, trackingNumber: true } },
    },
  });
  await authorizeCaseFileAccess(
    actor,
    output ? { ...output.application, submitted: true } : null,
    { action: "output.viewed", data: { outputId: output?.id ?? "" } },
    context,
  );
  const { application } = output!;
  const stored = await documentStorage().get(output!.storageKey);
  if (!stored) throw new AppError("NOT_FOUND", "error.notFound");
  const name = (application.trackingNumber ?? application.id).replace(/[^A-Za-z0-9-]/g, "");
  return { ...stored, fileName: `dokumen-hasil-${name}.pdf`, mimeType: "application/pdf" };
}
