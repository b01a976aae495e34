/**
 * Runs once per Next.js server process before it serves requests: starts the
 * background job worker (lib/platform/jobs.ts) in every web instance, which is
 * safe because workers claim jobs with FOR UPDATE SKIP LOCKED.
 *
 * Not started by `next build` (Next skips register() in the
 * phase-production-build phase; checked here as well, so the build never needs a
 * database), nor with SATUPINTU_WORKER=off. The Node.js-only code sits inside
 * the NEXT_RUNTIME check so that an edge bundle drops it. NEXT_RUNTIME and
 * NEXT_PHASE are Next.js's own, read before any of our modules loads; every
 * other setting comes from lib/platform/env.ts.
 *
 * A domain with background work registers its handlers here, before the worker starts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NEXT_PHASE === "phase-production-build") return;
    // Validates every setting before the first request: a misconfigured instance stops here, naming the variable.
    const { env } = await import("@/lib/platform/env");
    if (env().SATUPINTU_WORKER === "off") return;
    const [
      { startJobWorker },
      { registerNotificationJobs },
      { registerSlaJobs },
      { registerComplaintJobs },
      { registerDashboardJobs },
      { registerDocumentJobs },
      { registerRateLimitJobs },
      { registerIdentityJobs },
      { registerPaymentJobs },
    ] = await Promise.all([
      import("@/lib/platform/jobs"),
      import("@/lib/notifications/email"),
      import("@/lib/applications/sla-jobs"),
      import("@/lib/complaints/jobs"),
      import("@/lib/dashboard/jobs"),
      import("@/lib/documents/jobs"),
      import("@/lib/platform/rate-limit-jobs"),
      import("@/lib/identity/jobs"),
      import("@/lib/applications/payment-jobs"),
    ]);
    registerNotificationJobs();
    registerSlaJobs();
    registerComplaintJobs();
    registerDashboardJobs();
    registerDocumentJobs();
    registerRateLimitJobs();
    registerIdentityJobs();
    registerPaymentJobs();
    startJobWorker({ pollMs: env().JOB_POLL_MS, leaseMs: env().JOB_LEASE_SECONDS * 1000 });
  }
}
