import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { requestJobSoon } from "@/lib/platform/jobs";
import { parseOrThrow } from "@/lib/platform/validation";
import { SURVEY_ELEMENTS } from "../ikm";
import { isSurveyEditable, surveyEditableUntil, surveyOpenForApplication } from "../rules";
import { surveyInputSchema, type SurveyInput } from "../schemas";

/**
 * What a survey is about: a completed application. The SKM's nine elements
 * rate a service delivered; a complaint's filer rates its handling once, on
 * the complaint (lib/complaints/use-cases/rate-handling.ts).
 */
export type SurveyTarget = { applicationId: string };

/** The dashboard's refresh queue (lib/dashboard/jobs.ts), asked for by name: the dashboard reads surveys, not the other way round. */
const DASHBOARD_REFRESH_QUEUE = "dashboard.refresh";

export type SubmittedSurvey = { id: string; created: boolean; submittedAt: Date; editableUntil: Date };

type Subject = { respondentId: string; actorRole: Role; agencyId: string; serviceId: string | null; where: { applicationId: string } };

/**
 * Who may answer, and about which agency and service: the applicant once the
 * application completed. Anyone else is told "not found", as for the record itself.
 */
async function loadSubject(actor: Actor, target: SurveyTarget): Promise<Subject> {
  const row = await db.application.findUnique({
    where: { id: target.applicationId },
    select: { id: true, citizenId: true, status: true, agencyId: true, serviceId: true },
  });
  const actorRole = authorize(actor, "survey.respond", { ownerId: row?.citizenId ?? null });
  if (!row) throw notFound();
  if (!surveyOpenForApplication(row.status)) throw new AppError("CONFLICT", "survey.notOpen");
  return { respondentId: row.citizenId, actorRole, agencyId: row.agencyId, serviceId: row.serviceId, where: { applicationId: row.id } };
}

const scoreColumns = (input: SurveyInput) =>
  Object.fromEntries(SURVEY_ELEMENTS.map((element, index) => [element, input.scores[index]!])) as Record<(typeof SURVEY_ELEMENTS)[number], number>;

async function updateWithinWindow(tx: Tx, subject: Subject, input: SurveyInput, now: Date) {
  const existing = await tx.surveyResponse.findUnique({ where: subject.where, select: { id: true, submittedAt: true, respondentId: true } });
  if (!existing || existing.respondentId !== subject.respondentId) throw notFound();
  if (!isSurveyEditable(existing.submittedAt, now)) throw new AppError("CONFLICT", "survey.locked");
  await tx.surveyResponse.update({ where: { id: existing.id }, data: { ...scoreColumns(input), comment: input.comment, updatedAt: now } });
  return existing;
}

/**
 * Records the satisfaction survey (SKM, DESIGN.md §6) of a completed
 * application: nine scores 1–4 and an optional comment.
 *
 * One response per application. Answering again within 7 days
 * of the first answer changes it; after that it is final. The response keeps
 * who gave it, so that only they can change it, but nothing published ever
 * names them: the dashboard reads totals only.
 *
 * The response, its audit entry and a request to refresh the dashboard commit
 * together. Two submissions racing for the first answer both succeed: the
 * second becomes an edit of the first.
 */
export async function submitSurvey(actor: Actor, target: SurveyTarget, input: unknown, context: { ip: string | null; now?: Date }): Promise<SubmittedSurvey> {
  const subject = await loadSubject(actor, target);
  const parsed = parseOrThrow(surveyInputSchema, input);
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.surveyResponse.createMany({
      data: [
        {
          ...subject.where,
          respondentId: subject.respondentId,
          agencyId: subject.agencyId,
          serviceId: subject.serviceId,
          ...scoreColumns(parsed),
          comment: parsed.comment,
          submittedAt: now,
          updatedAt: now,
        },
      ],
      skipDuplicates: true,
    });
    const created = count === 1;
    const response = created
      ? await tx.surveyResponse.findUniqueOrThrow({ where: subject.where, select: { id: true, submittedAt: true } })
      : await updateWithinWindow(tx, subject, parsed, now);
    await recordAudit(tx, {
      agencyId: subject.agencyId,
      actorId: subject.respondentId,
      actorRole: subject.actorRole,
      action: created ? "survey.submitted" : "survey.updated",
      entityType: "SurveyResponse",
      entityId: response.id,
      ip: context.ip,
      data: { ...subject.where },
    });
    await requestJobSoon(tx, DASHBOARD_REFRESH_QUEUE, now);
    return { id: response.id, created, submittedAt: response.submittedAt, editableUntil: surveyEditableUntil(response.submittedAt) };
  });
}
