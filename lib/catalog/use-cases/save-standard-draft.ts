import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { parseOrThrow } from "@/lib/platform/validation";
import { draftNumbersSchema } from "../admin-input";
import { standardFromInput } from "../standard-input";
import { z } from "zod";
import { editServiceDraft, type AdminContext } from "./catalog-writes";

const inputSchema = z.object({ revision: z.coerce.number().int().min(0) }).and(draftNumbersSchema);

/**
 * Saves the draft standard: the 14 components, SLA working days and fee. An
 * unfinished standard may be saved (the publish step checks it whole); the
 * numbers must be numbers.
 */
export async function saveStandardDraft(actor: Actor, serviceId: string, values: Record<string, string>, context: AdminContext): Promise<{ revision: number }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const numbers = parseOrThrow(inputSchema, values);
  const standard = standardFromInput(values);
  const draft = await db.$transaction((tx) =>
    editServiceDraft(tx, admin, { serviceId, revision: numbers.revision, action: "service.standardDraftSaved", ip: context.ip }, (current) => ({
      ...current,
      // The editor's textareas replace the 14 components; what it has no field for (the fee rule, the output's validity) is kept.
      standard: { ...current.standard, ...standard },
      slaWorkingDays: numbers.slaWorkingDays,
      feeAmount: numbers.feeAmount,
    })),
  );
  return { revision: draft.revision };
}
