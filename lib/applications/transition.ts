import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/platform/db";
import { applyGuardedTransition, timelineWriter, type GuardedWorkflow, type TransitionSubject as Subject } from "@/lib/platform/guarded-transition";
import { nextStatus, type ApplicationEventName } from "./workflow";

/** The timeline entry each workflow event writes (ApplicationEvent.type). */
export const EVENT_TYPE: Record<ApplicationEventName, string> = {
  submit: "submitted",
  submitForPayment: "submittedAwaitingPayment",
  withdraw: "withdrawn",
  claim: "claimed",
  release: "released",
  requestCorrection: "correctionRequested",
  resubmit: "resubmitted",
  approve: "approved",
  approveForPayment: "approvedAwaitingPayment",
  paidAtSubmission: "paymentReceived",
  paidAfterVerification: "paymentReceived",
  reject: "rejected",
  issue: "issued",
};

export type TransitionSubject = Subject<ApplicationStatus>;

export type TransitionRequest = {
  application: TransitionSubject;
  event: ApplicationEventName;
  actor: { id: string; role: Role };
  note?: string | null;
  data?: Prisma.InputJsonObject;
  /** Other columns the same change sets (timestamps, SLA fields, answers). */
  changes?: Prisma.ApplicationUncheckedUpdateManyInput;
  now: Date;
  ip?: string | null;
};

const APPLICATION_WORKFLOW: GuardedWorkflow<ApplicationStatus, ApplicationEventName, Prisma.ApplicationUncheckedUpdateManyInput> = {
  nextStatus,
  eventType: EVENT_TYPE,
  entityType: "Application",
  auditPrefix: "application",
  messages: { notAllowedNow: "application.notAllowedNow", changedMeanwhile: "application.changedMeanwhile" },
  updateWhereUnchanged: (tx, where, data) => tx.application.updateMany({ where, data }),
  writeTimelineEntry: timelineWriter({ table: "ApplicationEvent", subjectColumn: "applicationId", statusType: "ApplicationStatus" }),
};

/** Moves an application along its workflow in the caller's transaction (lib/platform/guarded-transition.ts). */
export function applyTransition(tx: Tx, { application, ...request }: TransitionRequest) {
  return applyGuardedTransition(APPLICATION_WORKFLOW, tx, { subject: application, ...request });
}
