import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { loadLockedCitizenCase } from "../data";
import { writeDraftAnswers } from "../draft-answers";

/**
 * Stores what the citizen has typed so far, valid or not: a draft is work in
 * progress. Validation happens at the readiness check and on submission.
 */
export async function saveDraft(actor: Actor, applicationId: string, answers: Record<string, unknown>) {
  return db.$transaction(async (tx) => {
    const application = await loadLockedCitizenCase(tx, actor, applicationId);
    return { id: application.id, ...(await writeDraftAnswers(tx, application, answers)) };
  });
}
