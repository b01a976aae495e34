import { beforeAll, describe, expect, it } from "vitest";
import { registerSlaJobs } from "@/lib/applications/sla-jobs";
import { SLA_SWEEP_EVERY_MS, SLA_SWEEP_QUEUE, sweepSla } from "@/lib/applications/use-cases/sweep-sla";
import { db } from "@/lib/platform/db";
import { runDueJobs, scheduleRecurring } from "@/lib/platform/jobs";
import { wib } from "@/tests/fixtures/applications";
import { createSubmittedApplication, loadSlaFixture, type SlaFixture } from "@/tests/fixtures/sla";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let fixture: SlaFixture;

beforeAll(async () => {
  fixture = await loadSlaFixture();
});

const createApplication = (options: Parameters<typeof createSubmittedApplication>[1]) => createSubmittedApplication(fixture, options);

const eventsOf = (applicationId: string, type: string) =>
  db.applicationEvent.findMany({ where: { applicationId, type }, select: { internal: true, actorId: true, actorRole: true, createdAt: true } });

const notificationsFor = (messageKey: string, trackingNumber: string) =>
  db.notification.findMany({
    where: { messageKey, params: { path: ["trackingNumber"], equals: trackingNumber } },
    select: { id: true, userId: true, link: true, params: true },
    orderBy: { userId: "asc" },
  });

const emailJobsFor = (notificationId: string) =>
  db.job.count({ where: { queue: "email.send", payload: { path: ["notificationId"], equals: notificationId } } });

describe("SLA sweep: breaches", () => {
  it("records a breach once, with one escalation per supervisor and one apology to the citizen, when two sweeps race", async () => {
    // Monday 1 March 2027, 09:00 WIB: due Wednesday 3 March at 16:00.
    const overdue = await createApplication({ status: "IN_REVIEW", submittedAt: wib("2027-03-01T09:00"), assignedOfficerId: fixture.officerId });
    expect(overdue.dueAt).toEqual(wib("2027-03-03T16:00"));
    const now = wib("2027-03-05T10:00");

    // One sweep reads one row per batch, the other the default: their batches interleave differently.
    const [first, second] = await Promise.all([sweepSla({ now, batchSize: 1 }), sweepSla({ now })]);
    expect(first.complete && second.complete).toBe(true);

    const row = await db.application.findUniqueOrThrow({ where: { id: overdue.id } });
    expect(row.breachRecordedAt).toEqual(now);
    expect(row.status).toBe("IN_REVIEW");
    expect(row.dueAt).toEqual(overdue.dueAt);
    // Straight from on track to breached: an at-risk record would only be noise now.
    expect(row.atRiskRecordedAt).toBeNull();

    const breaches = await eventsOf(overdue.id, "slaBreached");
    expect(breaches).toEqual([{ internal: false, actorId: null, actorRole: null, createdAt: now }]);

    const escalations = await notificationsFor("notification.slaBreachedSupervisor", overdue.trackingNumber);
    expect(escalations.map((n) => n.userId)).toEqual(fixture.supervisorIds);
    expect(escalations.every((n) => n.link === `/petugas/permohonan/${overdue.id}`)).toBe(true);

    const apologies = await notificationsFor("notification.slaBreachedCitizen", overdue.trackingNumber);
    expect(apologies).toHaveLength(1);
    expect(apologies[0]).toMatchObject({
      userId: fixture.citizenId,
      link: `/pengaduan/baru?permohonan=${overdue.trackingNumber}`,
      // The due moment and its zone: each reader gets it in their own language (lib/notifications/render.ts).
      params: { trackingNumber: overdue.trackingNumber, dueDate: { moment: new Date("2027-03-03T16:00:00+07:00").toISOString(), timeZone: "Asia/Jakarta" } },
    });
    expect(await emailJobsFor(apologies[0]!.id)).toBe(1);
    // Escalations stay in the back office: no email for them.
    expect(await emailJobsFor(escalations[0]!.id)).toBe(0);

    // A later sweep finds the breach already recorded and adds nothing.
    const later = await sweepSla({ now: new Date(now.getTime() + 2 * DAY) });
    expect(later.complete).toBe(true);
    expect(await eventsOf(overdue.id, "slaBreached")).toHaveLength(1);
    expect(await notificationsFor("notification.slaBreachedSupervisor", overdue.trackingNumber)).toHaveLength(2);
    expect(await notificationsFor("notification.slaBreachedCitizen", overdue.trackingNumber)).toHaveLength(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: overdue.id } })).breachRecordedAt).toEqual(now);
  });

  it("breaches an unclaimed (SUBMITTED) and an APPROVED application alike", async () => {
    const unclaimed = await createApplication({ status: "SUBMITTED", submittedAt: wib("2027-04-05T09:00") });
    const approved = await createApplication({ status: "APPROVED", submittedAt: wib("2027-04-05T09:30") });
    await sweepSla({ now: wib("2027-04-12T09:00") });
    for (const application of [unclaimed, approved]) {
      expect(await eventsOf(application.id, "slaBreached")).toHaveLength(1);
      expect(await notificationsFor("notification.slaBreachedCitizen", application.trackingNumber)).toHaveLength(1);
    }
  });

  it("leaves a paused (NEEDS_CORRECTION) overdue application and a finished one alone", async () => {
    const submittedAt = wib("2027-05-03T09:00");
    const paused = await createApplication({ status: "NEEDS_CORRECTION", submittedAt, pauseStartedAt: wib("2027-05-04T10:00") });
    const finished = await createApplication({ status: "COMPLETED", submittedAt, completedAt: wib("2027-05-04T11:00") });
    const rejected = await createApplication({ status: "REJECTED", submittedAt });
    // Weeks past every due moment.
    await sweepSla({ now: wib("2027-06-01T10:00") });
    for (const application of [paused, finished, rejected]) {
      const row = await db.application.findUniqueOrThrow({ where: { id: application.id } });
      expect(row.breachRecordedAt).toBeNull();
      expect(row.atRiskRecordedAt).toBeNull();
      expect(await db.applicationEvent.count({ where: { applicationId: application.id } })).toBe(0);
      expect(await db.notification.count({ where: { params: { path: ["trackingNumber"], equals: application.trackingNumber } } })).toBe(0);
    }
  });
});

