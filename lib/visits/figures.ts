import { publishCount, publishDerived, type PublishedCount } from "@/lib/platform/suppression";

/** The raw counts behind one location's figures for one service. */
export type RawVisitFigures = {
  tickets: number;
  /** Tickets called (the base of the waiting time). */
  called: number;
  /** Tickets served (the base of the service time). */
  served: number;
  medianWait: number | null;
  medianService: number | null;
  /** Bookings finished (served, absent when called, or never came). */
  finished: number;
  /** Of those, absent when called or never came. */
  absent: number;
};

export type PublishedVisitFigures = {
  tickets: PublishedCount;
  medianWaitMinutes: number | null;
  medianServiceMinutes: number | null;
  noShowPercent: number | null;
};

/**
 * The visit figures as published (DESIGN.md §8's small-number rule, lib/platform/suppression.ts):
 * the number of tickets 1–4 shows as "<5"; the waiting time from fewer than 5
 * called tickets, the service time from fewer than 5 served ones and the
 * no-show rate from fewer than 5 finished bookings are not shown (null).
 * Minutes are whole; the rate is a percentage with one decimal.
 */
export function publishVisitFigures(raw: RawVisitFigures, suppress: boolean): PublishedVisitFigures {
  const round = (value: number | null) => (value === null ? null : Math.round(Number(value)));
  return {
    tickets: publishCount(raw.tickets, suppress),
    medianWaitMinutes: publishDerived(round(raw.medianWait), raw.called, suppress),
    medianServiceMinutes: publishDerived(round(raw.medianService), raw.served, suppress),
    noShowPercent: publishDerived(raw.finished > 0 ? Math.round((raw.absent / raw.finished) * 1000) / 10 : null, raw.finished, suppress),
  };
}
