import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { PermanentJobError, registerJobHandler } from "@/lib/platform/jobs";
import { ISSUE_RETRY_QUEUE, issueOutput } from "./use-cases/issue-output";

/** The officer as they are now: a deactivated or erased account, or one that lost the agency, may no longer issue. */
async function officerNow(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, roles: true, active: true, erasedAt: true, memberships: { select: { agencyId: true, role: true } } },
  });
  if (!user || !user.active || user.erasedAt) return null;
  return { kind: "user", id: user.id, name: user.name, email: user.email, roles: user.roles, memberships: user.memberships };
}

/**
 * Retries issuing that a signer or TSA outage held (issue-output.ts). The
 * officer's authority is checked again; an outage still going on throws, so
 * the job backs off and tries later; the unique application id on the
 * document keeps it issued once however often this runs.
 */
export async function retryHeldIssuing(payload: { applicationId: string; officerId: string }): Promise<void> {
  const actor = await officerNow(payload.officerId);
  if (!actor) throw new PermanentJobError("The officer who asked may no longer issue");
  try {
    await issueOutput(actor, payload.applicationId, { ip: null, retrying: true });
  } catch (error) {
    // Decided otherwise in the meantime (rejected, reassigned, no longer allowed): nothing to retry.
    if (error instanceof AppError && error.code !== "UNAVAILABLE") throw new PermanentJobError(error.message);
    throw error;
  }
}

/** instrumentation.ts calls this before the worker starts. */
export function registerOutputJobs(): void {
  registerJobHandler(ISSUE_RETRY_QUEUE, async (payload) => {
    await retryHeldIssuing({ applicationId: String(payload.applicationId), officerId: String(payload.officerId) });
  });
}
