/**
 * What one DashboardDaily row counts for a day, agency and service: the refresh
 * (lib/dashboard/refresh.ts) adds to it and the queries (lib/dashboard/queries.ts)
 * sum it. `sums` are the nine survey elements' score totals, in order.
 */
export type FlowCounts = {
  received: number;
  completed: number;
  completedOnTime: number;
  rejected: number;
  withdrawn: number;
  breaches: number;
  surveys: number;
  sums: number[];
  complaintsReceived: number;
  complaintsAnswered: number;
};

export function emptyFlowCounts(): FlowCounts {
  return {
    received: 0,
    completed: 0,
    completedOnTime: 0,
    rejected: 0,
    withdrawn: 0,
    breaches: 0,
    surveys: 0,
    sums: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    complaintsReceived: 0,
    complaintsAnswered: 0,
  };
}
