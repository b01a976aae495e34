import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { documentStorage } from "@/lib/documents/storage";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

/**
 * An uploaded document for download: the applicant, or staff of the agency
 * handling a submitted application. Staff access is audited, since documents
 * carry personal data (DESIGN.md §9). Anyone else gets "not found".
 */
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
  if (!document || !application) throw new AppError(actor.kind === "user" ? "NOT_FOUND" : "UNAUTHENTICATED", "error.notFound");
  const isOwner = can(actor, "ownData.read", { ownerId: application.citizenId });
  const isStaff = !isOwner && application.status !== "DRAFT" && can(actor, "agency.read", { agencyId: application.agencyId });
  if (!isOwner && !isStaff) {
    throw new AppError(actor.kind === "user" ? "NOT_FOUND" : "UNAUTHENTICATED", "error.notFound");
  }
  if (isStaff && actor.kind === "user") {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        actorRole: actor.roles.includes("OFFICER") ? "OFFICER" : (actor.roles[0] ?? null),
        action: "document.viewed",
        entityType: "Application",
        entityId: application.id,
        ip: context.ip,
        data: { documentId: document.id, ownerId: application.citizenId },
      }),
    );
  }
  const stored = await documentStorage().get(document.storageKey);
  if (!stored) throw new AppError("NOT_FOUND", "error.notFound");
  return { fileName: document.fileName, mimeType: document.mimeType, ...stored };
}
