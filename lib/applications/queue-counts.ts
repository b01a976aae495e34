import "server-only";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { replicaDb } from "@/lib/platform/db";
import { recentValues } from "@/lib/platform/recent-values";
import { requestPinnedToPrimary } from "@/lib/platform/replicas";
import { APPLICATION_OPEN_STATUSES, APPLICATION_SUBMITTED_STATUSES } from "./workflow";

/**
 * Counting stops here: an agency's finished cases run to hundreds of thousands,
 * and counting them all on every queue view cost more than the rest of the
 * page (issue 10: p95 < 50 ms at 1,000,000 applications). Above it the page
 * shows "1000+"; exact figures are on the dashboard.
 */
export const COUNT_CAP = 1_000;

/** A count as the queue shows it: "1000+" once past the cap. */
export function cappedCount(count: number): string {
  return count > COUNT_CAP ? `${COUNT_CAP}+` : String(count);
}

/**
 * How long a queue view may reuse the status counts another view of the same
 * agency read (issue 23). Counting up to COUNT_CAP rows per status is the
 * database's largest share of a queue view (about 8 ms for a busy agency,
 * more than the page's rows), and every officer of the agency asks the same.
 * Every application change drops its agency's counts in the process that made
 * it, after commit (announceApplicationChange), and a browser pinned to the
 * primary after a write (with replicas) counts afresh; another web process
 * shows a change made elsewhere within this bound.
 */
export const RECENT_COUNTS_MS = 5_000;
const recentCounts = recentValues<Partial<Record<ApplicationStatus, number>>>("queue-status-counts", RECENT_COUNTS_MS);

export async function recentStatusCounts(agencyId: string): Promise<Partial<Record<ApplicationStatus, number>>> {
  if (await requestPinnedToPrimary()) recentCounts.forget(agencyId);
  return recentCounts.get(agencyId, () => countStatuses(agencyId));
}

/** After an application of this agency changed (committed): this process's next queue view counts again. */
export function forgetQueueCounts(agencyId: string): void {
  recentCounts.forget(agencyId);
}

/**
 * How many cases a queue view without a service or SLA filter lists, from the
 * status counts the view shows anyway: the pager then agrees with the chips,
 * and the database counts nothing more (issue 23). Null when a filter narrows
 * the list or a status reached the cap (the sum would then be a lower bound).
 */
export function matchingFromStatusCounts(
  counts: Partial<Record<ApplicationStatus, number>>,
  filters: { status?: ApplicationStatus; layanan?: string; sla?: string },
): number | null {
  if (filters.layanan || filters.sla) return null;
  const statuses = filters.status ? [filters.status] : APPLICATION_OPEN_STATUSES;
  const each = statuses.map((status) => counts[status] ?? 0);
  return each.some((count) => count > COUNT_CAP) ? null : each.reduce((sum, count) => sum + count, 0);
}

/**
 * Per status, the agency's applications, each counted up to COUNT_CAP + 1 through the (agencyId, status, …) index, in one statement.
 * Counts tolerate seconds of lag: a replica when one is fit, the primary for a browser that just wrote.
 */
async function countStatuses(agencyId: string): Promise<Partial<Record<ApplicationStatus, number>>> {
  const rows = await replicaDb.$queryRaw<{ status: ApplicationStatus; n: number }[]>`
    SELECT s.status::text AS "status",
      (SELECT count(*) FROM (SELECT 1 FROM "Application" a WHERE a."agencyId" = ${agencyId} AND a."status" = s.status LIMIT ${COUNT_CAP + 1}) capped)::int AS "n"
    FROM unnest(${APPLICATION_SUBMITTED_STATUSES}::text[]::"ApplicationStatus"[]) AS s(status)`;
  return Object.fromEntries(rows.filter((row) => row.n > 0).map((row) => [row.status, row.n]));
}
