import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { SURVEY_ELEMENTS } from "./ikm";
import { isSurveyEditable, surveyEditableUntil, surveyOpenForApplication } from "./rules";

export type OwnSurvey = {
  id: string;
  scores: number[];
  comment: string | null;
  submittedAt: Date;
  editableUntil: Date;
  editable: boolean;
};

/** The survey state of the citizen's own application: not open yet (null), invited, or answered. */
export async function ownApplicationSurvey(
  actor: Actor,
  applicationId: string,
  now = new Date(),
): Promise<{ open: false } | { open: true; timeZone: string; response: OwnSurvey | null }> {
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: { citizenId: true, status: true, agency: { select: { timezone: true } } },
  });
  if (!application || !can(actor, "survey.respond", { ownerId: application.citizenId })) return { open: false };
  if (!surveyOpenForApplication(application.status)) return { open: false };
  const row = await db.surveyResponse.findUnique({
    where: { applicationId },
    select: { id: true, u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true, comment: true, submittedAt: true },
  });
  const timeZone = application.agency.timezone;
  if (!row) return { open: true, timeZone, response: null };
  return {
    open: true,
    timeZone,
    response: {
      id: row.id,
      scores: SURVEY_ELEMENTS.map((element) => row[element]),
      comment: row.comment,
      submittedAt: row.submittedAt,
      editableUntil: surveyEditableUntil(row.submittedAt),
      editable: isSurveyEditable(row.submittedAt, now),
    },
  };
}
