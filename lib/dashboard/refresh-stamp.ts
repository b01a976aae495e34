import "server-only";
import { db } from "@/lib/platform/db";

/**
 * When the dashboard's rollups were last refreshed: what the cached views are
 * keyed on (lib/dashboard/view-cache.ts). A refresh in this process (the
 * worker, the "update now" button) takes effect on the next request; one in
 * another process once this short bound has passed.
 */
export const STAMP_REUSE_MS = 2_000;

type Stamp = { refreshedAt: Date | null };
type State = { generation: number; reused: { readAt: number; generation: number; stamp: Promise<Stamp> } | null };

// On globalThis: Next.js bundles the worker (instrumentation) and the pages apart, each with its own copy of this module.
const STATE_KEY = Symbol.for("satupintu.dashboard.refreshStamp");
const state = ((globalThis as Record<symbol, unknown>)[STATE_KEY] ??= { generation: 0, reused: null } satisfies State) as State;

async function readStamp(): Promise<Stamp> {
  const row = await db.dashboardRefresh.findUnique({ where: { id: 1 }, select: { refreshedAt: true, mode: true } });
  return { refreshedAt: row && row.mode !== "none" ? row.refreshedAt : null };
}

/** The last refresh as this process knows it; null refreshedAt before the first one. */
export function dashboardStamp(now = Date.now()): Promise<Stamp> {
  const { reused } = state;
  if (reused && reused.generation === state.generation && now - reused.readAt < STAMP_REUSE_MS && now >= reused.readAt) return reused.stamp;
  const entry = { readAt: now, generation: state.generation, stamp: readStamp() };
  state.reused = entry;
  entry.stamp.catch(() => {
    if (state.reused === entry) state.reused = null;
  });
  return entry.stamp;
}

/** Called when a refresh has written new rollups: this process reads the stamp again on the next request. */
export function noteDashboardRefreshed(): void {
  state.generation++;
  state.reused = null;
}
