import { removeUploadDir, storedObjectCount } from "@/tests/fixtures/upload-dir";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { topLevelFields } from "@/lib/catalog/form-schema";
import { getOwnApplication } from "@/lib/applications/queries";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { startApplication } from "@/lib/applications/use-cases/start-application";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { formDefinitionSchema } from "@/lib/catalog/form-definition";
import { sha256Hex } from "@/lib/documents/hash";
import { documentStorage } from "@/lib/documents/storage";
import { db } from "@/lib/platform/db";
import { completeDraft, createCitizen, ktpAnswers, KTP_SLUG, readAll, rejectionOf, startDraft } from "@/tests/fixtures/applications";
import { HTML_AS_PDF, JPEG_BYTES, PDF_BYTES, PNG_BYTES } from "@/tests/fixtures/documents";

afterAll(removeUploadDir);

describe("starting an application", () => {
  it("opens one draft for a submission key, however often the request is repeated", async () => {
    const { actor } = await createCitizen();
    const input = { serviceSlug: KTP_SLUG, submissionKey: randomUUID() };
    const first = await startApplication(actor, input, { ip: "203.0.113.20" });
    const again = await startApplication(actor, input, { ip: "203.0.113.20" });
    expect(again.id).toBe(first.id);

    const drafts = await db.application.findMany({ where: { citizenId: actor.id }, select: { id: true, status: true } });
    expect(drafts).toEqual([{ id: first.id, status: "DRAFT" }]);
    expect(await db.applicationEvent.count({ where: { applicationId: first.id, type: "created" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: first.id, action: "application.created" } })).toBe(1);

    // A new key is a new intention: a second draft.
    const other = await startApplication(actor, { serviceSlug: KTP_SLUG, submissionKey: randomUUID() }, { ip: null });
    expect(other.id).not.toBe(first.id);
  });

  it("creates a single draft when the same key arrives in several requests at once", async () => {
    const { actor } = await createCitizen();
    const input = { serviceSlug: KTP_SLUG, submissionKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: 5 }, () => startApplication(actor, input, { ip: null })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.application.count({ where: { citizenId: actor.id } })).toBe(1);
    expect(await db.applicationEvent.count({ where: { applicationId: results[0]!.id, type: "created" } })).toBe(1);
  });

  it("refuses a service that does not exist", async () => {
    const { actor } = await createCitizen();
    await expect(startApplication(actor, { serviceSlug: "layanan-yang-tidak-ada", submissionKey: randomUUID() }, { ip: null })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.application.count({ where: { citizenId: actor.id } })).toBe(0);
  });
});

describe("saving and resuming a draft", () => {
  it("returns the saved answers on a fresh load, with identity numbers encrypted at rest", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    await saveDraft(citizen.actor, id, {
      applicantName: "Ratna Sari Dewi",
      applicantNik: citizen.nik,
      applicantKkNumber: citizen.kkNumber,
      // Drafts keep work in progress, valid or not.
      applicantPhone: "0812",
      notAFormField: "dropped",
    });

    const [raw] = await db.$queryRaw<{ answers: string }[]>`SELECT "answers"::text AS answers FROM "Application" WHERE "id" = ${id}`;
    expect(raw!.answers).not.toContain(citizen.nik);
    expect(raw!.answers).not.toContain(citizen.kkNumber);
    expect(raw!.answers).toContain("Ratna Sari Dewi");

    const loaded = await getOwnApplication(citizen.actor, id);
    expect(loaded.status).toBe("DRAFT");
    expect(loaded.answers).toEqual({
      applicantName: "Ratna Sari Dewi",
      applicantNik: citizen.nik,
      applicantKkNumber: citizen.kkNumber,
      applicantPhone: "0812",
    });
  });

  it("replaces the answers on the next save, so a cleared field stays cleared", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    await saveDraft(citizen.actor, id, { applicantName: "Ratna", applicantBirthPlace: "Bogor" });
    await saveDraft(citizen.actor, id, { applicantName: "Ratna Sari Dewi" });
    expect((await getOwnApplication(citizen.actor, id)).answers).toEqual({ applicantName: "Ratna Sari Dewi" });
  });
});

