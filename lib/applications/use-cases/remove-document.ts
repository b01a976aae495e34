import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { loadLockedCitizenCase } from "../data";
import { discardStored, removeUpload } from "../document-upload";

/** Removes an uploaded document while the application is still the citizen's to edit. */
export async function removeDocument(actor: Actor, input: { applicationId: string; documentId: string }, context: { ip: string | null }) {
  const removed = await db.$transaction(async (tx) => {
    const removal = await removeUpload(tx, await loadLockedCitizenCase(tx, actor, input.applicationId), input.documentId, context);
    await recordAudit(tx, removal.audit);
    return removal;
  });
  await discardStored([removed.storageKey]);
}
