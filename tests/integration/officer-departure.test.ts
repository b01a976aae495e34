import "../fixtures/upload-dir";
import { describe, expect, it } from "vitest";
import { reassignApplication } from "@/lib/applications/use-cases/reassign-application";
import { claimComplaint } from "@/lib/complaints/use-cases/claim-complaint";
import { verifyAndRouteComplaint } from "@/lib/complaints/use-cases/route-complaint";
import { issueOutput } from "@/lib/outputs/use-cases/issue-output";
import { db } from "@/lib/platform/db";
import { setStaffActive } from "@/lib/staff/use-cases/set-staff-active";
import { actorFor, rejectionOf } from "../fixtures/applications";
import { applicationIn, caseSnapshot, createOfficer } from "../fixtures/back-office";
import { fileAnonymously } from "../fixtures/complaints";

const ip = { ip: null };
const supervisor = () => actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });
const admin = () => actorFor({ email: "admin@harapanjaya.go.id" });

describe("reassignment is for cases an officer still holds", () => {
  it("refuses to reassign a completed application and leaves it as it was", async () => {
    const officer = await createOfficer("DISDUKCAPIL");
    const colleague = await createOfficer("DISDUKCAPIL");
    const application = await applicationIn("COMPLETED", officer);
    const before = await caseSnapshot(application.id);

    expect(await rejectionOf(reassignApplication(await supervisor(), application.id, { officerId: colleague.id }, ip))).toMatchObject({
      code: "CONFLICT",
      messageKey: "application.notAllowedNow",
    });
    expect(await caseSnapshot(application.id)).toEqual(before);
  });

  it("refuses a rejected application too, but moves one waiting for the citizen's correction", async () => {
    const officer = await createOfficer("DISDUKCAPIL");
    const colleague = await createOfficer("DISDUKCAPIL");
    const rejected = await applicationIn("REJECTED", officer);
    expect(await rejectionOf(reassignApplication(await supervisor(), rejected.id, { officerId: colleague.id }, ip))).toMatchObject({ code: "CONFLICT" });

    const waiting = await applicationIn("NEEDS_CORRECTION", officer);
    await reassignApplication(await supervisor(), waiting.id, { officerId: colleague.id }, ip);
    expect((await db.application.findUniqueOrThrow({ where: { id: waiting.id } })).assignedOfficerId).toBe(colleague.id);
  });
});

describe("deactivating an officer", () => {
  it("returns the cases they hold to the agency's queue, with a timeline entry and an audit event, in the deactivation's transaction", async () => {
    const leaving = await createOfficer("DISDUKCAPIL");
    const inReview = await applicationIn("IN_REVIEW", leaving);
    const waitingOnCitizen = await applicationIn("NEEDS_CORRECTION", leaving);
    const finished = await applicationIn("COMPLETED", leaving);
    const complaint = await fileAnonymously();
    await verifyAndRouteComplaint(leaving, complaint.id, { agencyCode: "DISDUKCAPIL" }, ip);
    await claimComplaint(leaving, complaint.id, {}, ip);

    await setStaffActive(await admin(), { userId: leaving.id, active: false }, ip);

    // Under review: back in the queue, for any colleague to claim.
    const reviewed = await db.application.findUniqueOrThrow({ where: { id: inReview.id } });
    expect(reviewed).toMatchObject({ status: "SUBMITTED", assignedOfficerId: null });
    const released = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: inReview.id, type: "released" } });
    expect(released).toMatchObject({ fromStatus: "IN_REVIEW", toStatus: "SUBMITTED", actorRole: "ADMIN" });

    // Waiting on the citizen: keeps its status, loses its officer, for a supervisor to reassign.
    const waiting = await db.application.findUniqueOrThrow({ where: { id: waitingOnCitizen.id } });
    expect(waiting).toMatchObject({ status: "NEEDS_CORRECTION", assignedOfficerId: null });
    expect(await db.applicationEvent.count({ where: { applicationId: waitingOnCitizen.id, type: "unassigned", internal: true } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: waitingOnCitizen.id, action: "application.unassigned" } })).toBe(1);

    // A finished case keeps the officer who finished it.
    expect((await db.application.findUniqueOrThrow({ where: { id: finished.id } })).assignedOfficerId).toBe(leaving.id);

    // The complaint being followed up is back in the agency's queue.
    const returned = await db.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect(returned).toMatchObject({ status: "ROUTED", assignedOfficerId: null });
    expect(await db.complaintEvent.count({ where: { complaintId: complaint.id, type: "released" } })).toBe(1);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: leaving.id, action: "staff.deactivated" } });
    expect(audit.data).toMatchObject({ applicationsReturned: 2, complaintsReturned: 1 });
  });

  it("leaves an approved case awaiting its output with no holder, so nobody issues it until a supervisor reassigns it", async () => {
    const leaving = await createOfficer("DISDUKCAPIL");
    const colleague = await createOfficer("DISDUKCAPIL");
    const approved = await applicationIn("APPROVED", leaving);

    await setStaffActive(await admin(), { userId: leaving.id, active: false }, ip);
    expect(await caseSnapshot(approved.id)).toMatchObject({ status: "APPROVED", assignedOfficerId: null });
    // Issuing is the holder's (workflow requiresHolder): a colleague cannot pick it up on their own.
    expect(await rejectionOf(issueOutput(colleague, approved.id, ip))).toMatchObject({ code: "CONFLICT", messageKey: "backOffice.notYourCase" });

    await reassignApplication(await supervisor(), approved.id, { officerId: colleague.id }, ip);
    await issueOutput(colleague, approved.id, ip);
    expect(await caseSnapshot(approved.id)).toMatchObject({ status: "COMPLETED", assignedOfficerId: colleague.id, outputs: 1 });
  });
});
