import "server-only";
import { db } from "@/lib/platform/db";
import { PermanentJobError, registerJobHandler, registerRecurringJob } from "@/lib/platform/jobs";
import { sweepExpiredChallenges } from "./passkeys/store";
import { PASSWORD_RECOVERY_QUEUE } from "./recovery-rules";
import { sendPasswordRecovery } from "./use-cases/send-password-recovery";
import { sweepExpiredSessions } from "./user-sessions";

export const SESSION_SWEEP_QUEUE = "identity.sweep-sessions";
const SESSION_SWEEP_EVERY_MS = 60 * 60_000;

/** instrumentation.ts calls this before the worker starts. */
export function registerIdentityJobs(): void {
  registerJobHandler(PASSWORD_RECOVERY_QUEUE, async (payload) => {
    const { email, ip } = payload;
    if (typeof email !== "string") throw new PermanentJobError("payload.email is missing");
    await sendPasswordRecovery({ email, ip: typeof ip === "string" ? ip : null });
  });
  // One attempt: the next slot sweeps again anyway. Passkey challenges nobody answered go with the sessions.
  registerJobHandler(
    SESSION_SWEEP_QUEUE,
    async () => {
      await sweepExpiredSessions(db);
      await sweepExpiredChallenges(db);
    },
    { maxAttempts: 1 },
  );
  registerRecurringJob(SESSION_SWEEP_QUEUE, SESSION_SWEEP_EVERY_MS);
}
