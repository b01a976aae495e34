import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/platform/db";
import { applyGuardedTransition, timelineWriter, type GuardedWorkflow, type TransitionActor, type TransitionSubject } from "@/lib/platform/guarded-transition";
import { COMPLAINT_EVENT_TYPE, nextComplaintStatus, type ComplaintEventName } from "./workflow";

export type ComplaintSubject = TransitionSubject<ComplaintStatus>;

/** Who acts: a user in a role, or nobody (the system; an anonymous filer, whose identity is never recorded). */
export type ComplaintActor = TransitionActor;

export type ComplaintTransition = {
  complaint: ComplaintSubject;
  event: ComplaintEventName;
  actor: ComplaintActor;
  note?: string | null;
  data?: Prisma.InputJsonObject;
  changes?: Prisma.ComplaintUncheckedUpdateManyInput;
  now: Date;
  ip?: string | null;
};

const COMPLAINT_WORKFLOW: GuardedWorkflow<ComplaintStatus, ComplaintEventName, Prisma.ComplaintUncheckedUpdateManyInput> = {
  nextStatus: nextComplaintStatus,
  eventType: COMPLAINT_EVENT_TYPE,
  entityType: "Complaint",
  auditPrefix: "complaint",
  messages: { notAllowedNow: "complaint.notAllowedNow", changedMeanwhile: "complaint.changedMeanwhile" },
  updateWhereUnchanged: (tx, where, data) => tx.complaint.updateMany({ where, data }),
  writeTimelineEntry: timelineWriter({ table: "ComplaintEvent", subjectColumn: "complaintId", statusType: "ComplaintStatus" }),
};

/** Moves a complaint along its workflow in the caller's transaction (lib/platform/guarded-transition.ts). */
export function applyComplaintTransition(tx: Tx, { complaint, ...request }: ComplaintTransition) {
  return applyGuardedTransition(COMPLAINT_WORKFLOW, tx, { subject: complaint, ...request });
}
