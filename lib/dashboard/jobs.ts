import "server-only";
import type { Tx } from "@/lib/platform/db";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { registerJobHandler, registerRecurringJob, requestJobSoon } from "@/lib/platform/jobs";
import { refreshDashboard } from "./refresh";
import { publishAuditAnchor } from "./use-cases/publish-audit-anchor";

/** Brings the dashboard up to date (incremental); recurring, and asked for after changes that show on it. */
export const DASHBOARD_REFRESH_QUEUE = "dashboard.refresh";
/** Rebuilds every rollup from scratch once a day (catches holiday changes and back-dated imports). */
export const DASHBOARD_REBUILD_QUEUE = "dashboard.rebuild";
const REBUILD_EVERY_MS = 24 * 3_600_000;
/** Publishes a signed anchor over every audit chain's head (lib/dashboard/audit-anchors.ts). */
export const AUDIT_ANCHOR_QUEUE = "audit.anchor";
/** A rebuild this soon after another one (e.g. at start-up) is skipped. */
const REBUILD_MIN_GAP_MS = 20 * 3_600_000;

export function registerDashboardJobs(): void {
  registerJobHandler(
    DASHBOARD_REFRESH_QUEUE,
    async () => {
      await refreshDashboard();
    },
    { maxAttempts: 3 },
  );
  registerJobHandler(
    DASHBOARD_REBUILD_QUEUE,
    async () => {
      const state = await db.dashboardRefresh.findUnique({ where: { id: 1 }, select: { lastFullAt: true } });
      if (state?.lastFullAt && Date.now() - state.lastFullAt.getTime() < REBUILD_MIN_GAP_MS) return;
      await refreshDashboard({ full: true });
    },
    { maxAttempts: 3 },
  );
  registerJobHandler(AUDIT_ANCHOR_QUEUE, async () => void (await publishAuditAnchor()), { maxAttempts: 3 });
  registerRecurringJob(DASHBOARD_REFRESH_QUEUE, env().DASHBOARD_REFRESH_MINUTES * 60_000);
  registerRecurringJob(AUDIT_ANCHOR_QUEUE, env().AUDIT_ANCHOR_EVERY_HOURS * 3_600_000);
  registerRecurringJob(DASHBOARD_REBUILD_QUEUE, REBUILD_EVERY_MS);
}

/** Asks for a refresh shortly after the caller's transaction commits (see requestJobSoon). */
export async function requestDashboardRefresh(tx: Tx, now = new Date()): Promise<void> {
  await requestJobSoon(tx, DASHBOARD_REFRESH_QUEUE, now);
}
