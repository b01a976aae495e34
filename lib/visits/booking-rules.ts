/** Rescheduling and cancelling close `cutoffHours` before the slot begins (the counters plan the day from then on). */
export function changeDeadline(slotStartsAt: Date, cutoffHours: number): Date {
  return new Date(slotStartsAt.getTime() - cutoffHours * 3_600_000);
}

export function isBeforeChangeDeadline(slotStartsAt: Date, cutoffHours: number, now: Date): boolean {
  return now.getTime() < changeDeadline(slotStartsAt, cutoffHours).getTime();
}
