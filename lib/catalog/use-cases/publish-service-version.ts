import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Prisma, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { fieldErrorsFromIssues, parseOrThrow } from "@/lib/platform/validation";
import { publishInputSchema } from "../admin-input";
import { checkDraft, type ServiceDraft } from "../draft";
import { forgetRecentDirectory } from "../recent-directory";
import { refreshServiceSearch } from "../search";
import { lockServiceDraft, type AdminContext } from "./catalog-writes";

const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Publishes the draft as the service's next immutable standard version
 * (n + 1) under its decree, and makes it the latest (`currentVersionId`, the
 * base of the next draft). It applies from its effective date: at once when
 * that has come, else it is scheduled (versionsInForce); filed applications
 * keep their version. The draft is checked whole by the runtime's
 * schemas; one that would not load for a citizen cannot be published.
 * Publishing the same draft revision twice (a double submit) returns the
 * version it already became.
 */
export async function publishServiceVersion(
  actor: Actor,
  serviceId: string,
  input: unknown,
  context: AdminContext,
): Promise<{ version: number; slug: string }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const { revision, decreeNumber, effectiveFrom } = parseOrThrow(publishInputSchema, input);
  const published = await db.$transaction(async (tx) => {
    const { service, draft } = await lockServiceDraft(tx, serviceId);
    if (draft.revision !== revision) throw new AppError("CONFLICT", "catalogAdmin.error.staleDraft");
    if (draft.publishedAs !== null) return { version: draft.publishedAs, slug: service.slug };
    const checked = checkDraft(draft);
    if (!checked.ok) {
      throw new AppError("INVALID", "catalogAdmin.error.draftInvalid", fieldErrorsFromIssues(checked.issues));
    }
    const version = (await latestVersion(tx, serviceId)) + 1;
    const created = await tx.serviceStandardVersion.create({
      data: {
        serviceId,
        version,
        decreeNumber,
        effectiveFrom: utcDate(effectiveFrom),
        publishedAt: context.now ?? new Date(),
        standard: checked.content.standard as Prisma.InputJsonValue,
        formDefinition: checked.content.formDefinition as unknown as Prisma.InputJsonValue,
        slaWorkingDays: checked.content.slaWorkingDays,
        feeAmount: checked.content.feeAmount,
      },
      select: { id: true },
    });
    const published: ServiceDraft = { ...draft, publishedAs: version };
    await tx.service.update({
      where: { id: serviceId },
      data: {
        currentVersionId: created.id,
        // A retired service stays retired: publishing a new standard does not reopen it.
        status: service.status === "RETIRED" ? "RETIRED" : "PUBLISHED",
        draft: published as unknown as Prisma.InputJsonValue,
      },
    });
    await refreshServiceSearch(tx, serviceId);
    await recordAudit(tx, {
      ...admin,
      action: "service.versionPublished",
      entityType: "Service",
      entityId: serviceId,
      ip: context.ip,
      data: { version, versionId: created.id, decreeNumber, effectiveFrom, revision },
    });
    return { version, slug: service.slug };
  });
  // A first publication adds the service to the dashboards' and the queue's lists.
  forgetRecentDirectory();
  return published;
}

async function latestVersion(tx: Tx, serviceId: string): Promise<number> {
  const latest = await tx.serviceStandardVersion.aggregate({ where: { serviceId }, _max: { version: true } });
  return latest._max.version ?? 0;
}
