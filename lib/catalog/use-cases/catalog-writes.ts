import "server-only";
import type { AuditActor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import type { Prisma, Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { workingDraft, type ServiceDraft } from "../draft";

export type AdminContext = { ip: string | null; now?: Date };
/** A Prisma unique violation: the code or slug someone else took first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The service under its row lock, with its working draft (a copy of the published version until edited). */
export async function lockServiceDraft(tx: Tx, serviceId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Service" WHERE "id" = ${serviceId} FOR UPDATE`;
  const service = await tx.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      slug: true,
      status: true,
      draft: true,
      currentVersion: { select: { version: true, standard: true, formDefinition: true, slaWorkingDays: true, feeAmount: true } },
    },
  });
  if (!service) throw notFound();
  return { service, draft: workingDraft(service.draft, service.currentVersion) };
}

/**
 * Applies one edit to a service's draft. The form posted the revision it
 * showed: a resent or stale post (someone else edited since) changes nothing
 * and says so, rather than applying an edit to a draft the admin has not seen.
 */
export async function editServiceDraft(
  tx: Tx,
  admin: AuditActor,
  input: { serviceId: string; revision: number; action: string; ip: string | null; data?: Record<string, unknown> },
  change: (draft: ServiceDraft) => ServiceDraft | null,
): Promise<ServiceDraft> {
  const { draft } = await lockServiceDraft(tx, input.serviceId);
  if (draft.revision !== input.revision) throw new AppError("CONFLICT", "catalogAdmin.error.staleDraft");
  const changed = change(draft);
  if (!changed) throw new AppError("CONFLICT", "catalogAdmin.error.staleDraft");
  const next: ServiceDraft = { ...changed, revision: draft.revision + 1, publishedAs: null };
  await tx.service.update({ where: { id: input.serviceId }, data: { draft: next as unknown as Prisma.InputJsonValue } });
  await recordAudit(tx, {
    ...admin,
    action: input.action,
    entityType: "Service",
    entityId: input.serviceId,
    ip: input.ip,
    data: { revision: next.revision, ...input.data },
  });
  return next;
}
