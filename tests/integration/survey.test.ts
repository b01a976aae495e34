import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { DASHBOARD_REFRESH_QUEUE } from "@/lib/dashboard/jobs";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { ownSurvey } from "@/lib/surveys/queries";
import { submitSurvey } from "@/lib/surveys/use-cases/submit-survey";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER, rejectionOf, type UserActor } from "@/tests/fixtures/applications";
import { applicationIn } from "@/tests/fixtures/back-office";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";

afterAll(removeUploadDir);

const ANSWERS = { u1: "4", u2: "3", u3: "2", u4: "4", u5: "3", u6: "4", u7: "4", u8: "3", u9: "3", comment: "Cepat, tetapi antrean verifikasi lama." };
const context = { ip: "203.0.113.9" };
const DAY = 86_400_000;

const refusal = (error: unknown) => (error instanceof AppError ? { code: error.code, messageKey: error.messageKey } : error);

let officer: UserActor;
let completed: Awaited<ReturnType<typeof applicationIn>>;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  completed = await applicationIn("COMPLETED", officer);
});

describe("the survey invitation", () => {
  it("comes with the completion: a notification linking to the survey, and its email", async () => {
    const invitation = await db.notification.findFirstOrThrow({
      where: { userId: completed.citizen.actor.id, messageKey: "notification.surveyInvitation" },
    });
    expect(invitation.link).toBe(`/permohonan/${completed.id}/survei`);
    expect(invitation.params).toMatchObject({ trackingNumber: completed.trackingNumber });
    expect(await db.job.count({ where: { queue: "email.send", payload: { path: ["notificationId"], equals: invitation.id } } })).toBe(1);
    expect(await ownSurvey(completed.citizen.actor, { applicationId: completed.id })).toMatchObject({ open: true, response: null });
  });
});

