import { removeUploadDir, storedObjectCount } from "@/tests/fixtures/upload-dir";
import { createPublicKey, randomInt, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { sha256Hex } from "@/lib/documents/hash";
import { documentStorage } from "@/lib/documents/storage";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { canonicalJson, parseOutputRecord, type OutputRecord } from "@/lib/outputs/canonical-record";
import { outputSummaryFor } from "@/lib/outputs/queries";
import { publicKeyPem, verifyRecord } from "@/lib/outputs/signing";
import { issueOutput } from "@/lib/outputs/use-cases/issue-output";
import { openOutput } from "@/lib/outputs/use-cases/open-output";
import { revokeOutput } from "@/lib/outputs/use-cases/revoke-output";
import { verifyOutputByCode, verifyOutputByFile } from "@/lib/outputs/use-cases/verify-output";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { captureLogLines } from "@/lib/platform/log";
import { actorFor, DINSOS_OFFICER, DISDUKCAPIL_OFFICER, KTP_SLUG, readAll, rejectionOf, type UserActor } from "@/tests/fixtures/applications";

// Wrapped, not replaced: one test makes the notification fail to prove the issue rolls back as a whole.
vi.mock("@/lib/notifications/notify", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/notifications/notify")>();
  return { ...actual, notify: vi.fn(actual.notify) };
});

afterAll(removeUploadDir);

let officer: UserActor;
let otherAgencyOfficer: UserActor;
let supervisor: UserActor;
let admin: UserActor;
let owner: UserActor;
let otherCitizen: UserActor;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  otherAgencyOfficer = await actorFor({ email: DINSOS_OFFICER });
  supervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  owner = await actorFor({ email: "siti.rahayu@warga.test" });
  otherCitizen = await actorFor({ email: "budi.santoso@warga.test" });
});

// Tracking numbers far above what the counter hands out in one run, so other test files never collide.
let serial = randomInt(900_000, 990_000);

/** An application of the seeded citizen that an officer has just approved, written straight to the database. */
async function approvedApplication(status: "APPROVED" | "IN_REVIEW" = "APPROVED") {
  const service = await db.service.findUniqueOrThrow({ where: { slug: KTP_SLUG }, select: { id: true, agencyId: true, currentVersionId: true } });
  const now = new Date();
  return db.application.create({
    data: {
      citizenId: owner.id,
      serviceId: service.id,
      agencyId: service.agencyId,
      standardVersionId: service.currentVersionId!,
      status,
      trackingNumber: `DISDUKCAPIL-2026-${serial++}`,
      submittedAt: now,
      decidedAt: status === "APPROVED" ? now : null,
      assignedOfficerId: officer.id,
      version: 3,
    },
    select: { id: true, trackingNumber: true },
  });
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : error);
const context = { ip: null };

async function storedBytes(applicationId: string) {
  const row = await db.outputDocument.findUniqueOrThrow({ where: { applicationId } });
  const stored = await documentStorage().get(row.storageKey);
  if (!stored) throw new Error("stored PDF missing");
  return { row, bytes: await readAll(stored.body) };
}

