import "server-only";
import { notify } from "@/lib/notifications/notify";
import type { LocalizedText } from "@/lib/catalog/localized";
import type { Tx } from "@/lib/platform/db";
import { applicationSurveyPath } from "./rules";

export type SurveyInvitation =
  | { userId: string; applicationId: string; trackingNumber: string; serviceName: LocalizedText }
  /** `link`: the complaint page that shows the survey form (owned by the complaints module). */
  | { userId: string; complaintId: string; trackingCode: string; link: string };

/**
 * Invites the citizen to the satisfaction survey (DESIGN.md §6): an in-app
 * notification and an email, written in the caller's transaction, so the
 * invitation exists iff the completion (or the closing) committed.
 *
 * Issuing an output calls it with the application; the complaints module
 * calls it with the complaint when a complaint closes, then posts the answers
 * to submitSurvey(actor, { complaintId }, input, context).
 */
export async function inviteToSurvey(tx: Tx, invitation: SurveyInvitation): Promise<void> {
  if ("applicationId" in invitation) {
    await notify(tx, {
      userId: invitation.userId,
      messageKey: "notification.surveyInvitation",
      email: true,
      params: { trackingNumber: invitation.trackingNumber, serviceName: invitation.serviceName },
      link: applicationSurveyPath(invitation.applicationId),
    });
    return;
  }
  await notify(tx, {
    userId: invitation.userId,
    messageKey: "notification.complaintSurveyInvitation",
    email: true,
    params: { trackingCode: invitation.trackingCode },
    link: invitation.link,
  });
}
