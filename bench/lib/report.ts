/** One line of the report: a measured value beside its floor (when it has one) and its target. */
export type Comparison = {
  label: string;
  value: number;
  unit: string;
  /** The same work done by the simplest thing that can do it (static nginx, pgbench), in the same run. */
  floor?: number;
  /** value / floor. */
  ratio?: number;
  /** In words, e.g. "≥ 3% of floor and p99 < 100 ms". */
  target: string;
  pass: boolean;
  detail?: string;
};

export function ratioOf(value: number, floor: number): number {
  return floor > 0 ? Number((value / floor).toFixed(4)) : 0;
}

export const percentText = (ratio: number) => `${(ratio * 100).toFixed(ratio < 0.1 ? 2 : 1)}%`;
