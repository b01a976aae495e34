import { toCsv } from "@/lib/dashboard/csv";

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
export function statisticsCsv(rows: readonly ComplaintStatisticsRow[]): string {
  return toCsv(STATISTICS_COLUMNS, rows.map((row) => STATISTICS_COLUMNS.map((column) => row[column] ?? null)));
}