describe("issuing an output document", () => {
  it("completes the application, stores a signed PDF, logs the event and notifies the citizen", async () => {
    const application = await approvedApplication();
    const objectsBefore = await storedObjectCount();
    const issued = await issueOutput(officer, application.id, { ip: "203.0.113.50" });

    expect(issued.alreadyIssued).toBe(false);
    expect(issued.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const row = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(row.status).toBe("COMPLETED");
    expect(row.completedAt).toEqual(issued.issuedAt);
    expect(row.version).toBe(4);

    const { row: output, bytes } = await storedBytes(application.id);
    expect(output.id).toBe(issued.id);
    expect(output.storageKey).toMatch(/^outputs\/\d{4}\/\d{2}\//);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    expect(output.sha256).toBe(sha256Hex(bytes));
    expect(await storedObjectCount()).toBe(objectsBefore + 1);

    const record = parseOutputRecord(output.canonicalRecord) as OutputRecord;
    expect(record).toMatchObject({
      v: 2,
      pdfSignature: { format: "PAdES-B-B", signer: expect.any(String) },
      documentId: output.id,
      verificationCode: output.verificationCode,
      service: { slug: KTP_SLUG },
      agencyCode: "DISDUKCAPIL",
      holderNameMasked: "S*** R*****",
      trackingNumber: application.trackingNumber,
      issuedAt: issued.issuedAt.toISOString(),
      pdfSha256: output.sha256,
    });

    const events = await db.applicationEvent.findMany({ where: { applicationId: application.id, type: "issued" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: officer.id, actorRole: "OFFICER", fromStatus: "APPROVED", toStatus: "COMPLETED" });

    const notification = await db.notification.findFirstOrThrow({
      where: { userId: owner.id, messageKey: "notification.outputIssued", link: `/permohonan/${application.id}` },
    });
    expect(notification.params).toMatchObject({ trackingNumber: application.trackingNumber });
    expect(await db.job.count({ where: { queue: "email.send", payload: { path: ["notificationId"], equals: notification.id } } })).toBe(1);

    const audit = await db.auditEvent.findMany({ where: { entityId: { in: [application.id, output.id] } }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(["application.issued", "output.issued"]));
    expect(audit.find((entry) => entry.action === "output.issued")?.data).toMatchObject({ sha256: output.sha256, signature: output.signature });
  });

  it("signs a record anyone can check with the published public key", async () => {
    const application = await approvedApplication();
    await issueOutput(officer, application.id, context);
    const { row } = await storedBytes(application.id);
    const record = parseOutputRecord(row.canonicalRecord) as OutputRecord;
    expect(verifyRecord(record, row.signature, row.keyId)).toBe(true);
    // Independently of lib/outputs/signing.ts: node's verify over the canonical JSON and the public PEM.
    const signed = Buffer.from(canonicalJson(record), "utf8");
    expect(verify(null, signed, createPublicKey(publicKeyPem()), Buffer.from(row.signature, "base64url"))).toBe(true);
  });

  it("commits nothing when any part of the transaction fails, and removes the stored PDF", async () => {
    const application = await approvedApplication();
    const objectsBefore = await storedObjectCount();
    vi.mocked(notify).mockRejectedValueOnce(new Error("notification store down"));
    await expect(issueOutput(officer, application.id, context)).rejects.toThrow("notification store down");

    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("APPROVED");
    expect(await db.outputDocument.count({ where: { applicationId: application.id } })).toBe(0);
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, type: "issued" } })).toBe(0);
    expect(await storedObjectCount()).toBe(objectsBefore);

    // Nothing half-done is left behind: issuing again works.
    expect((await issueOutput(officer, application.id, context)).alreadyIssued).toBe(false);
  });

  it("returns the same document when issued twice", async () => {
    const application = await approvedApplication();
    const first = await issueOutput(officer, application.id, context);
    const second = await issueOutput(officer, application.id, context);
    expect(second).toEqual({ ...first, alreadyIssued: true });
    expect(await db.outputDocument.count({ where: { applicationId: application.id } })).toBe(1);
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, type: "issued" } })).toBe(1);
  });

  it("gives one document when officers issue at the same moment, and leaves no stray files", async () => {
    const application = await approvedApplication();
    const objectsBefore = await storedObjectCount();
    const results = await Promise.all([1, 2, 3].map(() => issueOutput(officer, application.id, context)));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => !result.alreadyIssued)).toHaveLength(1);
    expect(await db.outputDocument.count({ where: { applicationId: application.id } })).toBe(1);
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, type: "issued" } })).toBe(1);
    expect(await db.notification.count({ where: { messageKey: "notification.outputIssued", link: `/permohonan/${application.id}` } })).toBe(1);
    expect(await storedObjectCount()).toBe(objectsBefore + 1);
  });

  it("refuses an application that is not approved", async () => {
    const application = await approvedApplication("IN_REVIEW");
    expect(codeOf(await rejectionOf(issueOutput(officer, application.id, context)))).toBe("CONFLICT");
    expect(await db.outputDocument.count({ where: { applicationId: application.id } })).toBe(0);
  });

  it("is not found for an officer of another agency, a supervisor or a citizen", async () => {
    const application = await approvedApplication();
    for (const actor of [otherAgencyOfficer, supervisor, owner]) {
      expect(codeOf(await rejectionOf(issueOutput(actor, application.id, context)))).toBe("NOT_FOUND");
    }
    expect(codeOf(await rejectionOf(issueOutput(ANONYMOUS, application.id, context)))).toBe("UNAUTHENTICATED");
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("APPROVED");
  });
});

