import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCitizenCase, loadLockedCitizenCase } from "@/lib/applications/data";
import { getOwnApplication } from "@/lib/applications/queries";
import { trackingSecretFor } from "@/lib/applications/tracking-secret";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { requestCorrection } from "@/lib/applications/use-cases/request-correction";
import { resubmitApplication } from "@/lib/applications/use-cases/resubmit-application";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { startApplication } from "@/lib/applications/use-cases/start-application";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { trackApplication } from "@/lib/applications/use-cases/track-application";
import { uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import { ANONYMOUS } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import {
  actorFor,
  completeDraft,
  createCitizen,
  DINSOS_OFFICER,
  DISDUKCAPIL_OFFICER,
  ktpAnswers,
  KTP_SLUG,
  rejectionOf,
  submittedApplication,
  type UserActor,
} from "@/tests/fixtures/applications";
import { PDF_BYTES } from "@/tests/fixtures/documents";

afterAll(removeUploadDir);

let officer: UserActor;
let otherAgencyOfficer: UserActor;
let supervisor: UserActor;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  otherAgencyOfficer = await actorFor({ email: DINSOS_OFFICER });
  supervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });
});

const NOT_FOUND = { code: "NOT_FOUND", messageKey: "error.notFound" };
const CORRECTION_NOTE = "Foto KK buram, unggah ulang yang terbaca jelas.";

