import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { draftFromTransfer, MAX_TRANSFER_BYTES, readTransfer, type TransferIssue } from "../service-transfer";
import { type AdminContext } from "./catalog-writes";
import { createService } from "./create-service";

export type ImportResult = { ok: true; id: string; slug: string } | { ok: false; issues: TransferIssue[] };

/**
 * Imports a shared service document as a new draft service of the chosen
 * agency. It never replaces an existing service: a slug already in use is
 * refused, and the admin picks another. The imported standard becomes the
 * draft, published later under this portal's own decree.
 */
export async function importService(actor: Actor, input: { text: string; agencyId: string; slug?: string }, context: AdminContext): Promise<ImportResult> {
  authorizeSignedIn(actor, "admin.manage");
  if (input.text.length > MAX_TRANSFER_BYTES) throw new AppError("INVALID", "error.invalidInput", { file: ["catalogAdmin.import.tooLarge"] });
  const read = readTransfer(input.text);
  if (!read.ok) return read;
  const { service } = read.transfer;
  const category = await db.serviceCategory.findUnique({ where: { slug: service.categorySlug }, select: { id: true } });
  if (!category) return { ok: false, issues: [{ path: "service.categorySlug", message: "catalogAdmin.import.unknownCategory" }] };
  const created = await createService(
    actor,
    {
      slug: input.slug?.trim() || service.slug,
      agencyId: input.agencyId,
      categoryId: category.id,
      nameId: service.nameId,
      nameEn: service.nameEn,
      summaryId: service.summaryId,
      summaryEn: service.summaryEn,
      keywords: service.keywords,
    },
    { ...context, draft: draftFromTransfer(read.transfer), auditAction: "service.imported" },
  );
  return { ok: true, ...created };
}
