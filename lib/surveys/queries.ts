import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { SURVEY_ELEMENTS } from "./ikm";
import { isSurveyEditable, surveyEditableUntil, surveyOpenForApplication, surveyOpenForComplaint } from "./rules";

export type OwnSurvey = {
  id: string;
  scores: number[];
  comment: string | null;
  submittedAt: Date;
  editableUntil: Date;
  editable: boolean;
};

type SurveyState = { open: false } | { open: true; timeZone: string; response: OwnSurvey | null };

/** The survey state of the citizen's own completed application or closed complaint: not open (yet), invited, or answered. */
export async function ownSurvey(
  actor: Actor,
  target: { applicationId: string } | { complaintId: string },
  now = new Date(),
): Promise<SurveyState> {
  const subject =
    "applicationId" in target
      ? await db.application
          .findUnique({ where: { id: target.applicationId }, select: { citizenId: true, status: true, agency: { select: { timezone: true } } } })
          .then((row) => row && { ownerId: row.citizenId, open: surveyOpenForApplication(row.status), timeZone: row.agency.timezone })
      : await db.complaint
          .findUnique({ where: { id: target.complaintId }, select: { filerId: true, status: true, agency: { select: { timezone: true } } } })
          .then((row) => row && { ownerId: row.filerId, open: surveyOpenForComplaint(row.status) && !!row.agency, timeZone: row.agency?.timezone ?? "Asia/Jakarta" });
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