describe("answering the survey", () => {
  it("records nine scores and the comment against the application's agency and service, audited, and asks for a dashboard refresh", async () => {
    const now = new Date();
    const result = await submitSurvey(completed.citizen.actor, { applicationId: completed.id }, ANSWERS, { ...context, now });
    expect(result).toMatchObject({ created: true });
    expect(result.editableUntil.getTime() - result.submittedAt.getTime()).toBe(7 * DAY);
    const application = await db.application.findUniqueOrThrow({ where: { id: completed.id }, select: { agencyId: true, serviceId: true } });
    const row = await db.surveyResponse.findUniqueOrThrow({ where: { applicationId: completed.id } });
    expect(row).toMatchObject({
      respondentId: completed.citizen.actor.id,
      agencyId: application.agencyId,
      serviceId: application.serviceId,
      u1: 4,
      u2: 3,
      u3: 2,
      u4: 4,
      u5: 3,
      u6: 4,
      u7: 4,
      u8: 3,
      u9: 3,
      comment: ANSWERS.comment,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "SurveyResponse", entityId: row.id } });
    expect(audit).toMatchObject({ action: "survey.submitted", actorId: completed.citizen.actor.id, ip: context.ip });
    // The scores are not in the audit log: it records that a survey was given, not what it said.
    expect(JSON.stringify(audit.data)).not.toContain("Cepat");
    // One refresh per 15-second slot, due when the slot ends.
    const slotEnd = new Date(Math.floor(now.getTime() / 15_000) * 15_000 + 15_000);
    expect(await db.job.findUniqueOrThrow({ where: { dedupeKey: `${DASHBOARD_REFRESH_QUEUE}:soon:${slotEnd.toISOString()}` } })).toMatchObject({
      queue: DASHBOARD_REFRESH_QUEUE,
      runAt: slotEnd,
    });
    const state = await ownSurvey(completed.citizen.actor, { applicationId: completed.id }, new Date(now.getTime() + DAY));
    expect(state).toMatchObject({ open: true, response: { scores: [4, 3, 2, 4, 3, 4, 4, 3, 3], editable: true } });
  });

  it("can be changed within 7 days, keeping one response and its first date, and never after", async () => {
    const first = await db.surveyResponse.findUniqueOrThrow({ where: { applicationId: completed.id } });
    const sixDaysLater = new Date(first.submittedAt.getTime() + 6 * DAY);
    const changed = await submitSurvey(
      completed.citizen.actor,
      { applicationId: completed.id },
      { ...ANSWERS, u3: "1", comment: "" },
      { ...context, now: sixDaysLater },
    );
    expect(changed).toMatchObject({ id: first.id, created: false });
    const row = await db.surveyResponse.findUniqueOrThrow({ where: { applicationId: completed.id } });
    expect(row).toMatchObject({ u3: 1, comment: null, submittedAt: first.submittedAt });
    expect(await db.auditEvent.count({ where: { entityId: first.id, action: "survey.updated" } })).toBe(1);

    const sevenDaysLater = new Date(first.submittedAt.getTime() + 7 * DAY);
    const error = await rejectionOf(submitSurvey(completed.citizen.actor, { applicationId: completed.id }, ANSWERS, { ...context, now: sevenDaysLater }));
    expect(refusal(error)).toEqual({ code: "CONFLICT", messageKey: "survey.locked" });
    expect((await db.surveyResponse.findUniqueOrThrow({ where: { applicationId: completed.id } })).u3).toBe(1);
    expect(await ownSurvey(completed.citizen.actor, { applicationId: completed.id }, sevenDaysLater)).toMatchObject({ response: { editable: false } });
  });

  it("keeps one response when two first answers race", async () => {
    const application = await applicationIn("COMPLETED", officer);
    const results = await Promise.all([
      submitSurvey(application.citizen.actor, { applicationId: application.id }, ANSWERS, context),
      submitSurvey(application.citizen.actor, { applicationId: application.id }, { ...ANSWERS, u1: "1" }, context),
    ]);
    expect(results.map((result) => result.created).sort()).toEqual([false, true]);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await db.surveyResponse.count({ where: { applicationId: application.id } })).toBe(1);
  });

  it("names every unanswered or impossible score and writes nothing", async () => {
    const application = await applicationIn("COMPLETED", officer);
    const error = await rejectionOf(submitSurvey(application.citizen.actor, { applicationId: application.id }, { ...ANSWERS, u2: "", u9: "7" }, context));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ u2: ["survey.validation.score"], u9: ["survey.validation.score"] });
    expect(await db.surveyResponse.count({ where: { applicationId: application.id } })).toBe(0);
  });

  it("is not open before the application completes", async () => {
    const application = await applicationIn("APPROVED", officer);
    expect(refusal(await rejectionOf(submitSurvey(application.citizen.actor, { applicationId: application.id }, ANSWERS, context)))).toEqual({
      code: "CONFLICT",
      messageKey: "survey.notOpen",
    });
    expect(await ownSurvey(application.citizen.actor, { applicationId: application.id })).toEqual({ open: false });
  });

  it("is the applicant's alone: anyone else is told the application does not exist", async () => {
    const application = await applicationIn("COMPLETED", officer);
    const stranger = (await createCitizen()).actor;
    for (const actor of [stranger, officer]) {
      expect(refusal(await rejectionOf(submitSurvey(actor, { applicationId: application.id }, ANSWERS, context)))).toEqual({
        code: "NOT_FOUND",
        messageKey: "error.notFound",
      });
    }
    expect(refusal(await rejectionOf(submitSurvey(ANONYMOUS, { applicationId: application.id }, ANSWERS, context)))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(refusal(await rejectionOf(submitSurvey(stranger, { applicationId: "no-such-application" }, ANSWERS, context)))).toMatchObject({ code: "NOT_FOUND" });
    expect(await ownSurvey(stranger, { applicationId: application.id })).toEqual({ open: false });
    expect(await db.surveyResponse.count({ where: { applicationId: application.id } })).toBe(0);
  });
});
