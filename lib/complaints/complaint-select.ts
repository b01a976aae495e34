import type { Prisma } from "@/lib/generated/prisma/client";

/** What every page of one complaint reads, whoever reads it (staff, the public, the filer); each adds its own. */
export const complaintFactsSelect = {
  id: true,
  trackingCode: true,
  kind: true,
  identityMode: true,
  category: true,
  title: true,
  body: true,
  status: true,
  createdAt: true,
  filerId: true,
  response: true,
  respondedAt: true,
  supportCount: true,
  locationText: true,
  latitude: true,
  longitude: true,
} as const satisfies Prisma.ComplaintSelect;

/** What every list of complaints shows in a row (the public list, the queues). */
export const complaintRowSelect = {
  trackingCode: true,
  kind: true,
  category: true,
  title: true,
  status: true,
  createdAt: true,
  supportCount: true,
} as const satisfies Prisma.ComplaintSelect;

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
} as const satisfies Prisma.ComplaintSelect;
