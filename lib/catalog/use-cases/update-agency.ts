import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { agencyUpdateSchema } from "../admin-input";
import { forgetRecentDirectory } from "../recent-directory";
import { type AdminContext } from "./catalog-writes";

/** An admin edits an agency's names, time zone, office hours and contact; the audit entry keeps what changed. */
export async function updateAgency(actor: Actor, agencyId: string, input: unknown, context: AdminContext): Promise<{ id: string }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const agency = parseOrThrow(agencyUpdateSchema, input);
  const result = await db.$transaction(async (tx) => {
    const before: Record<string, unknown> | null = await tx.agency.findUnique({ where: { id: agencyId } });
    if (!before) throw notFound();
    await tx.agency.update({ where: { id: agencyId }, data: agency });
    const changed = Object.fromEntries(Object.entries(agency).filter(([key, value]) => before[key] !== value));
    await recordAudit(tx, { ...admin, action: "agency.updated", entityType: "Agency", entityId: agencyId, ip: context.ip, data: { changed } });
    return { id: agencyId };
  });
  forgetRecentDirectory();
  return result;
}