describe("uploading documents", () => {
  it("stores a PDF with its hash, retrievable byte for byte from the document store", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const uploaded = await uploadDocument(
      citizen.actor,
      { applicationId: id, fieldKey: "familyCardScan", fileName: "Kartu Keluarga.pdf", bytes: PDF_BYTES },
      { ip: "203.0.113.21" },
    );
    const row = await db.document.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({
      applicationId: id,
      uploaderId: citizen.actor.id,
      fieldKey: "familyCardScan",
      mimeType: "application/pdf",
      sizeBytes: PDF_BYTES.length,
      sha256: sha256Hex(PDF_BYTES),
    });
    const stored = await documentStorage().get(row.storageKey);
    expect(stored?.size).toBe(PDF_BYTES.length);
    expect(sha256Hex(await readAll(stored!.body))).toBe(row.sha256);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "document.uploaded" } })).toBe(1);
    expect((await getOwnApplication(citizen.actor, id)).documents.map((d) => d.fieldKey)).toEqual(["familyCardScan"]);
  });

  it("names an accepted file by its real type, not the extension it was sent with", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const uploaded = await uploadDocument(
      citizen.actor,
      { applicationId: id, fieldKey: "familyCardScan", fileName: "ktp.pdf", bytes: PNG_BYTES },
      { ip: null },
    );
    expect(uploaded).toMatchObject({ mimeType: "image/png", fileName: "ktp.png" });
  });

  it("rejects a PNG named .pdf for a PDF-only document, writing no row and leaving no stored object", async () => {
    const citizen = await createCitizen();
    // Validasi BPHTB's payment proof accepts PDF only.
    const { id } = await startDraft(citizen.actor, { serviceSlug: "validasi-bphtb" });
    const definition = await db.application.findUniqueOrThrow({ where: { id }, select: { standardVersion: { select: { formDefinition: true } } } });
    const field = topLevelFields(formDefinitionSchema.parse(definition.standardVersion.formDefinition)).find((f) => f.key === "sspdAndPayment");
    expect(field).toMatchObject({ type: "file", accept: ["application/pdf"] });

    const objectsBefore = await storedObjectCount();
    const error = await rejectionOf(
      uploadDocument(citizen.actor, { applicationId: id, fieldKey: "sspdAndPayment", fileName: "ktp.pdf", bytes: PNG_BYTES }, { ip: null }),
    );
    expect(error).toMatchObject({
      code: "INVALID",
      messageKey: "upload.typeNotAccepted",
      fieldErrors: { sspdAndPayment: ["upload.typeNotAccepted"] },
    });
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    expect(await storedObjectCount()).toBe(objectsBefore);
  });

  it("rejects an HTML page disguised as a PDF", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const objectsBefore = await storedObjectCount();
    await expect(
      uploadDocument(citizen.actor, { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: HTML_AS_PDF }, { ip: null }),
    ).rejects.toMatchObject({ code: "INVALID", messageKey: "upload.typeNotAllowed" });
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    expect(await storedObjectCount()).toBe(objectsBefore);
  });

  it("rejects a file for a field the form does not have", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    await expect(
      uploadDocument(citizen.actor, { applicationId: id, fieldKey: "applicantName", fileName: "kk.pdf", bytes: PDF_BYTES }, { ip: null }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
  });

  it("replaces the previous file of a field: one row, and the old bytes are deleted", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const first = await uploadDocument(citizen.actor, { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: PDF_BYTES }, { ip: null });
    const firstKey = (await db.document.findUniqueOrThrow({ where: { id: first.id } })).storageKey;
    expect(await documentStorage().exists(firstKey)).toBe(true);

    const second = await uploadDocument(
      citizen.actor,
      { applicationId: id, fieldKey: "familyCardScan", fileName: "kk-foto.jpg", bytes: JPEG_BYTES },
      { ip: null },
    );
    const rows = await db.document.findMany({ where: { applicationId: id } });
    expect(rows).toHaveLength(1);
    // Images are stored re-encoded (metadata and appended bytes stripped): the hash is of what is stored.
    expect(rows[0]).toMatchObject({ id: second.id, mimeType: "image/jpeg", sizeBytes: expect.any(Number) });
    expect(rows[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await documentStorage().exists(firstKey)).toBe(false);
    expect(await documentStorage().exists(rows[0]!.storageKey)).toBe(true);
  });
});

describe("readiness check on submission", () => {
  it("names every missing answer and document, and leaves the draft a draft", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    await saveDraft(citizen.actor, id, { applicantName: "Ratna Sari Dewi" });

    const error = await rejectionOf(submitApplication(citizen.actor, id, {}, { ip: null }));
    expect(error).toMatchObject({ code: "INVALID", messageKey: "application.notReady" });
    const fieldErrors = (error as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(fieldErrors).toMatchObject({
      applicantNik: ["form.required"],
      applicantBirthDate: ["form.required"],
      familyCardScan: ["application.documentMissing"],
    });
    expect(fieldErrors).not.toHaveProperty("applicantName");
    // Hidden until "kawin" is chosen, so not required.
    expect(fieldErrors).not.toHaveProperty("marriageCertificateScan");

    const row = await db.application.findUniqueOrThrow({ where: { id }, select: { status: true, trackingNumber: true } });
    expect(row).toEqual({ status: "DRAFT", trackingNumber: null });
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "submitted" } })).toBe(0);
  });

  it("asks for the document a chosen answer makes necessary", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen, { answers: { eligibilityBasis: "kawin" } });
    const error = await rejectionOf(submitApplication(citizen.actor, id, {}, { ip: null }));
    expect(error).toMatchObject({
      code: "INVALID",
      messageKey: "application.notReady",
      fieldErrors: { marriageCertificateScan: ["application.documentMissing"] },
    });
  });

  it("refuses a NIK that contradicts the stated birth date", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen, { answers: { applicantBirthDate: "1992-03-15" } });
    const error = await rejectionOf(submitApplication(citizen.actor, id, {}, { ip: null }));
    expect(error).toMatchObject({
      code: "INVALID",
      messageKey: "application.notReady",
      fieldErrors: { applicantNik: ["form.nikBirthDateMismatch"] },
    });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    // Fixing the date is enough to submit.
    await saveDraft(citizen.actor, id, ktpAnswers(citizen));
    const submitted = await submitApplication(citizen.actor, id, {}, { ip: null });
    expect(submitted.alreadySubmitted).toBe(false);
  });
});