describe("SLA sweep: at risk", () => {
  it("records at-risk once and tells the assigned officer in the app, then the breach once it is overdue", async () => {
    // Monday 7 June 2027 09:00: due Wednesday 9 June 16:00.
    const atRisk = await createApplication({ status: "IN_REVIEW", submittedAt: wib("2027-06-07T09:00"), assignedOfficerId: fixture.officerId });
    expect(atRisk.dueAt).toEqual(wib("2027-06-09T16:00"));
    // Six office hours left: under one working day.
    const now = wib("2027-06-09T10:00");

    await Promise.all([sweepSla({ now }), sweepSla({ now })]);
    const row = await db.application.findUniqueOrThrow({ where: { id: atRisk.id } });
    expect(row.atRiskRecordedAt).toEqual(now);
    expect(row.breachRecordedAt).toBeNull();
    expect(await eventsOf(atRisk.id, "slaAtRisk")).toEqual([{ internal: false, actorId: null, actorRole: null, createdAt: now }]);
    const warnings = await notificationsFor("notification.slaAtRisk", atRisk.trackingNumber);
    expect(warnings.map((n) => n.userId)).toEqual([fixture.officerId]);
    expect(warnings[0]!.link).toBe(`/petugas/permohonan/${atRisk.id}`);
    expect(await emailJobsFor(warnings[0]!.id)).toBe(0);
    // Nobody else hears about an at-risk item.
    expect(await notificationsFor("notification.slaBreachedCitizen", atRisk.trackingNumber)).toHaveLength(0);

    await sweepSla({ now: new Date(now.getTime() + HOUR) });
    expect(await eventsOf(atRisk.id, "slaAtRisk")).toHaveLength(1);
    expect(await notificationsFor("notification.slaAtRisk", atRisk.trackingNumber)).toHaveLength(1);

    // Thursday morning: the due moment has passed.
    const overdueAt = wib("2027-06-10T08:00");
    await sweepSla({ now: overdueAt });
    const breached = await db.application.findUniqueOrThrow({ where: { id: atRisk.id } });
    expect(breached.breachRecordedAt).toEqual(overdueAt);
    expect(breached.atRiskRecordedAt).toEqual(now);
    expect(await eventsOf(atRisk.id, "slaBreached")).toHaveLength(1);
    expect(await eventsOf(atRisk.id, "slaAtRisk")).toHaveLength(1);
  });

  it("records nothing for an application on track", async () => {
    const onTrack = await createApplication({ status: "IN_REVIEW", submittedAt: wib("2027-07-05T09:00"), assignedOfficerId: fixture.officerId });
    // Day 1 of 3, an hour in.
    await sweepSla({ now: wib("2027-07-05T10:00") });
    const row = await db.application.findUniqueOrThrow({ where: { id: onTrack.id } });
    expect(row.atRiskRecordedAt).toBeNull();
    expect(row.breachRecordedAt).toBeNull();
    expect(await db.applicationEvent.count({ where: { applicationId: onTrack.id } })).toBe(0);
  });
});

describe("SLA sweep as a recurring job", () => {
  it("runs from the job queue: two workers, one slot, one breach", async () => {
    registerSlaJobs();
    // Overdue by the real clock, which is what the job's sweep reads.
    const now = new Date();
    const overdue = await createApplication({ status: "IN_REVIEW", submittedAt: new Date(now.getTime() - 30 * DAY) });
    // Two instances scheduling the same slot create one job.
    await Promise.all([scheduleRecurring(SLA_SWEEP_QUEUE, SLA_SWEEP_EVERY_MS, { now }), scheduleRecurring(SLA_SWEEP_QUEUE, SLA_SWEEP_EVERY_MS, { now })]);
    const runs = await Promise.all([
      runDueJobs({ workerId: "sweeper-a", queues: [SLA_SWEEP_QUEUE], now }),
      runDueJobs({ workerId: "sweeper-b", queues: [SLA_SWEEP_QUEUE], now }),
    ]);
    expect(runs.reduce((sum, run) => sum + run.done, 0)).toBe(1);
    expect(runs.reduce((sum, run) => sum + run.failed + run.retried, 0)).toBe(0);
    expect(await eventsOf(overdue.id, "slaBreached")).toHaveLength(1);
    expect(await notificationsFor("notification.slaBreachedCitizen", overdue.trackingNumber)).toHaveLength(1);
  });
});
