import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAgencyCaseView } from "@/lib/applications/case-view";
import { getOwnApplication } from "@/lib/applications/queries";
import { agencyQueue, queueAgencies, queueFilterSchema } from "@/lib/applications/queue";
import { trackingSecretFor } from "@/lib/applications/tracking-secret";
import { addCaseNote, saveRequirementChecklist } from "@/lib/applications/use-cases/add-case-note";
import { claimApplication, claimNextApplication } from "@/lib/applications/use-cases/claim-application";
import { approveApplication, rejectApplication } from "@/lib/applications/use-cases/decide-application";
import { openDocument } from "@/lib/applications/use-cases/open-document";
import { releaseApplication } from "@/lib/applications/use-cases/release-application";
import { requestCorrection } from "@/lib/applications/use-cases/request-correction";
import { revealApplicantNik } from "@/lib/applications/use-cases/reveal-applicant-nik";
import { trackApplication } from "@/lib/applications/use-cases/track-application";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { issueOutput } from "@/lib/outputs/use-cases/issue-output";
import { openOutput } from "@/lib/outputs/use-cases/open-output";
import { db } from "@/lib/platform/db";
import { actorFor, DINSOS_OFFICER, DISDUKCAPIL_OFFICER, readAll, type UserActor } from "@/tests/fixtures/applications";
import { agencyIdOf, applicationIn, caseSnapshot, CORRECTION_NOTE, createStaff, NOT_FOUND, REJECTION, writeCounts } from "@/tests/fixtures/back-office";
import { PDF_BYTES } from "@/tests/fixtures/documents";

afterAll(removeUploadDir);

const context = { ip: null };
const DEFAULT_FILTERS = queueFilterSchema.parse({});
/** Everything a view hands on, as text (BigInt counters included). */
const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

let officer: UserActor;
let dinsosOfficer: UserActor;
let agencySupervisor: UserActor;
let globalSupervisor: UserActor;
let disdukcapilId: string;
let dinsosId: string;
let submitted: Awaited<ReturnType<typeof applicationIn>>;
let reviewing: Awaited<ReturnType<typeof applicationIn>>;
let approved: Awaited<ReturnType<typeof applicationIn>>;
let completed: Awaited<ReturnType<typeof applicationIn>>;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  dinsosOfficer = await actorFor({ email: DINSOS_OFFICER });
  agencySupervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });
  globalSupervisor = await actorFor({ email: "supervisor@harapanjaya.go.id" });
  disdukcapilId = await agencyIdOf("DISDUKCAPIL");
  dinsosId = await agencyIdOf("DINSOS");
  submitted = await applicationIn("SUBMITTED", officer);
  reviewing = await applicationIn("IN_REVIEW", officer);
  approved = await applicationIn("APPROVED", officer);
  completed = await applicationIn("COMPLETED", officer);
});

const documentOf = async (applicationId: string) =>
  (await db.document.findFirstOrThrow({ where: { applicationId, fieldKey: "familyCardScan" }, select: { id: true } })).id;

/** Every back-office operation on one of Disdukcapil's cases, as an outsider would try it. */
function attempts(actor: Actor) {
  return {
    claim: () => claimApplication(actor, submitted.id, context),
    claimNext: () => claimNextApplication(actor, disdukcapilId, context),
    requestCorrection: () => requestCorrection(actor, reviewing.id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, context),
    approve: () => approveApplication(actor, reviewing.id, {}, context),
    reject: () => rejectApplication(actor, reviewing.id, REJECTION, context),
    release: () => releaseApplication(actor, reviewing.id, context),
    note: () => addCaseNote(actor, reviewing.id, { note: "Catatan dari luar instansi." }, context),
    checklist: () => saveRequirementChecklist(actor, reviewing.id, { checked: [0] }, context),
    issue: () => issueOutput(actor, approved.id, context),
  };
}

