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

type SurveyState = { open: false } | { open: true; timeZone: string; response: OwnSurvey | null };

/** The survey state of the citizen's own completed application: not open (yet), invited, or answered. */
export async function ownSurvey(actor: Actor, target: { applicationId: string }, now = new Date()): Promise<SurveyState> {
  const subject = await db.application
    .findUnique({ where: { id: target.applicationId }, select: { citizenId: true, status: true, agency: { select: { timezone: true } } } })
    .then((row) => row && { ownerId: row.citizenId, open: surveyOpenForApplication(row.status), timeZone: row.agency.timezone });
  if (!subject || !can(actor, "survey.respond", { ownerId: subject.ownerId }) || !subject.open) return { open: false };
  const row = await db.surveyResponse.findUnique({
    where: target,
    select: { id: true, u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true, comment: true, submittedAt: true },
  });
  if (!row) return { open: true, timeZone: subject.timeZone, response: null };
  return {
    open: true,
    timeZone: subject.timeZone,
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
