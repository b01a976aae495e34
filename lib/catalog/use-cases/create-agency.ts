import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { agencyCreateSchema } from "../admin-input";
import { forgetRecentDirectory } from "../recent-directory";
import { isUniqueViolation, type AdminContext } from "./catalog-writes";

/** An admin adds an agency (instansi); its code goes into tracking numbers and is fixed from now on. */
export async function createAgency(actor: Actor, input: unknown, context: AdminContext): Promise<{ id: string }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const agency = parseOrThrow(agencyCreateSchema, input);
  try {
    const saved = await db.$transaction(async (tx) => {
      const created = await tx.agency.create({ data: { ...agency, slug: agency.code.toLowerCase() }, select: { id: true } });
      await recordAudit(tx, { ...admin, action: "agency.created", entityType: "Agency", entityId: created.id, ip: context.ip, data: { ...agency } });
      return created;
    });
    forgetRecentDirectory();
    return saved;
  } catch (error) {
    // A resent form finds its own agency already there: the same answer as a taken code.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "catalogAdmin.error.agencyCodeTaken", { code: ["catalogAdmin.error.agencyCodeTaken"] });
    throw error;
  }
}
