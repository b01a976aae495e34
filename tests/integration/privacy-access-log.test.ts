import { beforeAll, describe, expect, it } from "vitest";
import { getAgencyCaseView } from "@/lib/applications/case-view";
import { openDocument } from "@/lib/applications/use-cases/open-document";
import { revealApplicantNik } from "@/lib/applications/use-cases/reveal-applicant-nik";
import { ANONYMOUS } from "@/lib/auth/actor";
import { getStaffComplaintView } from "@/lib/complaints/case-view";
import { db } from "@/lib/platform/db";
import { listStaffAccessToMyData } from "@/lib/privacy/queries";
import { createCitizen, DINSOS_OFFICER, DISDUKCAPIL_OFFICER, actorFor, type UserActor } from "@/tests/fixtures/applications";
import { applicationIn } from "@/tests/fixtures/back-office";
import { complaintRow, file, fileAnonymously } from "@/tests/fixtures/complaints";

const context = { ip: "203.0.113.90" };
let officer: UserActor;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
});

const documentOf = async (applicationId: string) => (await db.document.findFirstOrThrow({ where: { applicationId, kind: "UPLOAD" }, select: { id: true } })).id;

describe("who viewed my data", () => {
  it("lists each staff access to the citizen's data by role and agency, newest first, without the officer's name", async () => {
    const citizen = await createCitizen();
    const { id, trackingNumber } = await applicationIn("SUBMITTED", officer, citizen);
    // The citizen's own reads are not staff accesses.
    await openDocument(citizen.actor, await documentOf(id), context);
    expect(await listStaffAccessToMyData(citizen.actor)).toEqual([]);

    await getAgencyCaseView(officer, id, context);
    await revealApplicantNik(officer, id, context);
    await openDocument(officer, await documentOf(id), context);

    const log = await listStaffAccessToMyData(citizen.actor);
    expect(log.map((entry) => entry.action)).toEqual(["document.viewed", "pii.nikRevealed", "application.caseViewed"]);
    for (const entry of log) {
      expect(entry).toMatchObject({ actorRole: "OFFICER", subject: trackingNumber, agency: { nameId: expect.stringContaining("Kependudukan") } });
      expect(JSON.stringify(entry)).not.toContain(officer.name);
    }
  });

  it("lists a complaint's case page opened by staff; an anonymous complaint has nobody to tell", async () => {
    const citizen = await createCitizen();
    const receipt = await file(citizen.actor, { identityMode: "CONFIDENTIAL" });
    await getStaffComplaintView(officer, receipt.id, "complaints", new Date(), context);
    await getStaffComplaintView(officer, receipt.id, "complaints", new Date(), context);
    const { trackingCode } = await complaintRow(receipt.id);
    expect(await listStaffAccessToMyData(citizen.actor)).toEqual([
      expect.objectContaining({ action: "complaint.caseViewed", actorRole: "OFFICER", subject: trackingCode }),
    ]);

    const anonymous = await fileAnonymously();
    await getStaffComplaintView(officer, anonymous.id, "complaints", new Date(), context);
    expect(await db.auditEvent.count({ where: { action: "complaint.caseViewed", entityId: anonymous.id } })).toBe(0);
  });

  it("records a case page view once per officer within the window, however often it is reloaded", async () => {
    const citizen = await createCitizen();
    const { id } = await applicationIn("SUBMITTED", officer, citizen);
    await Promise.all([getAgencyCaseView(officer, id, context), getAgencyCaseView(officer, id, context)]);
    await getAgencyCaseView(officer, id, context);
    expect(await db.auditEvent.count({ where: { action: "application.caseViewed", entityId: id } })).toBe(1);
  });

  it("shows one citizen nothing about another's data, and nothing to anonymous callers", async () => {
    const [first, second] = await Promise.all([createCitizen(), createCitizen()]);
    const { id } = await applicationIn("SUBMITTED", officer, first);
    await revealApplicantNik(officer, id, context);
    expect(await listStaffAccessToMyData(second.actor)).toEqual([]);
    await expect(listStaffAccessToMyData(ANONYMOUS)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("records nothing when another agency's officer is refused", async () => {
    const citizen = await createCitizen();
    const { id } = await applicationIn("SUBMITTED", officer, citizen);
    const outsider = await actorFor({ email: DINSOS_OFFICER });
    await expect(getAgencyCaseView(outsider, id, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listStaffAccessToMyData(citizen.actor)).toEqual([]);
  });
});
