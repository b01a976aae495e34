/**
 * What every complaint use case reads to decide who may act and to record it;
 * the staff's case (staff-case.ts) and the filer's (filer-case.ts) add their own.
 */
export const caseCoreSelect = {
  id: true,
  trackingCode: true,
  kind: true,
  identityMode: true,
  status: true,
  version: true,
  filerId: true,
  agencyId: true,
  assignedOfficerId: true,
} as const;
