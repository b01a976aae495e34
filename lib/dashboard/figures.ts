import { computeIkm, scoreText, type IkmGrade } from "@/lib/surveys/ikm";
import { publishCount, publishDerived, type PublishedCount } from "@/lib/platform/suppression";
import { bucketDays } from "./histogram";
import { AGE_BUCKETS, BACKLOG_STATUSES, type BacklogStatus } from "./outcomes";
import type { BacklogCell, DurationStats, FlowTotals } from "./queries";

/** One unit's (or the whole selection's) published figures: exact for supervisors, small counts suppressed for the public. */
export type Figures = {
  received: PublishedCount;
  completed: PublishedCount;
  completedOnTime: PublishedCount;
  rejected: PublishedCount;
  withdrawn: PublishedCount;
  breaches: PublishedCount;
  /** Completed within the time limit ÷ completed, in percent, one decimal. */
  slaCompliancePct: number | null;
  processingMedianDays: number | null;
  processingP90Days: number | null;
  openNow: PublishedCount;
  breachedNow: PublishedCount;
  complaintsReceived: PublishedCount;
  complaintsAnswered: PublishedCount;
  complaintsOverdue: PublishedCount;
  complaintMedianResponseDays: number | null;
  respondents: PublishedCount;
  /** The IKM unit score (25–100), two decimals. */
  ikmScore: number | null;
  ikmGrade: IkmGrade | null;
  /** At least the configured minimum number of respondents. */
  ikmSampleSufficient: boolean;
  /** NRR per element u1…u9, two decimals. */
  nrr: (number | null)[];
};

export type RawFigures = {
  flow: FlowTotals;
  processing: DurationStats;
  response: DurationStats;
  openNow: number;
  breachedNow: number;
  complaintsOpen: { open: number; overdue: number };
};

/** Half up to `decimals` places from an exact ratio of integers. */
function ratio(numerator: number, denominator: number, scale: number): number {
  return Math.floor((numerator * scale * 2 + denominator) / (denominator * 2)) / scale;
}

export function publishFigures(raw: RawFigures, suppress: boolean, minRespondents: number): Figures {
  const { flow } = raw;
  const count = (value: number) => publishCount(value, suppress);
  const ikm = computeIkm({ respondents: flow.surveys, sums: flow.sums });
  const respondents = flow.surveys;
  return {
    received: count(flow.received),
    completed: count(flow.completed),
    completedOnTime: count(flow.completedOnTime),
    rejected: count(flow.rejected),
    withdrawn: count(flow.withdrawn),
    breaches: count(flow.breaches),
    slaCompliancePct: publishDerived(flow.completed ? ratio(flow.completedOnTime * 100, flow.completed, 10) : null, flow.completed, suppress),
    processingMedianDays: publishDerived(raw.processing.medianBucket === null ? null : bucketDays(raw.processing.medianBucket), raw.processing.count, suppress),
    processingP90Days: publishDerived(raw.processing.p90Bucket === null ? null : bucketDays(raw.processing.p90Bucket), raw.processing.count, suppress),
    openNow: count(raw.openNow),
    breachedNow: count(raw.breachedNow),
    complaintsReceived: count(flow.complaintsReceived),
    complaintsAnswered: count(flow.complaintsAnswered),
    complaintsOverdue: count(raw.complaintsOpen.overdue),
    complaintMedianResponseDays: publishDerived(
      raw.response.medianBucket === null ? null : bucketDays(raw.response.medianBucket),
      raw.response.count,
      suppress,
    ),
    respondents: count(respondents),
    ikmScore: publishDerived(ikm ? Number(scoreText(ikm.scoreHundredths)) : null, respondents, suppress),
    ikmGrade: publishDerived(ikm?.grade ?? null, respondents, suppress),
    ikmSampleSufficient: respondents >= minRespondents,
    nrr: flow.sums.map((sum) => publishDerived(respondents ? ratio(sum, respondents, 100) : null, respondents, suppress)),
  };
}

export type BacklogView = {
  /** counts[status][ageBucket] */
  counts: Record<BacklogStatus, PublishedCount[]>;
  totals: Record<BacklogStatus, PublishedCount>;
  byAge: PublishedCount[];
  total: PublishedCount;
};

/** Open and breached applications per group key. */
export function backlogByKey(cells: readonly BacklogCell[]) {
  const open = new Map<string, number>();
  const breached = new Map<string, number>();
  for (const cell of cells) {
    open.set(cell.key, (open.get(cell.key) ?? 0) + cell.count);
    if (cell.slaStatus === "BREACHED") breached.set(cell.key, (breached.get(cell.key) ?? 0) + cell.count);
  }
  return { open, breached };
}

export function backlogView(cells: readonly BacklogCell[], suppress: boolean): BacklogView {
  const counts = Object.fromEntries(BACKLOG_STATUSES.map((status) => [status, AGE_BUCKETS.map(() => 0)])) as Record<BacklogStatus, number[]>;
  for (const cell of cells) counts[cell.slaStatus][cell.ageBucket]! += cell.count;
  const publish = (value: number) => publishCount(value, suppress);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    counts: Object.fromEntries(BACKLOG_STATUSES.map((status) => [status, counts[status].map(publish)])) as Record<BacklogStatus, PublishedCount[]>,
    totals: Object.fromEntries(BACKLOG_STATUSES.map((status) => [status, publish(sum(counts[status]))])) as Record<BacklogStatus, PublishedCount>,
    byAge: AGE_BUCKETS.map((_, age) => publish(sum(BACKLOG_STATUSES.map((status) => counts[status][age]!)))),
    total: publish(sum(BACKLOG_STATUSES.map((status) => sum(counts[status])))),
  };
}