describe("agency isolation", () => {
  it("keeps another agency's officer out of Disdukcapil's queue and cases, as if they did not exist, and writes nothing", async () => {
    const visible = await queueAgencies(dinsosOfficer);
    expect(visible.map((a) => a.id)).toEqual([dinsosId]);
    const disdukcapil = (await queueAgencies(officer)).find((a) => a.id === disdukcapilId)!;
    expect(disdukcapil).toBeDefined();

    const ids = [submitted.id, reviewing.id, approved.id, completed.id];
    const before = await writeCounts();
    const cases = await Promise.all(ids.map(caseSnapshot));

    await expect(agencyQueue(dinsosOfficer, disdukcapil, DEFAULT_FILTERS)).rejects.toMatchObject(NOT_FOUND);
    for (const [name, attempt] of Object.entries(attempts(dinsosOfficer))) {
      await expect(attempt(), name).rejects.toMatchObject(NOT_FOUND);
    }
    for (const id of ids) {
      await expect(getAgencyCaseView(dinsosOfficer, id)).rejects.toMatchObject(NOT_FOUND);
      await expect(revealApplicantNik(dinsosOfficer, id, context)).rejects.toMatchObject(NOT_FOUND);
      await expect(openDocument(dinsosOfficer, await documentOf(id), context)).rejects.toMatchObject(NOT_FOUND);
    }
    await expect(openOutput(dinsosOfficer, completed.id, context)).rejects.toMatchObject(NOT_FOUND);

    expect(await writeCounts()).toEqual(before);
    expect(await Promise.all(ids.map(caseSnapshot))).toEqual(cases);
  });

  it("lets the agency's supervisor read a case but not work it", async () => {
    expect((await queueAgencies(agencySupervisor)).map((a) => a.id)).toEqual([disdukcapilId]);
    const disdukcapil = (await queueAgencies(agencySupervisor))[0]!;
    const page = await agencyQueue(agencySupervisor, disdukcapil, queueFilterSchema.parse({ status: "IN_REVIEW" }));
    expect(page.total).toBeGreaterThanOrEqual(1);

    const view = await getAgencyCaseView(agencySupervisor, reviewing.id);
    expect(view).toMatchObject({ id: reviewing.id, status: "IN_REVIEW", mayWork: false, isMine: false });
    expect(view.assignedOfficer?.id).toBe(officer.id);

    const before = await writeCounts();
    const cases = await Promise.all([submitted.id, reviewing.id, approved.id].map(caseSnapshot));
    for (const [name, attempt] of Object.entries(attempts(agencySupervisor))) {
      await expect(attempt(), name).rejects.toMatchObject(NOT_FOUND);
    }
    expect(await writeCounts()).toEqual(before);
    expect(await Promise.all([submitted.id, reviewing.id, approved.id].map(caseSnapshot))).toEqual(cases);
  });

  it("lets a supervisor without memberships read every agency, and work none", async () => {
    const all = await db.agency.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const visible = await queueAgencies(globalSupervisor);
    expect(visible.map((a) => a.id).sort()).toEqual(all.map((a) => a.id));
    for (const agency of visible) await expect(agencyQueue(globalSupervisor, agency, DEFAULT_FILTERS)).resolves.toMatchObject({ rows: expect.any(Array) });

    expect(await getAgencyCaseView(globalSupervisor, reviewing.id)).toMatchObject({ id: reviewing.id, mayWork: false });
    const before = await writeCounts();
    await expect(approveApplication(globalSupervisor, reviewing.id, {}, context)).rejects.toMatchObject(NOT_FOUND);
    await expect(claimNextApplication(globalSupervisor, disdukcapilId, context)).rejects.toMatchObject(NOT_FOUND);
    expect(await writeCounts()).toEqual(before);
  });

  it("does not widen an officer who also holds the supervisor role to every agency", async () => {
    // One membership row per user and agency: working Disdukcapil's cases takes the OFFICER one.
    const officerAndSupervisor = await createStaff(["OFFICER", "SUPERVISOR"], [{ agencyCode: "DISDUKCAPIL", role: "OFFICER" }]);
    expect(await getAgencyCaseView(officerAndSupervisor, reviewing.id)).toMatchObject({ mayWork: true });
    const dinsos = (await queueAgencies(globalSupervisor)).find((a) => a.id === dinsosId)!;
    expect((await queueAgencies(officerAndSupervisor)).map((a) => a.id)).toEqual([disdukcapilId]);
    await expect(agencyQueue(officerAndSupervisor, dinsos, DEFAULT_FILTERS)).rejects.toMatchObject(NOT_FOUND);
  });

  it("shows the agency's own officer the case with the right to work it", async () => {
    expect(await getAgencyCaseView(officer, reviewing.id)).toMatchObject({ mayWork: true, isMine: true });
    expect((await queueAgencies(officer)).map((a) => a.id)).toEqual([disdukcapilId]);
  });
});

