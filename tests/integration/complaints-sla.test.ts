import { beforeAll, describe, expect, it } from "vitest";
import { registerComplaintJobs } from "@/lib/complaints/jobs";
import { COMPLAINT_SWEEP_EVERY_MS, COMPLAINT_SWEEP_QUEUE, sweepComplaints } from "@/lib/complaints/use-cases/sweep-complaints";
import { verifyAndRouteComplaint } from "@/lib/complaints/use-cases/route-complaint";
import { db } from "@/lib/platform/db";
import { runDueJobs, scheduleRecurring } from "@/lib/platform/jobs";
import { createCitizen, wib } from "@/tests/fixtures/applications";
import { complaintRow, complaintStaff, file, fileAnonymously, type ComplaintStaff } from "@/tests/fixtures/complaints";

let staff: ComplaintStaff;
beforeAll(async () => {
  staff = await complaintStaff();
});

const notified = async (messageKey: string, trackingCode: string) =>
  (await db.notification.findMany({ where: { messageKey, params: { path: ["trackingCode"], equals: trackingCode } }, select: { userId: true, link: true } }))
    .map((notification) => notification.userId)
    .sort();
const events = (complaintId: string, type: string) =>
  db.complaintEvent.findMany({ where: { complaintId, type }, select: { data: true, actorId: true, internal: true } });

// 2027 has no seeded holidays: plain Monday–Friday weeks.
describe("complaint SLA sweep", () => {
  it("records at-risk, then one breach of the verification time limit, escalated to the named agency's supervisors and told to the filer", async () => {
    const citizen = await createCitizen();
    // Monday 1 March 2027 09:00 WIB; three working days: Wednesday 3 March, 16:00.
    const receipt = await file(citizen.actor, { identityMode: "PUBLIC" }, { now: wib("2027-03-01T09:00") });
    expect((await complaintRow(receipt.id)).dueAt).toEqual(wib("2027-03-03T16:00"));

    await sweepComplaints({ now: wib("2027-03-02T10:00") });
    expect((await complaintRow(receipt.id)).atRiskRecordedAt).toBeNull();
    await sweepComplaints({ now: wib("2027-03-03T12:00") });
    expect((await complaintRow(receipt.id)).atRiskRecordedAt).toEqual(wib("2027-03-03T12:00"));

    const breachAt = wib("2027-03-04T10:00");
    await Promise.all([sweepComplaints({ now: breachAt }), sweepComplaints({ now: breachAt }), sweepComplaints({ now: breachAt })]);
    expect((await complaintRow(receipt.id)).breachRecordedAt).toEqual(breachAt);
    const breaches = await events(receipt.id, "slaBreached");
    expect(breaches).toEqual([{ data: { phase: "verify", dueAt: wib("2027-03-03T16:00").toISOString() }, actorId: null, internal: false }]);
    expect(await notified("notification.complaintSlaBreachedStaff", receipt.trackingCode)).toEqual(
      [staff.disdukcapilSupervisor.id, staff.supervisorAll.id].sort(),
    );
    expect(await notified("notification.complaintSlaBreachedFiler", receipt.trackingCode)).toEqual([citizen.actor.id]);
    await sweepComplaints({ now: wib("2027-03-10T10:00") });
    expect(await events(receipt.id, "slaBreached")).toHaveLength(1);
  });

  it("escalates an unrouted complaint that names no agency to those who oversee every agency", async () => {
    const receipt = await fileAnonymously({ serviceSlug: "" }, { now: wib("2027-03-08T08:00") });
    expect((await complaintRow(receipt.id)).dueAt).toEqual(wib("2027-03-10T16:00"));
    await sweepComplaints({ now: wib("2027-03-11T08:00") });
    expect(await notified("notification.complaintSlaBreachedStaff", receipt.trackingCode)).toEqual([staff.supervisorAll.id]);
  });

  it("starts a fresh follow-up clock at routing, which can breach once in its own right, escalated to the receiving agency", async () => {
    const receipt = await fileAnonymously({}, { now: wib("2027-04-05T09:00") });
    await sweepComplaints({ now: wib("2027-04-09T09:00") });
    expect(await events(receipt.id, "slaBreached")).toHaveLength(1);
    // Routed late on Friday 9 April: five working days, Friday 16 April, 16:00 (Dinsos, WIB).
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, { agencyCode: "DINSOS" }, { ip: null, now: wib("2027-04-09T10:00") });
    const routed = await complaintRow(receipt.id);
    expect(routed).toMatchObject({ status: "ROUTED", breachRecordedAt: null, atRiskRecordedAt: null, slaStartedAt: wib("2027-04-09T10:00") });
    expect(routed.dueAt).toEqual(wib("2027-04-15T16:00"));
    await sweepComplaints({ now: wib("2027-04-16T09:00") });
    const breaches = await events(receipt.id, "slaBreached");
    expect(breaches.map((event) => (event.data as { phase: string }).phase)).toEqual(["verify", "followUp"]);
    // Verification: Disdukcapil's supervisors (it named Disdukcapil). Follow-up: Dinsos has no supervisor
    // of its own, so only the one who oversees every agency.
    expect(await notified("notification.complaintSlaBreachedStaff", receipt.trackingCode)).toEqual(
      [staff.disdukcapilSupervisor.id, staff.supervisorAll.id, staff.supervisorAll.id].sort(),
    );
  });

  it("escalates a late whistleblowing report to the integrity unit, not to supervisors", async () => {
    const receipt = await fileAnonymously({ kind: "WHISTLEBLOWING", category: "corruption", serviceSlug: "" }, { now: wib("2027-05-03T09:00") });
    await sweepComplaints({ now: wib("2027-05-07T09:00") });
    expect(await notified("notification.complaintSlaBreachedStaff", receipt.trackingCode)).toEqual([staff.integrity.id]);
  });

  it("moves a deadline later when a holiday is added meanwhile, and never earlier when it is removed", async () => {
    const receipt = await fileAnonymously({}, { now: wib("2027-06-07T09:00") });
    expect((await complaintRow(receipt.id)).dueAt).toEqual(wib("2027-06-09T16:00"));
    const holiday = await db.holiday.create({
      data: { date: new Date("2027-06-08T00:00:00Z"), nameId: "Libur uji", nameEn: "Test holiday", kind: "NATIONAL" },
    });
    try {
      const summary = await sweepComplaints({ now: wib("2027-06-08T09:00") });
      expect(summary.extended).toBeGreaterThanOrEqual(1);
      expect((await complaintRow(receipt.id)).dueAt).toEqual(wib("2027-06-10T16:00"));
      await db.holiday.update({ where: { id: holiday.id }, data: { removedAt: wib("2027-06-08T10:00") } });
      await sweepComplaints({ now: wib("2027-06-08T11:00") });
      expect((await complaintRow(receipt.id)).dueAt).toEqual(wib("2027-06-10T16:00"));
    } finally {
      await db.holiday.delete({ where: { id: holiday.id } });
    }
  });

  it("runs as a recurring job", async () => {
    registerComplaintJobs();
    const now = new Date();
    await scheduleRecurring(COMPLAINT_SWEEP_QUEUE, COMPLAINT_SWEEP_EVERY_MS, { now });
    const summary = await runDueJobs({ workerId: "complaints-test", queues: [COMPLAINT_SWEEP_QUEUE], now: new Date(now.getTime() + COMPLAINT_SWEEP_EVERY_MS) });
    expect(summary).toMatchObject({ claimed: 1, done: 1 });
  });
});
