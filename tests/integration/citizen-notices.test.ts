import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOwnApplication } from "@/lib/applications/queries";
import { registerSlaJobs } from "@/lib/applications/sla-jobs";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { approveApplication, rejectApplication } from "@/lib/applications/use-cases/decide-application";
import { releaseApplication } from "@/lib/applications/use-cases/release-application";
import { requestCorrection } from "@/lib/applications/use-cases/request-correction";
import { resubmitApplication } from "@/lib/applications/use-cases/resubmit-application";
import { sweepSla } from "@/lib/applications/use-cases/sweep-sla";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import { emailJobHandler } from "@/lib/notifications/email";
import { EMAIL_QUEUE } from "@/lib/notifications/notify";
import { listNotifications } from "@/lib/notifications/queries";
import { notificationText } from "@/lib/notifications/render";
import { issueOutput } from "@/lib/outputs/use-cases/issue-output";
import { db } from "@/lib/platform/db";
import { registerJobHandler, runDueJobs } from "@/lib/platform/jobs";
import { HOLIDAYS_ADDED_QUEUE } from "@/lib/sla/holiday-events";
import { addHoliday } from "@/lib/sla/use-cases/add-holiday";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER, submittedApplication, wib, type UserActor } from "@/tests/fixtures/applications";
import { CORRECTION_NOTE, REJECTION } from "@/tests/fixtures/back-office";
import { createSubmittedApplication, loadSlaFixture, type SlaFixture } from "@/tests/fixtures/sla";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";

afterAll(removeUploadDir);

const PUBLIC_URL = "https://satupintu.example.go.id";
const context = { ip: null };
const ISO_MOMENT = /\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/;

let officer: UserActor;
let admin: UserActor;
let fixture: SlaFixture;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  fixture = await loadSlaFixture();
  registerSlaJobs();
});

/** The notifications of a user that were sent as email too, oldest first. */
async function emailedKeys(userId: string): Promise<string[]> {
  const notifications = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, messageKey: true },
  });
  const jobs = await db.job.findMany({
    where: { queue: EMAIL_QUEUE, dedupeKey: { in: notifications.map((n) => `${EMAIL_QUEUE}:notification:${n.id}`) } },
    select: { dedupeKey: true },
  });
  const emailed = new Set(jobs.map((job) => job.dedupeKey));
  return notifications.filter((n) => emailed.has(`${EMAIL_QUEUE}:notification:${n.id}`)).map((n) => n.messageKey);
}

async function drainEmails() {
  registerJobHandler(EMAIL_QUEUE, emailJobHandler({ from: "SatuPintu <no-reply@test>", publicUrl: PUBLIC_URL }));
  while ((await runDueJobs({ workerId: "citizen-notices", queues: [EMAIL_QUEUE], limit: 50 })).claimed > 0);
}

async function setLocale(userId: string, locale: "id" | "en") {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

describe("every status change the citizen sees is emailed", () => {
  it("claim, release, correction, resubmission, approval and issue each send an email", async () => {
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    await claimApplication(officer, id, context);
    await releaseApplication(officer, id, context);
    await claimApplication(officer, id, context);
    await requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, context);
    await resubmitApplication(citizen.actor, id, context);
    await approveApplication(officer, id, {}, context);
    await issueOutput(officer, id, context);

    const statusChanges = await db.applicationEvent.count({ where: { applicationId: id, internal: false, toStatus: { not: null }, type: { not: "created" } } });
    const emailed = (await emailedKeys(citizen.actor.id)).filter((key) => key !== "notification.surveyInvitation");
    expect(emailed).toEqual([
      "notification.applicationSubmitted",
      "notification.applicationInReview",
      "notification.applicationBackInQueue",
      "notification.applicationInReview",
      "notification.correctionRequested",
      "notification.correctionReceived",
      "notification.applicationApproved",
      "notification.outputIssued",
    ]);
    expect(emailed).toHaveLength(statusChanges);
  });

  it("a rejection and a withdrawal are emailed too, a withdrawn draft is not", async () => {
    const citizen = await createCitizen();
    const rejected = await submittedApplication(citizen);
    await claimApplication(officer, rejected.id, context);
    await rejectApplication(officer, rejected.id, REJECTION, context);
    const withdrawn = await submittedApplication(citizen);
    await withdrawApplication(citizen.actor, withdrawn.id, {}, context);
    // A second click withdraws nothing and sends nothing.
    await withdrawApplication(citizen.actor, withdrawn.id, {}, context);
    expect(await emailedKeys(citizen.actor.id)).toEqual([
      "notification.applicationSubmitted",
      "notification.applicationInReview",
      "notification.applicationRejected",
      "notification.applicationSubmitted",
      "notification.applicationWithdrawn",
    ]);
  });

  it("the in-review email reaches the outbox in the citizen's language", async () => {
    const citizen = await createCitizen();
    await setLocale(citizen.actor.id, "en");
    const { id, trackingNumber } = await submittedApplication(citizen);
    await claimApplication(officer, id, context);
    await drainEmails();
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: citizen.actor.email, subject: { contains: "being reviewed" } } });
    expect(mail.subject).toBe(`Application ${trackingNumber} is being reviewed`);
    expect(mail.text).toContain(`${PUBLIC_URL}/permohonan/${id}`);
  });
});