describe("auditing access to personal data", () => {
  it("shows the case page the NIK and family card number masked until someone reveals them", async () => {
    const { id, citizen } = reviewing;
    const profile = await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id }, select: { nikMasked: true } });
    const view = await getAgencyCaseView(officer, id);
    expect(view.applicant.nikMasked).toBe(profile.nikMasked);
    // DESIGN.md §9: masked except through an audited reveal. The answers are rendered on the case page as they are.
    expect(view.answers.applicantNik).not.toBe(citizen.nik);
    expect(view.answers.applicantKkNumber).not.toBe(citizen.kkNumber);
    expect(json(view)).not.toContain(citizen.nik);
    expect(await db.auditEvent.count({ where: { action: "pii.nikRevealed", entityId: citizen.actor.id } })).toBe(0);
  });

  it("reveals the applicant's real NIK to the agency's staff and audits every reveal", async () => {
    const { id, citizen } = reviewing;
    const audited = () => db.auditEvent.findMany({ where: { action: "pii.nikRevealed", entityId: citizen.actor.id }, orderBy: { id: "asc" } });
    expect(await audited()).toHaveLength(0);
    expect(await revealApplicantNik(officer, id, { ip: "203.0.113.77" })).toBe(citizen.nik);
    expect(await revealApplicantNik(agencySupervisor, id, { ip: null })).toBe(citizen.nik);

    const entries = await audited();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorId: officer.id, actorRole: "OFFICER", entityType: "User", ip: "203.0.113.77", data: { applicationId: id } });
    expect(entries[1]).toMatchObject({ actorId: agencySupervisor.id, actorRole: "SUPERVISOR", data: { applicationId: id } });
  });

  it("audits staff opening an uploaded document, and not the owner opening their own", async () => {
    const { id, citizen } = reviewing;
    const documentId = await documentOf(id);
    const viewed = () => db.auditEvent.findMany({ where: { action: "document.viewed", entityId: id }, orderBy: { id: "asc" } });
    const before = (await viewed()).length;

    const file = await openDocument(officer, documentId, { ip: "203.0.113.78" });
    expect(await readAll(file.body)).toEqual(PDF_BYTES);
    const entries = await viewed();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      actorId: officer.id,
      actorRole: "OFFICER",
      entityType: "Application",
      ip: "203.0.113.78",
      data: { documentId, ownerId: citizen.actor.id },
    });

    const audits = await db.auditEvent.count();
    const own = await openDocument(citizen.actor, documentId, context);
    expect(await readAll(own.body)).toEqual(PDF_BYTES);
    expect(await db.auditEvent.count()).toBe(audits);
  });
});

describe("internal notes", () => {
  it("shows notes and the checklist to colleagues and never to the citizen", async () => {
    const { id, citizen, trackingNumber } = await applicationIn("IN_REVIEW", officer);
    const NOTE = "Catatan internal: cocokkan KK dengan data SIAK pusat";
    await addCaseNote(officer, id, { note: NOTE }, context);
    await saveRequirementChecklist(officer, id, { checked: ["2", "0", "2"] }, context);

    const view = await getAgencyCaseView(officer, id);
    expect(view.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "note", note: NOTE, internal: true }),
        expect.objectContaining({ type: "requirementsChecked", internal: true }),
      ]),
    );
    expect(view.checkedRequirements).toEqual([0, 2]);
    // Colleagues and supervisors read it too.
    expect(json(await getAgencyCaseView(agencySupervisor, id))).toContain(NOTE);

    const own = await getOwnApplication(citizen.actor, id);
    expect(own.events.map((e) => e.type)).toEqual(["created", "submitted", "claimed"]);
    expect(json(own)).not.toContain(NOTE);

    const tracked = await trackApplication(ANONYMOUS, { trackingNumber, secret: trackingSecretFor(id) }, context);
    expect(tracked.events.map((e) => e.type)).toEqual(["created", "submitted", "claimed"]);
    expect(json(tracked)).not.toContain(NOTE);

    const notifications = await db.notification.findMany({ where: { userId: citizen.actor.id } });
    expect(json(notifications)).not.toContain(NOTE);
  });

  it("refuses an empty note", async () => {
    const before = await caseSnapshot(reviewing.id);
    await expect(addCaseNote(officer, reviewing.id, { note: "   " }, context)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { note: ["form.required"] },
    });
    expect(await caseSnapshot(reviewing.id)).toEqual(before);
  });
});
