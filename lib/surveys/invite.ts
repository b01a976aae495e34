import "server-only";
import { notify } from "@/lib/notifications/notify";
import type { LocalizedText } from "@/lib/platform/i18n/localized";
import type { Tx } from "@/lib/platform/db";
import { applicationSurveyPath } from "./rules";

export type SurveyInvitation = { userId: string; applicationId: string; trackingNumber: string; serviceName: LocalizedText };

/**
 * Invites the citizen to the satisfaction survey (DESIGN.md §6): an in-app
 * notification and an email, written in the caller's transaction, so the
 * invitation exists iff the completion committed. Issuing an output calls it.
 * Complaints are never invited: their filer rates the handling once, on the
 * complaint itself.
 */
export async function inviteToSurvey(tx: Tx, invitation: SurveyInvitation): Promise<void> {
  await notify(tx, {
    userId: invitation.userId,
    messageKey: "notification.surveyInvitation",
    email: true,
    params: { trackingNumber: invitation.trackingNumber, serviceName: invitation.serviceName },
    link: applicationSurveyPath(invitation.applicationId),
  });
}
