import { removeUploadDir, storedObjectCount } from "@/tests/fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadCitizenCase } from "@/lib/applications/data";
import { flattenAnswers } from "@/lib/catalog/form-schema";
import { getOwnApplication } from "@/lib/applications/queries";
import { saveApplicationForm } from "@/lib/applications/use-cases/save-application-form";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { completeDraft, createCitizen, ktpAnswers, rejectionOf, startDraft, type TestCitizen, type UserActor } from "@/tests/fixtures/applications";
import { createOfficer } from "@/tests/fixtures/back-office";
import { HTML_AS_PDF, PDF_BYTES } from "@/tests/fixtures/documents";

// Counts the case loads without changing them: each call goes to the real loader.
const loads = vi.hoisted(() => ({ locked: 0, whole: 0, documentsOnly: 0 }));
vi.mock("@/lib/applications/data", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/applications/data")>();
  return {
    ...real,
    loadLockedCitizenCase: (...args: Parameters<typeof real.loadLockedCitizenCase>) => (loads.locked++, real.loadLockedCitizenCase(...args)),
    loadCitizenCase: (...args: Parameters<typeof real.loadCitizenCase>) => (loads.whole++, real.loadCitizenCase(...args)),
    loadCitizenCaseDocuments: (...args: Parameters<typeof real.loadCitizenCaseDocuments>) => (loads.documentsOnly++, real.loadCitizenCaseDocuments(...args)),
  };
});

afterAll(removeUploadDir);

let officer: UserActor;
beforeAll(async () => {
  officer = await createOfficer("DISDUKCAPIL");
});

/** What the form posts: the answers as its inputs, and files under their fields' names. */
async function posted(citizen: TestCitizen, applicationId: string, answers: Record<string, unknown>, files: Record<string, File> = {}) {
  const { formDefinition } = await loadCitizenCase(db, citizen.actor, applicationId, "ownData.read");
  return [...Object.entries(flattenAnswers(formDefinition, answers)), ...Object.entries(files)] as Entries;
}

const kk = (bytes: Uint8Array = PDF_BYTES, name = "kk.pdf") => new File([Uint8Array.from(bytes)], name, { type: "application/pdf" });

type Entries = [string, FormDataEntryValue][];

async function save(actor: Actor, applicationId: string, entries: Entries, options: { validate?: boolean; removeDocumentId?: string } = {}) {
  Object.assign(loads, { locked: 0, whole: 0, documentsOnly: 0 });
  return saveApplicationForm(actor, { applicationId, entries, validate: options.validate ?? true, ...options }, { ip: "203.0.113.40" });
}