describe("verifying an output document", () => {
  let issued: { applicationId: string; code: string; bytes: Uint8Array; trackingNumber: string };

  beforeAll(async () => {
    const application = await approvedApplication();
    const result = await issueOutput(officer, application.id, context);
    const { bytes } = await storedBytes(application.id);
    issued = { applicationId: application.id, code: result.verificationCode, bytes, trackingNumber: application.trackingNumber ?? "" };
  });

  it("says valid for the code, however it is typed, with the signed details", async () => {
    const result = await verifyOutputByCode(ANONYMOUS, issued.code, context);
    expect(result.state).toBe("valid");
    if (result.state === "unknown") throw new Error("unreachable");
    expect(result.record).toMatchObject({ holderNameMasked: "S*** R*****", trackingNumber: issued.trackingNumber, agencyCode: "DISDUKCAPIL" });
    expect(result.agency?.nameId).toMatch(/Kependudukan/);
    expect(result.revokedAt).toBeNull();
    const typed = issued.code.toLowerCase().replace(/-/g, " ");
    expect((await verifyOutputByCode(ANONYMOUS, typed, context)).state).toBe("valid");
  });

  it("says unknown for a code that was never issued or cannot be one", async () => {
    expect(await verifyOutputByCode(ANONYMOUS, "ZZZZ-ZZZZ-ZZZZ", context)).toEqual({ state: "unknown" });
    expect(await verifyOutputByCode(ANONYMOUS, "not a code", context)).toEqual({ state: "unknown" });
    expect(await verifyOutputByCode(ANONYMOUS, 42, context)).toEqual({ state: "unknown" });
  });

  it("says valid for the exact PDF and unknown once a single byte changes", async () => {
    const result = await verifyOutputByFile(ANONYMOUS, issued.bytes, context);
    expect(result.state).toBe("valid");
    if (result.state !== "unknown") expect(result.record.verificationCode).toBe(issued.code);

    const changed = Uint8Array.from(issued.bytes);
    const middle = Math.floor(changed.length / 2);
    changed[middle] = (changed[middle] ?? 0) ^ 0x01;
    expect(await verifyOutputByFile(ANONYMOUS, changed, context)).toEqual({ state: "unknown" });
    expect(await verifyOutputByFile(ANONYMOUS, new TextEncoder().encode("%PDF-1.7 something else"), context)).toEqual({ state: "unknown" });
    expect(await verifyOutputByFile(ANONYMOUS, new Uint8Array(), context)).toEqual({ state: "unknown" });
  });

  it("never reports a tampered record as valid, and logs the failure once", async () => {
    const application = await approvedApplication();
    const { verificationCode } = await issueOutput(officer, application.id, context);
    const { row, bytes } = await storedBytes(application.id);
    const record = parseOutputRecord(row.canonicalRecord) as OutputRecord;

    const logged = captureLogLines();
    // Someone with database access swaps the holder; the signature no longer matches.
    await db.outputDocument.update({ where: { id: row.id }, data: { canonicalRecord: { ...record, holderNameMasked: "B*** S******" } } });
    expect(await verifyOutputByCode(ANONYMOUS, verificationCode, context)).toEqual({ state: "unknown" });
    expect(await verifyOutputByFile(ANONYMOUS, bytes, context)).toEqual({ state: "unknown" });
    expect(await db.auditEvent.count({ where: { action: "output.integrityFailure", entityId: row.id } })).toBe(1);

    // A record lifted from another row, with its genuine signature, does not fit this row either.
    const other = await approvedApplication();
    await issueOutput(officer, other.id, context);
    const { row: otherRow } = await storedBytes(other.id);
    await db.outputDocument.update({
      where: { id: row.id },
      data: { canonicalRecord: otherRow.canonicalRecord as Prisma.InputJsonValue, signature: otherRow.signature },
    });
    expect(await verifyOutputByCode(ANONYMOUS, verificationCode, context)).toEqual({ state: "unknown" });

    // A forged signature of the right shape fails too.
    await db.outputDocument.update({ where: { id: row.id }, data: { canonicalRecord: record, signature: "A".repeat(86) } });
    expect(await verifyOutputByCode(ANONYMOUS, verificationCode, context)).toEqual({ state: "unknown" });

    // Restored, it verifies again.
    await db.outputDocument.update({ where: { id: row.id }, data: { canonicalRecord: record, signature: row.signature } });
    expect((await verifyOutputByCode(ANONYMOUS, verificationCode, context)).state).toBe("valid");
    logged.stop();
    expect(logged.lines).toContainEqual(expect.objectContaining({ level: "error", outputDocumentId: row.id }));
  });

  it("limits checks per client address when the address is known", async () => {
    const ip = `198.51.100.${randomInt(1, 255)}`;
    for (let i = 0; i < 60; i++) await verifyOutputByCode(ANONYMOUS, "ZZZZ-ZZZZ-ZZZZ", { ip });
    expect(codeOf(await rejectionOf(verifyOutputByCode(ANONYMOUS, issued.code, { ip })))).toBe("RATE_LIMITED");
    expect(codeOf(await rejectionOf(verifyOutputByFile(ANONYMOUS, issued.bytes, { ip })))).toBe("RATE_LIMITED");
  });
});