describe("who may act on an application", () => {
  it("hides a citizen's draft from every other citizen, as if it did not exist", async () => {
    const owner = await createCitizen();
    const stranger = await createCitizen();
    const { id } = await completeDraft(owner);
    const before = await db.application.findUniqueOrThrow({ where: { id } });
    const unknownId = `c${randomUUID().replaceAll("-", "").slice(0, 24)}`;

    await expect(getOwnApplication(stranger.actor, id)).rejects.toMatchObject(NOT_FOUND);
    await expect(getOwnApplication(stranger.actor, unknownId)).rejects.toMatchObject(NOT_FOUND);
    await expect(saveDraft(stranger.actor, id, { applicantName: "Penyusup" })).rejects.toMatchObject(NOT_FOUND);
    await expect(
      uploadDocument(stranger.actor, { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: PDF_BYTES }, { ip: null }),
    ).rejects.toMatchObject(NOT_FOUND);
    await expect(submitApplication(stranger.actor, id, {}, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    await expect(withdrawApplication(stranger.actor, id, {}, { ip: null })).rejects.toMatchObject(NOT_FOUND);

    const after = await db.application.findUniqueOrThrow({ where: { id } });
    expect(after.status).toBe("DRAFT");
    expect(after.answers).toEqual(before.answers);
    expect(after.version).toBe(before.version);
    expect(await db.document.count({ where: { applicationId: id } })).toBe(1);
  });

  it("hides a submitted application from other citizens too, including resubmission and withdrawal", async () => {
    const owner = await createCitizen();
    const stranger = await createCitizen();
    const { id } = await submittedApplication(owner);
    await claimApplication(officer, id, { ip: null });
    await requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["familyCardScan"] }, { ip: null });

    await expect(getOwnApplication(stranger.actor, id)).rejects.toMatchObject(NOT_FOUND);
    await expect(resubmitApplication(stranger.actor, id, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    await expect(withdrawApplication(stranger.actor, id, {}, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    await expect(
      uploadDocument(stranger.actor, { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: PDF_BYTES }, { ip: null }),
    ).rejects.toMatchObject(NOT_FOUND);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("NEEDS_CORRECTION");
  });

  it("lets only officers of the handling agency claim; others are told it does not exist", async () => {
    const owner = await createCitizen();
    const stranger = await createCitizen();
    const { id } = await submittedApplication(owner);

    await expect(claimApplication(otherAgencyOfficer, id, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    await expect(requestCorrection(otherAgencyOfficer, id, { note: CORRECTION_NOTE, fields: ["familyCardScan"] }, { ip: null })).rejects.toMatchObject(
      NOT_FOUND,
    );
    await expect(claimApplication(owner.actor, id, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    await expect(claimApplication(stranger.actor, id, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    // Supervising is not working the case.
    await expect(claimApplication(supervisor, id, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    // Nor may staff act as the applicant.
    await expect(getOwnApplication(officer, id)).rejects.toMatchObject(NOT_FOUND);
    await expect(withdrawApplication(officer, id, {}, { ip: null })).rejects.toMatchObject(NOT_FOUND);

    const row = await db.application.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SUBMITTED", assignedOfficerId: null });
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "claimed" } })).toBe(0);

    await claimApplication(officer, id, { ip: null });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_REVIEW", assignedOfficerId: officer.id });
  });

  it("keeps a draft invisible to the agency", async () => {
    const owner = await createCitizen();
    const { id } = await completeDraft(owner);
    await expect(claimApplication(officer, id, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    await expect(requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["familyCardScan"] }, { ip: null })).rejects.toMatchObject(NOT_FOUND);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("asks an anonymous visitor to sign in", async () => {
    const owner = await createCitizen();
    const { id } = await completeDraft(owner);
    const UNAUTHENTICATED = { code: "UNAUTHENTICATED" };
    await expect(startApplication(ANONYMOUS, { serviceSlug: KTP_SLUG, submissionKey: randomUUID() }, { ip: null })).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(getOwnApplication(ANONYMOUS, id)).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(saveDraft(ANONYMOUS, id, ktpAnswers(owner))).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(
      uploadDocument(ANONYMOUS, { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: PDF_BYTES }, { ip: null }),
    ).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(submitApplication(ANONYMOUS, id, {}, { ip: null })).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(withdrawApplication(ANONYMOUS, id, {}, { ip: null })).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(claimApplication(ANONYMOUS, id, { ip: null })).rejects.toMatchObject(UNAUTHENTICATED);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("does not let staff open applications of their own", async () => {
    await expect(startApplication(officer, { serviceSlug: KTP_SLUG, submissionKey: randomUUID() }, { ip: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.application.count({ where: { citizenId: officer.id } })).toBe(0);
  });
});

describe("public tracking", () => {
  let ipSerial = 0;
  /** A client address of its own per test, so the per-address limit never interferes. */
  const freshIp = () => `198.51.100.${++ipSerial}`;

  /** A valid-looking secret that is not the right one. */
  function wrongSecret(secret: string): string {
    const first = secret[0] === "7" ? "8" : "7";
    return `${first}${secret.slice(1)}`;
  }

  it("shows the status and timeline to whoever holds the number and secret, without personal data or notes", async () => {
    const citizen = await createCitizen();
    const { id, trackingNumber } = await submittedApplication(citizen);
    await claimApplication(officer, id, { ip: null });
    await requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["familyCardScan"] }, { ip: null });
    const secret = trackingSecretFor(id);
    expect((await getOwnApplication(citizen.actor, id)).trackingSecret).toBe(secret);

    const tracked = await trackApplication(ANONYMOUS, { trackingNumber, secret }, { ip: freshIp() });
    expect(tracked.trackingNumber).toBe(trackingNumber);
    expect(tracked.status).toBe("NEEDS_CORRECTION");
    expect(tracked.events.map((e) => e.toStatus)).toEqual(["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION"]);
    for (const event of tracked.events) expect(Object.keys(event).sort()).toEqual(["createdAt", "id", "toStatus", "type"]);
    expect(tracked.sla).toMatchObject({ paused: true });

    const shown = JSON.stringify(tracked, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    for (const secretValue of [citizen.nik, citizen.kkNumber, citizen.actor.email, citizen.actor.id, "Ratna", "Merdeka", "81234567890", CORRECTION_NOTE]) {
      expect(shown).not.toContain(secretValue);
    }
    expect(shown).not.toMatch(/"(note|answers|citizenId|trackingSecretHash|assignedOfficerId|actorId)"/);
  });

  it("accepts the secret in lower case or without its dash, and the number in lower case", async () => {
    const citizen = await createCitizen();
    const { id, trackingNumber } = await submittedApplication(citizen);
    const secret = trackingSecretFor(id);
    expect(secret).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const ip = freshIp();
    for (const attempt of [
      { trackingNumber, secret: secret.toLowerCase() },
      { trackingNumber, secret: secret.replace("-", "") },
      { trackingNumber: ` ${trackingNumber.toLowerCase()} `, secret: ` ${secret} ` },
    ]) {
      await expect(trackApplication(ANONYMOUS, attempt, { ip })).resolves.toMatchObject({ trackingNumber, status: "SUBMITTED" });
    }
  });

  it("gives the same answer for a wrong secret and for a number that does not exist", async () => {
    const citizen = await createCitizen();
    const { id, trackingNumber } = await submittedApplication(citizen);
    const secret = trackingSecretFor(id);
    const ip = freshIp();
    const wrong = await rejectionOf(trackApplication(ANONYMOUS, { trackingNumber, secret: wrongSecret(secret) }, { ip }));
    const unknown = await rejectionOf(trackApplication(ANONYMOUS, { trackingNumber: "DISDUKCAPIL-2026-999999", secret }, { ip }));
    const malformed = await rejectionOf(trackApplication(ANONYMOUS, { trackingNumber: "bukan nomor", secret }, { ip }));
    const expected = { code: "NOT_FOUND", messageKey: "tracking.notFound", fieldErrors: {} };
    expect(wrong).toMatchObject(expected);
    expect(unknown).toMatchObject(expected);
    expect(malformed).toMatchObject(expected);
    expect((wrong as Error).message).toBe((unknown as Error).message);
  });

  it("locks a guesser out of a number after ten wrong secrets, even with the right one, while the holder and other numbers still get through", async () => {
    const citizen = await createCitizen();
    const target = await submittedApplication(citizen);
    const other = await submittedApplication(citizen);
    const secret = trackingSecretFor(target.id);
    const guesser = freshIp();
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(trackApplication(ANONYMOUS, { trackingNumber: target.trackingNumber, secret: wrongSecret(secret) }, { ip: guesser })).rejects.toMatchObject({
        code: "NOT_FOUND",
        messageKey: "tracking.notFound",
      });
    }
    await expect(trackApplication(ANONYMOUS, { trackingNumber: target.trackingNumber, secret }, { ip: guesser })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(trackApplication(ANONYMOUS, { trackingNumber: target.trackingNumber, secret }, { ip: freshIp() })).resolves.toMatchObject({
      trackingNumber: target.trackingNumber,
    });
    await expect(
      trackApplication(ANONYMOUS, { trackingNumber: other.trackingNumber, secret: trackingSecretFor(other.id) }, { ip: guesser }),
    ).resolves.toMatchObject({ trackingNumber: other.trackingNumber });
  });

  it("gives a draft no tracking number and shows it no secret", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen);
    const row = await db.application.findUniqueOrThrow({ where: { id }, select: { trackingNumber: true, trackingSecretHash: true } });
    expect(row).toEqual({ trackingNumber: null, trackingSecretHash: null });
    expect((await getOwnApplication(citizen.actor, id)).trackingSecret).toBeNull();
  });
});

describe("the case a citizen's write reads under its row lock", () => {
  it("reads a locked case as the unlocked one, and both as Prisma's nested select would: uploads in order, wallet references, dates and numbers; and refuses whom the unlocked read refuses", async () => {
    const owner = await createCitizen();
    const stranger = await createCitizen();
    const { id } = await completeDraft(owner);
    // Two uploads written a second apart (the form's own field holds one file), and an officer's output that is no upload.
    const uploaded = await db.document.findFirstOrThrow({ where: { applicationId: id }, select: { createdAt: true } });
    const row = (fileName: string, kind: "UPLOAD" | "OUTPUT") => ({
      applicationId: id,
      kind,
      fieldKey: "extraScan",
      fileName,
      mimeType: "application/pdf",
      sizeBytes: 1234,
      sha256: "0".repeat(64),
      storageKey: `test/${randomUUID()}`,
      createdAt: new Date(uploaded.createdAt.getTime() + 1000),
    });
    await db.document.createMany({ data: [row("kk-2.pdf", "UPLOAD"), row("hasil.pdf", "OUTPUT")] });
    const other = await completeDraft(owner);
    const upload = await db.document.findFirstOrThrow({ where: { applicationId: other.id }, select: { id: true } });
    await db.walletReference.create({ data: { applicationId: id, fieldKey: "birthCertificate", documentId: upload.id } });
    await db.application.update({ where: { id }, data: { pausedMs: 90_061_000n, dueAt: new Date("2026-12-24T09:00:00.123Z") } });

    const locked = () => db.$transaction((tx) => loadLockedCitizenCase(tx, owner.actor, id));
    const read = await locked();
    expect(read).toEqual(await loadCitizenCase(db, owner.actor, id, "application.act"));
    // Both read one raw statement: it returns what Prisma's own nested select returns for the same columns.
    const { formDefinition, standardVersion, actingRole, answers, ...columns } = read;
    expect([formDefinition, standardVersion, actingRole, answers]).not.toContain(undefined);
    expect(columns).toEqual(
      await db.application.findUniqueOrThrow({
        where: { id },
        select: {
          ...Object.fromEntries(Object.keys(columns).map((key) => [key, true])),
          service: { select: { slug: true, nameId: true, nameEn: true } },
          agency: { select: { id: true, code: true, nameId: true, nameEn: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true } },
          documents: {
            where: { kind: "UPLOAD" },
            select: { id: true, fieldKey: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
            orderBy: { createdAt: "asc" },
          },
          walletReferences: { select: { fieldKey: true, outputDocumentId: true, documentId: true } },
        },
      }),
    );
    expect(read.documents.map((document) => document.fileName)).toEqual(["kk.pdf", "kk-2.pdf"]);
    expect(read.documents[0]?.createdAt).toBeInstanceOf(Date);
    expect(read.walletReferences).toEqual([{ fieldKey: "birthCertificate", outputDocumentId: null, documentId: upload.id }]);

    await submitApplication(owner.actor, id, {}, { ip: null });
    expect(await locked()).toEqual(await loadCitizenCase(db, owner.actor, id, "application.act"));

    for (const actor of [stranger.actor, officer, ANONYMOUS]) {
      const expected = await rejectionOf(loadCitizenCase(db, actor, id, "application.act"));
      expect(await rejectionOf(db.$transaction((tx) => loadLockedCitizenCase(tx, actor, id)))).toEqual(expected);
    }
  });
});
