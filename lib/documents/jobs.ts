import "server-only";
import { env } from "@/lib/platform/env";
import { registerJobHandler, registerRecurringJob } from "@/lib/platform/jobs";
import { sweepOrphanedFiles } from "./orphans";
import { documentStorage } from "./storage";

export const ORPHAN_SWEEP_QUEUE = "documents.sweep-orphans";

/** Stored files left without a row are removed after a grace period; instrumentation.ts calls this. */
export function registerDocumentJobs(): void {
  const { UPLOAD_ORPHAN_GRACE_MINUTES, UPLOAD_ORPHAN_SWEEP_MINUTES } = env();
  // One attempt: the next slot sweeps again anyway.
  registerJobHandler(
    ORPHAN_SWEEP_QUEUE,
    async () => {
      await sweepOrphanedFiles(documentStorage(), new Date(Date.now() - UPLOAD_ORPHAN_GRACE_MINUTES * 60_000));
    },
    { maxAttempts: 1 },
  );
  registerRecurringJob(ORPHAN_SWEEP_QUEUE, Math.round(UPLOAD_ORPHAN_SWEEP_MINUTES * 60_000));
}