describe("revoking an output document", () => {
  it("takes an admin or the agency's supervisor, a reason, and keeps everything", async () => {
    const application = await approvedApplication();
    const { verificationCode, id } = await issueOutput(officer, application.id, context);

    expect(codeOf(await rejectionOf(revokeOutput(officer, application.id, { reason: "Data pemohon keliru." }, context)))).toBe("FORBIDDEN");
    expect(codeOf(await rejectionOf(revokeOutput(otherAgencyOfficer, application.id, { reason: "Data pemohon keliru." }, context)))).toBe("NOT_FOUND");
    expect(codeOf(await rejectionOf(revokeOutput(owner, application.id, { reason: "Data pemohon keliru." }, context)))).toBe("NOT_FOUND");
    const short = await rejectionOf(revokeOutput(supervisor, application.id, { reason: "salah" }, context));
    expect(short).toBeInstanceOf(AppError);
    expect((short as AppError).fieldErrors.reason).toEqual(["output.revokeReasonTooShort"]);

    const reason = "Nama pemohon salah ketik, dokumen pengganti akan diterbitkan.";
    const revoked = await revokeOutput(supervisor, application.id, { reason: `  ${reason} ` }, { ip: "203.0.113.51" });
    expect(revoked).toMatchObject({ id, revokedReason: reason, alreadyRevoked: false });

    const result = await verifyOutputByCode(ANONYMOUS, verificationCode, context);
    expect(result).toMatchObject({ state: "revoked", revokedReason: reason, revokedAt: revoked.revokedAt });

    const row = await db.outputDocument.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ revokedById: supervisor.id, revokedReason: reason });
    expect(await documentStorage().exists(row.storageKey)).toBe(true);
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, type: "outputRevoked", note: reason } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "output.revoked", entityId: id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: owner.id, messageKey: "notification.outputRevoked", link: `/permohonan/${application.id}` } })).toBe(
      1,
    );

    const again = await revokeOutput(admin, application.id, { reason: "Alasan lain yang cukup panjang." }, context);
    expect(again).toMatchObject({ alreadyRevoked: true, revokedReason: reason });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("COMPLETED");
  });

  it("lets an admin revoke, and says so when nothing was issued", async () => {
    const application = await approvedApplication();
    const missing = await rejectionOf(revokeOutput(admin, application.id, { reason: "Belum ada dokumen hasil." }, context));
    expect(missing).toMatchObject({ code: "NOT_FOUND", messageKey: "output.notIssued" });
    await issueOutput(officer, application.id, context);
    expect((await revokeOutput(admin, application.id, { reason: "Dicabut atas permintaan pemohon." }, context)).alreadyRevoked).toBe(false);
  });
});

describe("downloading an output document", () => {
  let applicationId: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const application = await approvedApplication();
    applicationId = application.id;
    await issueOutput(officer, applicationId, context);
    bytes = (await storedBytes(applicationId)).bytes;
  });

  it("gives the holder their PDF", async () => {
    const file = await openOutput(owner, applicationId, context);
    expect(file.mimeType).toBe("application/pdf");
    expect(file.fileName).toMatch(/^dokumen-hasil-DISDUKCAPIL-2026-\d+\.pdf$/);
    expect(file.size).toBe(bytes.length);
    expect(await readAll(file.body)).toEqual(bytes);
    expect(await outputSummaryFor(owner, applicationId)).toMatchObject({ verificationCode: expect.any(String), revokedAt: null });
  });

  it("gives the agency's staff the PDF, and audits it", async () => {
    const before = await db.auditEvent.count({ where: { action: "output.viewed", entityId: applicationId } });
    const file = await openOutput(officer, applicationId, { ip: "203.0.113.52" });
    await file.body.cancel();
    const entries = await db.auditEvent.findMany({ where: { action: "output.viewed", entityId: applicationId }, orderBy: { id: "desc" } });
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({ actorId: officer.id, ip: "203.0.113.52" });
  });

  it("is not found for another citizen or another agency's officer, and asks strangers to sign in", async () => {
    expect(codeOf(await rejectionOf(openOutput(otherCitizen, applicationId, context)))).toBe("NOT_FOUND");
    expect(codeOf(await rejectionOf(openOutput(otherAgencyOfficer, applicationId, context)))).toBe("NOT_FOUND");
    expect(codeOf(await rejectionOf(openOutput(ANONYMOUS, applicationId, context)))).toBe("UNAUTHENTICATED");
    expect(await outputSummaryFor(otherCitizen, applicationId)).toBeNull();
    expect(await outputSummaryFor(otherAgencyOfficer, applicationId)).toBeNull();
    expect(await outputSummaryFor(ANONYMOUS, applicationId)).toBeNull();
  });

  it("is not found for an application without an output", async () => {
    const application = await approvedApplication();
    expect(codeOf(await rejectionOf(openOutput(owner, application.id, context)))).toBe("NOT_FOUND");
    expect(await outputSummaryFor(owner, application.id)).toBeNull();
  });
});
