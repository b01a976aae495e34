import "server-only";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { publish } from "@/lib/platform/realtime";
import { forgetQueueCounts } from "./queue-counts";

/** Topics of the live channels (DESIGN.md §10). */
export const applicationTopic = (applicationId: string) => `application:${applicationId}`;
export const agencyTopic = (agencyId: string) => `agency:${agencyId}`;

/**
 * Tells open pages that an application changed. Called after commit: a
 * rolled-back change must never reach a screen. Payloads carry ids only;
 * listeners re-read what they may see.
 */
export async function announceApplicationChange(change: { applicationId: string; agencyId: string; status: ApplicationStatus; eventId: string }) {
  forgetQueueCounts(change.agencyId);
  const payload = { applicationId: change.applicationId, status: change.status, eventId: change.eventId };
  await publish([applicationTopic(change.applicationId), agencyTopic(change.agencyId)], payload);
}
