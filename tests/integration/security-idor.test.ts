import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAgencyCaseView } from "@/lib/applications/case-view";
import { getOwnApplication } from "@/lib/applications/queries";
import { openDocument } from "@/lib/applications/use-cases/open-document";
import { ANONYMOUS } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getStaffComplaintView } from "@/lib/complaints/case-view";
import { getFilerComplaintView } from "@/lib/complaints/queries";
import { openComplaintAttachment } from "@/lib/complaints/use-cases/open-attachment";
import { listNotifications } from "@/lib/notifications/queries";
import { markNotificationsRead } from "@/lib/notifications/use-cases/mark-notifications-read";
import { openOutput } from "@/lib/outputs/use-cases/open-output";
import { db } from "@/lib/platform/db";
import { actorFor, createCitizen, DINSOS_OFFICER, DISDUKCAPIL_OFFICER, rejectionOf, type TestCitizen, type UserActor } from "@/tests/fixtures/applications";
import { agencyIdOf, applicationIn } from "@/tests/fixtures/back-office";
import { complaintStaff, file, signedInFiler, type ComplaintStaff } from "@/tests/fixtures/complaints";
import { PDF_BYTES } from "@/tests/fixtures/documents";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";

/**
 * Issue 9, proof: IDOR on every resource id, across citizens and across
 * agencies. Each resource is opened first by someone entitled to it (so a
 * refusal below cannot come from a broken fixture), then by everyone else.
 */

afterAll(removeUploadDir);

const ip = { ip: null };
const refused = async (promise: Promise<unknown>) =>
  expect((await rejectionOf(promise)) as { code?: string }).toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN|UNAUTHENTICATED)$/) });

let owner: TestCitizen;
let stranger: TestCitizen;
let officer: UserActor;
let otherAgencyOfficer: UserActor;
let staff: ComplaintStaff;
let applicationId: string;
let documentId: string;
let complaint: { id: string; code: string; attachmentId: string };

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  otherAgencyOfficer = await actorFor({ email: DINSOS_OFFICER });
  staff = await complaintStaff();
  owner = await createCitizen();
  stranger = await createCitizen();
  applicationId = (await applicationIn("COMPLETED", officer, owner)).id;
  documentId = (await db.document.findFirstOrThrow({ where: { applicationId }, select: { id: true } })).id;

  const receipt = await file(owner.actor, { identityMode: "CONFIDENTIAL" }, { files: [{ fileName: "bukti.pdf", bytes: PDF_BYTES }] });
  const attachment = await db.document.findFirstOrThrow({ where: { complaintId: receipt.id }, select: { id: true } });
  const row = await db.complaint.findUniqueOrThrow({ where: { id: receipt.id }, select: { trackingCode: true } });
  complaint = { id: receipt.id, code: row.trackingCode, attachmentId: attachment.id };
});

describe("IDOR: applications", () => {
  it("opens for its applicant and its agency only", async () => {
    expect((await getOwnApplication(owner.actor, applicationId)).id).toBe(applicationId);
    expect(await getAgencyCaseView(officer, applicationId)).toBeTruthy();

    await refused(getOwnApplication(stranger.actor, applicationId));
    await refused(getOwnApplication(ANONYMOUS, applicationId));
    await refused(getOwnApplication(officer, applicationId)); // staff use the agency view, audited
    await refused(getAgencyCaseView(otherAgencyOfficer, applicationId));
    await refused(getAgencyCaseView(owner.actor, applicationId));
    await refused(getAgencyCaseView(ANONYMOUS, applicationId));
  });

  it("an agency's live queue is not readable by another agency's officer or a citizen", async () => {
    const disdukcapil = await agencyIdOf("DISDUKCAPIL");
    expect(() => authorize(officer, "agency.read", { agencyId: disdukcapil })).not.toThrow();
    expect(() => authorize(otherAgencyOfficer, "agency.read", { agencyId: disdukcapil })).toThrow();
    expect(() => authorize(owner.actor, "agency.read", { agencyId: disdukcapil })).toThrow();
  });
});

describe("IDOR: uploaded documents", () => {
  it("open for the applicant and the handling agency; not for another citizen, another agency or a visitor", async () => {
    expect((await openDocument(owner.actor, documentId, ip)).fileName).toBeTruthy();
    expect((await openDocument(officer, documentId, ip)).fileName).toBeTruthy();

    await refused(openDocument(stranger.actor, documentId, ip));
    await refused(openDocument(otherAgencyOfficer, documentId, ip));
    await refused(openDocument(ANONYMOUS, documentId, ip));
  });

  it("a complaint's attachment id does not open through the application document route, nor the reverse", async () => {
    await refused(openDocument(owner.actor, complaint.attachmentId, ip));
    await refused(openComplaintAttachment(signedInFiler(owner.actor), documentId, ip));
  });
});

describe("IDOR: output PDFs", () => {
  it("download for the applicant and the agency only", async () => {
    expect((await openOutput(owner.actor, applicationId, ip)).mimeType).toBe("application/pdf");
    expect((await openOutput(officer, applicationId, ip)).mimeType).toBe("application/pdf");

    await refused(openOutput(stranger.actor, applicationId, ip));
    await refused(openOutput(otherAgencyOfficer, applicationId, ip));
    await refused(openOutput(ANONYMOUS, applicationId, ip));
  });
});

describe("IDOR: complaints", () => {
  it("the filer's view and attachments open for the filer only; the case for the handling staff only", async () => {
    expect((await getFilerComplaintView(signedInFiler(owner.actor), complaint.code)).id).toBe(complaint.id);
    expect((await openComplaintAttachment(signedInFiler(owner.actor), complaint.attachmentId, ip)).fileName).toBe("bukti.pdf");
    expect(await getStaffComplaintView(staff.supervisorAll, complaint.id, "complaints")).toBeTruthy();

    await refused(getFilerComplaintView(signedInFiler(stranger.actor), complaint.code));
    await refused(getFilerComplaintView({ actor: ANONYMOUS }, complaint.code));
    await refused(openComplaintAttachment(signedInFiler(stranger.actor), complaint.attachmentId, ip));
    await refused(openComplaintAttachment({ actor: ANONYMOUS }, complaint.attachmentId, ip));
    await refused(openComplaintAttachment({ actor: otherAgencyOfficer }, complaint.attachmentId, ip));
    await refused(getStaffComplaintView(otherAgencyOfficer, complaint.id, "complaints"));
    await refused(getStaffComplaintView(stranger.actor, complaint.id, "complaints"));
  });
});

describe("IDOR: notifications", () => {
  it("another person's notification is neither listed nor markable, and stays unread", async () => {
    const notification = await db.notification.create({
      data: { userId: owner.actor.id, messageKey: "notification.applicationSubmitted", params: {} },
    });
    await refused(markNotificationsRead(stranger.actor, [notification.id]));
    await refused(markNotificationsRead(officer, [notification.id]));
    await refused(markNotificationsRead(ANONYMOUS, [notification.id]));
    const strangersView = await listNotifications(stranger.actor.id);
    expect(JSON.stringify(strangersView)).not.toContain(notification.id);
    expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeNull();

    expect(await markNotificationsRead(owner.actor, [notification.id])).toEqual({ updated: 1 });
  });
});