describe("saving the application form", () => {
  it("stores the answers and a posted document in one request, reading the case once under its lock", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const entries = await posted(citizen, id, ktpAnswers(citizen), { familyCardScan: kk() });
    const objectsBefore = await storedObjectCount();

    expect(await save(citizen.actor, id, entries)).toEqual({ fieldErrors: {} });
    // The decrypted case once, under the lock; the upload's first check reads the form and documents only.
    expect(loads).toEqual({ locked: 1, whole: 0, documentsOnly: 1 });

    const saved = await getOwnApplication(citizen.actor, id);
    expect(saved.answers).toMatchObject({ applicantName: "Ratna Sari Dewi", applicantNik: citizen.nik });
    expect(saved.documents).toMatchObject([{ fieldKey: "familyCardScan", fileName: "kk.pdf", mimeType: "application/pdf" }]);
    expect(await storedObjectCount()).toBe(objectsBefore + 1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "document.uploaded", ip: "203.0.113.40" } })).toBe(1);
    // Saved and valid: it submits as it stands.
    await expect(submitApplication(citizen.actor, id, {}, { ip: null })).resolves.toMatchObject({ alreadySubmitted: false });
  });

  it("reads nothing but the locked case when no file is posted", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    expect(await save(citizen.actor, id, await posted(citizen, id, { applicantName: "Ratna" }), { validate: false })).toEqual({ fieldErrors: {} });
    expect(loads).toEqual({ locked: 1, whole: 0, documentsOnly: 0 });
  });

  it("ends as one save when the same post arrives twice at once", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const entries = await posted(citizen, id, ktpAnswers(citizen), { familyCardScan: kk() });
    const objectsBefore = await storedObjectCount();

    const results = await Promise.all([save(citizen.actor, id, entries), save(citizen.actor, id, entries)]);
    expect(results).toEqual([{ fieldErrors: {} }, { fieldErrors: {} }]);
    expect((await getOwnApplication(citizen.actor, id)).answers).toMatchObject({ applicantName: "Ratna Sari Dewi", applicantNik: citizen.nik });
    // The second document replaced the first: one row, and the first one's bytes are gone.
    expect(await db.document.count({ where: { applicationId: id } })).toBe(1);
    expect(await storedObjectCount()).toBe(objectsBefore + 1);
  });

  it("names a refused document on its field and still saves the answers, leaving no stored bytes", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const objectsBefore = await storedObjectCount();
    const entries = await posted(citizen, id, ktpAnswers(citizen), { familyCardScan: kk(HTML_AS_PDF) });

    const result = await save(citizen.actor, id, entries);
    expect(result).toEqual({ fieldErrors: { familyCardScan: ["upload.typeNotAllowed"] } });
    expect((await getOwnApplication(citizen.actor, id)).answers).toMatchObject({ applicantName: "Ratna Sari Dewi" });
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    expect(await storedObjectCount()).toBe(objectsBefore);
  });

  it("names each answer that does not hold when asked to judge them, and only then", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const entries = await posted(citizen, id, { applicantName: "Ratna", applicantNik: "123" });

    expect((await save(citizen.actor, id, entries, { validate: false })).fieldErrors).toEqual({});
    const { fieldErrors } = await save(citizen.actor, id, entries);
    expect(fieldErrors.applicantNik).toEqual(["form.invalidNik"]);
    expect(fieldErrors.applicantBirthPlace).toEqual(["form.required"]);
    expect(fieldErrors.applicantName).toBeUndefined();
  });

  it("removes a document with the save, and reports a removal it refused after saving the rest", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen);
    const [document] = (await getOwnApplication(citizen.actor, id)).documents;
    const entries = await posted(citizen, id, ktpAnswers(citizen, { applicantBirthPlace: "Bogor" }));

    await save(citizen.actor, id, entries, { validate: false, removeDocumentId: document!.id });
    expect((await getOwnApplication(citizen.actor, id)).documents).toEqual([]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "document.removed" } })).toBe(1);

    // A second click on the same "remove": already gone, said so; the answers it carried are saved.
    const again = await posted(citizen, id, ktpAnswers(citizen, { applicantBirthPlace: "Depok" }));
    expect(await rejectionOf(save(citizen.actor, id, again, { validate: false, removeDocumentId: document!.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await getOwnApplication(citizen.actor, id)).answers).toMatchObject({ applicantBirthPlace: "Depok" });
  });
});

describe("who may save an application form", () => {
  it("refuses anyone but the applicant, and a submitted application, storing nothing", async () => {
    const owner = await createCitizen();
    const stranger = await createCitizen();
    const { id } = await completeDraft(owner);
    const before = await db.application.findUniqueOrThrow({ where: { id } });
    const entries = await posted(owner, id, ktpAnswers(owner, { applicantName: "Penyusup" }), { familyCardScan: kk() });
    const objectsBefore = await storedObjectCount();

    expect(await rejectionOf(save(stranger.actor, id, entries))).toMatchObject({ code: "NOT_FOUND", messageKey: "error.notFound" });
    expect(await rejectionOf(save(officer, id, entries))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectionOf(save(ANONYMOUS, id, entries))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toEqual(before);

    await submitApplication(owner.actor, id, {}, { ip: null });
    const submitted = await db.application.findUniqueOrThrow({ where: { id } });
    expect(await rejectionOf(save(owner.actor, id, entries))).toMatchObject({ code: "CONFLICT", messageKey: "application.notEditable" });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toEqual(submitted);

    expect((await getOwnApplication(owner.actor, id)).answers).toMatchObject({ applicantName: "Ratna Sari Dewi" });
    expect(await db.document.count({ where: { applicationId: id } })).toBe(1);
    expect(await storedObjectCount()).toBe(objectsBefore);
  });
});
