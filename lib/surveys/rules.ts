import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { isCompleted } from "@/lib/applications/workflow";

/**
 * When a survey may be given and changed (DESIGN.md §6). One response per
 * completed application; the respondent may change it for 7 days,
 * after which it is final.
 */
export const SURVEY_EDIT_DAYS = 7;
const DAY_MS = 86_400_000;

export function surveyEditableUntil(submittedAt: Date): Date {
  return new Date(submittedAt.getTime() + SURVEY_EDIT_DAYS * DAY_MS);
}

export function isSurveyEditable(submittedAt: Date, now: Date): boolean {
  return now.getTime() < surveyEditableUntil(submittedAt).getTime();
}

/** An application is surveyed once it has completed (its output issued): the "after" of "rate the service". */
export function surveyOpenForApplication(status: ApplicationStatus): boolean {
  return isCompleted(status);
}

/** Where the citizen answers the survey of an application. */
export const applicationSurveyPath = (applicationId: string) => `/permohonan/${applicationId}/survei`;
