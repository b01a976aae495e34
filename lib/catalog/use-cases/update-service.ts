import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { serviceUpdateSchema } from "../admin-input";
import { refreshServiceSearch } from "../search";
import { forgetRecentDirectory } from "../recent-directory";
import { type AdminContext } from "./catalog-writes";
import { assertReferencesExist } from "./create-service";

/**
 * An admin edits a service's names, summaries, agency, category and status.
 * These are not part of the versioned standard; a service can only be shown
 * as published once it has a published version.
 */
export async function updateService(actor: Actor, serviceId: string, input: unknown, context: AdminContext): Promise<{ id: string }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const service = parseOrThrow(serviceUpdateSchema, input);
  const result = await db.$transaction(async (tx) => {
    const before = await tx.service.findUnique({ where: { id: serviceId }, select: { status: true, currentVersionId: true } });
    if (!before) throw notFound();
    await assertReferencesExist(tx, service);
    if (service.status === "PUBLISHED" && !before.currentVersionId) {
      throw new AppError("INVALID", "error.invalidInput", { status: ["catalogAdmin.error.publishFirst"] });
    }
    await tx.service.update({ where: { id: serviceId }, data: service });
    await refreshServiceSearch(tx, serviceId);
    await recordAudit(tx, {
      ...admin,
      action: "service.updated",
      entityType: "Service",
      entityId: serviceId,
      ip: context.ip,
      data: { ...service, statusBefore: before.status },
    });
    return { id: serviceId };
  });
  forgetRecentDirectory();
  return result;
}
