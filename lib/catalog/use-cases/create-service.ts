import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Prisma, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { serviceCreateSchema } from "../admin-input";
import { EMPTY_DRAFT, type ServiceDraft } from "../draft";
import { refreshServiceSearch } from "../search";
import { forgetRecentDirectory } from "../recent-directory";
import { isUniqueViolation, type AdminContext } from "./catalog-writes";

/**
 * An admin adds a service. It starts as a draft with an empty working
 * standard and form (or the imported ones); citizens see it once a first
 * version is published.
 */
export async function createService(
  actor: Actor,
  input: unknown,
  context: AdminContext & { draft?: ServiceDraft; auditAction?: string },
): Promise<{ id: string; slug: string }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const service = parseOrThrow(serviceCreateSchema, input);
  try {
    const saved = await db.$transaction(async (tx) => {
      await assertReferencesExist(tx, service);
      const draft = context.draft ?? EMPTY_DRAFT;
      const created = await tx.service.create({
        data: { ...service, status: "DRAFT", draft: draft as unknown as Prisma.InputJsonValue },
        select: { id: true, slug: true },
      });
      await refreshServiceSearch(tx, created.id);
      await recordAudit(tx, {
        ...admin,
        action: context.auditAction ?? "service.created",
        entityType: "Service",
        entityId: created.id,
        ip: context.ip,
        data: { ...service },
      });
      return created;
    });
    forgetRecentDirectory();
    return saved;
  } catch (error) {
    // Never overwrite: a taken slug (or a resent form) is the admin's to resolve.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "catalogAdmin.error.slugTaken", { slug: ["catalogAdmin.error.slugTaken"] });
    throw error;
  }
}

export async function assertReferencesExist(tx: Tx, service: { agencyId: string; categoryId: string }) {
  const [agency, category] = await Promise.all([
    tx.agency.findUnique({ where: { id: service.agencyId }, select: { id: true } }),
    tx.serviceCategory.findUnique({ where: { id: service.categoryId }, select: { id: true } }),
  ]);
  const fieldErrors: Record<string, ["catalogAdmin.error.choiceInvalid"]> = {};
  if (!agency) fieldErrors.agencyId = ["catalogAdmin.error.choiceInvalid"];
  if (!category) fieldErrors.categoryId = ["catalogAdmin.error.choiceInvalid"];
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID", "error.invalidInput", fieldErrors);
}