describe("dates in notices", () => {
  it("writes the submission's due date in each reader's language and the agency's zone, never as ISO", async () => {
    const english = await createCitizen();
    await setLocale(english.actor.id, "en");
    const indonesian = await createCitizen();
    // Submitted Monday 7 December 2026, 08:10 WIB: three working days end Wednesday 9 December, 16:00 WIB.
    await submittedApplication(english, { submittedAt: wib("2026-12-07T08:10") });
    await submittedApplication(indonesian, { submittedAt: wib("2026-12-07T08:10") });
    await drainEmails();

    const enMail = await db.emailOutbox.findFirstOrThrow({ where: { to: english.actor.email } });
    const idMail = await db.emailOutbox.findFirstOrThrow({ where: { to: indonesian.actor.email } });
    expect(enMail.text).toMatch(/Expected completion: 9 Dec 2026, 16:00 WIB\./);
    expect(idMail.text).toMatch(/Perkiraan selesai: 9 Des 2026, 16\.00 WIB\./);
    expect(enMail.text).not.toMatch(ISO_MOMENT);
    expect(idMail.text).not.toMatch(ISO_MOMENT);

    // The same notice in the app, read in either language.
    const [inApp] = (await listNotifications(english.actor.id, { locale: "en" })).items;
    expect(notificationText("en", inApp!)).not.toMatch(ISO_MOMENT);
  });
});

describe("a deadline moved by a new holiday", () => {
  // Year 2038 is used by no other test or seed, so this calendar starts empty.
  const addHolidayOn = (date: string) =>
    addHoliday(admin, { date, nameId: "Hari Uji Pemberitahuan", nameEn: "Notice Test Day", kind: "NATIONAL", regionCode: "" }, { ip: null });

  async function runningApplicationOf(locale: "id" | "en", submittedAt: Date) {
    const citizen = await createCitizen();
    await setLocale(citizen.actor.id, locale);
    const application = await createSubmittedApplication({ ...fixture, citizenId: citizen.actor.id }, { status: "IN_REVIEW", submittedAt });
    return { citizen, application };
  }

  it("writes a timeline entry and an emailed notice with the new date, in the same commit as the move", async () => {
    // Monday 5 April 2038, 09:00 WIB: three working days end Wednesday 7 April, 16:00.
    const { citizen, application } = await runningApplicationOf("en", wib("2038-04-05T09:00"));
    expect(application.dueAt).toEqual(wib("2038-04-07T16:00"));
    await addHolidayOn("2038-04-06");
    await runDueJobs({ workerId: "citizen-notices", queues: [HOLIDAYS_ADDED_QUEUE], limit: 100 });

    const moved = await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { dueAt: true } });
    expect(moved.dueAt).toEqual(wib("2038-04-08T16:00"));
    const entries = await db.applicationEvent.findMany({ where: { applicationId: application.id, type: "dueDateExtended" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ internal: false, actorId: null, data: { dueAt: wib("2038-04-08T16:00").toISOString() } });
    expect(await emailedKeys(citizen.actor.id)).toEqual(["notification.dueDateExtended"]);

    // The citizen's page shows the entry (the timeline reads its new date from it).
    const own = await getOwnApplication(citizen.actor, application.id);
    expect(own.events.map((event) => event.type)).toContain("dueDateExtended");

    await drainEmails();
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: citizen.actor.email } });
    expect(mail.subject).toBe(`The deadline of application ${application.trackingNumber} moved to 8 Apr 2038, 16:00 WIB`);
    expect(mail.text).toContain("8 Apr 2038, 16:00 WIB");

    // The sweep that follows finds nothing more to move, and tells no one again.
    await sweepSla({ now: wib("2038-04-07T08:00") });
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, type: "dueDateExtended" } })).toBe(1);
    expect(await emailedKeys(citizen.actor.id)).toHaveLength(1);
  });

  it("the sweep that moves a deadline itself tells the citizen too", async () => {
    // Monday 12 April 2038, 09:00: due Wednesday 14 April, 16:00; a holiday on Tuesday, the job not yet run.
    const { citizen, application } = await runningApplicationOf("id", wib("2038-04-12T09:00"));
    await addHolidayOn("2038-04-13");
    await sweepSla({ now: wib("2038-04-15T08:00") });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).dueAt).toEqual(wib("2038-04-15T16:00"));
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, type: "dueDateExtended" } })).toBe(1);
    const [notice] = (await listNotifications(citizen.actor.id, { locale: "id" })).items;
    expect(notificationText("id", notice!)).toBe(`Batas waktu permohonan ${application.trackingNumber} bergeser ke 15 Apr 2038, 16.00 WIB`);
  });
});
