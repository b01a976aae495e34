import { publishCount, publishDerived, type PublishedCount } from "@/lib/platform/suppression";
import { toCsv } from "./csv";

/** One agency's complaint figures: counts and working days, never names or text. */
export type ComplaintStatisticsRow = {
  agencyCode: string | null;
  agencyNameId: string | null;
  agencyNameEn: string | null;
  received: number;
  routed: number;
  responded: number;
  closed: number;
  rejected: number;
  open: number;
  /** Open with a running clock past its due moment, now. */
  overdue: number;
  /** Responses given within the follow-up time limit, of those responded. */
  respondedOnTime: number;
  /** Working days from routing to the first response. */
  medianResponseDays: number | null;
  p90ResponseDays: number | null;
  ratings: number;
  averageRating: number | null;
};

type CountColumn = "received" | "routed" | "responded" | "closed" | "rejected" | "open" | "overdue" | "respondedOnTime" | "ratings";

/** A row as the public sees it: small counts "<5", figures derived from fewer than 5 records hidden (lib/platform/suppression.ts). */
export type PublishedComplaintStatisticsRow = Omit<ComplaintStatisticsRow, CountColumn> & Record<CountColumn, PublishedCount>;

/**
 * The public face of a row, for the statistics page and its open data alike:
 * the same suppression as the transparency dashboard, so no public page
 * shows a figure another one hides. Response times rest on the complaints
 * answered, the average rating on the ratings given.
 */
export function publishStatisticsRow(row: ComplaintStatisticsRow): PublishedComplaintStatisticsRow {
  const count = (value: number) => publishCount(value, true);
  return {
    ...row,
    received: count(row.received),
    routed: count(row.routed),
    responded: count(row.responded),
    closed: count(row.closed),
    rejected: count(row.rejected),
    open: count(row.open),
    overdue: count(row.overdue),
    respondedOnTime: count(row.respondedOnTime),
    ratings: count(row.ratings),
    medianResponseDays: publishDerived(row.medianResponseDays, row.responded, true),
    p90ResponseDays: publishDerived(row.p90ResponseDays, row.responded, true),
    averageRating: publishDerived(row.averageRating, row.ratings, true),
  };
}

/** The q-quantile of sorted values by linear interpolation, to one decimal; null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const value = sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
  return Math.round(value * 10) / 10;
}

export const STATISTICS_COLUMNS = [
  "agencyCode",
  "agencyNameId",
  "agencyNameEn",
  "received",
  "routed",
  "responded",
  "respondedOnTime",
  "closed",
  "rejected",
  "open",
  "overdue",
  "medianResponseDays",
  "p90ResponseDays",
  "ratings",
  "averageRating",
] as const satisfies readonly (keyof ComplaintStatisticsRow)[];

/** One row per agency, through the portal's one CSV writer (formula-looking names neutralised). */
export function statisticsCsv(rows: readonly PublishedComplaintStatisticsRow[]): string {
  return toCsv(
    STATISTICS_COLUMNS,
    rows.map((row) => STATISTICS_COLUMNS.map((column) => row[column] ?? null)),
  );
}
