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
    // Pages that read from replicas read the primary for a moment after their browser wrote (lib/platform/replicas.ts).
    (await import("@/lib/auth/read-your-writes")).registerReadYourWrites();
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
      { registerRetentionJobs },
      { registerOutputJobs },
      { registerWalletJobs },
      { registerVisitJobs },
      { registerPaymentJobs },
      { registerBillJobs },
    ] = await Promise.all([
      import("@/lib/platform/jobs"),
      import("@/lib/notifications/email"),
      import("@/lib/applications/sla-jobs"),
      import("@/lib/complaints/jobs"),
      import("@/lib/dashboard/jobs"),
      import("@/lib/documents/jobs"),
      import("@/lib/platform/rate-limit-jobs"),
      import("@/lib/identity/jobs"),
      import("@/lib/platform/retention-jobs"),
      import("@/lib/outputs/jobs"),
      import("@/lib/wallet/jobs"),
      import("@/lib/visits/jobs"),
      import("@/lib/applications/payment-jobs"),
      import("@/lib/payments/jobs"),
    ]);
    registerNotificationJobs();
    registerSlaJobs();
    registerComplaintJobs();
    registerDashboardJobs();
    registerDocumentJobs();
    registerRateLimitJobs();
    registerIdentityJobs();
    registerRetentionJobs();
    registerOutputJobs();
    registerWalletJobs();
    registerVisitJobs();
    registerPaymentJobs();
    registerBillJobs();
    startJobWorker({ pollMs: env().JOB_POLL_MS, leaseMs: env().JOB_LEASE_SECONDS * 1000 });
  }
}

/**
 * Next.js reports here every error it caught while rendering a page, running
 * a server action or a route handler: written to the same JSON log as the
 * rest, with the request id and without the query or any personal data
 * (lib/platform/log.ts).
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routerKind: string; routePath: string; routeType: string; renderSource?: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/platform/log");
  logRequestError(error, request, context);
}
