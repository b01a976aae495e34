import { officeDayMs, type WorkCalendar } from "@/lib/sla/calendar";
import { plainPrimitives, requireTime } from "@/lib/sla/clock";

export type SlaStatus = "ON_TRACK" | "AT_RISK" | "BREACHED" | "MET" | "MISSED";
export const SLA_STATUSES = ["ON_TRACK", "AT_RISK", "BREACHED", "MET", "MISSED"] as const satisfies readonly SlaStatus[];
/** The statuses of a clock still running (MET and MISSED are a finished case's). */
export const RUNNING_SLA_STATUSES = ["ON_TRACK", "AT_RISK", "BREACHED"] as const satisfies readonly SlaStatus[];

export type SlaStatusInput = {
  /** Submission or clock start: both give the same working time up to the due moment. */
  startedAt: Date;
  dueAt: Date;
  now: Date;
  /** Set while the item waits on the citizen: the clock reads as it did at this instant. */
  pausedSince?: Date | null;
  finishedAt?: Date | null;
};

export type RemainingInput = { dueAt: Date; now: Date; pausedSince?: Date | null };

/** Working time between two epoch-ms instants; the plain and the fast evaluator each supply one. */
export type WorkingMsBetween = (fromMs: number, toMs: number) => number;

/** The instant the clock reads: `now`, or the start of a pause that is still open. */
function clockReadingMs(input: RemainingInput): number {
  const nowMs = requireTime(input.now, "now");
  if (!input.pausedSince) return nowMs;
  return Math.min(nowMs, requireTime(input.pausedSince, "pausedSince"));
}

/**
 * AT_RISK is strict on both thresholds: exactly 25% or exactly one office day
 * left is still ON_TRACK; the due moment itself is AT_RISK, 1 ms later BREACHED.
 */
export function slaStatusWith(workingMsBetween: WorkingMsBetween, dayMs: number, input: SlaStatusInput): SlaStatus {
  const dueMs = requireTime(input.dueAt, "dueAt");
  if (input.finishedAt) return requireTime(input.finishedAt, "finishedAt") <= dueMs ? "MET" : "MISSED";
  const readingMs = clockReadingMs(input);
  if (readingMs > dueMs) return "BREACHED";
  const remaining = workingMsBetween(readingMs, dueMs);
  const allowance = workingMsBetween(requireTime(input.startedAt, "startedAt"), dueMs);
  // remaining * 4 < allowance is "under 25%" without a rounding step.
  if (remaining * 4 < allowance || remaining < dayMs) return "AT_RISK";
  return "ON_TRACK";
}

export function remainingWorkingDaysWith(workingMsBetween: WorkingMsBetween, dayMs: number, input: RemainingInput): number {
  return workingMsBetween(clockReadingMs(input), requireTime(input.dueAt, "dueAt")) / dayMs;
}

export function slaStatus(calendar: WorkCalendar, input: SlaStatusInput): SlaStatus {
  return slaStatusWith(plainPrimitives(calendar).workingMsBetween, officeDayMs(calendar), input);
}

/** Working days left, with the fraction (working ms left / office-day length); 0 once breached. */
export function remainingWorkingDays(calendar: WorkCalendar, input: RemainingInput): number {
  return remainingWorkingDaysWith(plainPrimitives(calendar).workingMsBetween, officeDayMs(calendar), input);
}

/**
 * Whole working days left for "3 working days left": a started day counts as
 * a day, so only the due moment itself or a breach reads 0.
 */
export function roundUpWorkingDays(fractionalDays: number): number {
  return Math.max(0, Math.ceil(fractionalDays));
}

export function remainingWholeWorkingDays(calendar: WorkCalendar, input: RemainingInput): number {
  return roundUpWorkingDays(remainingWorkingDays(calendar, input));
}
