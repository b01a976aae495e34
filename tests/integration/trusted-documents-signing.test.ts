import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { documentStorage } from "@/lib/documents/storage";
import { retryHeldIssuing } from "@/lib/outputs/jobs";
import { parseSignedData } from "@/lib/outputs/pades/cms";
import { portalCaCertificatePem } from "@/lib/outputs/pades/portal-pki";
import { remoteSigner, SignerUnavailableError, useSignerForTests } from "@/lib/outputs/pades/signer";
import { SIMULATOR_TOKEN, startSigningServiceSimulator, type SimulatedServices } from "@/lib/outputs/pades/signing-service-simulator";
import { tstInfoOf, useTimestampAuthorityForTests } from "@/lib/outputs/pades/timestamp";
import { parseCrl, readDocumentSecurityStore } from "@/lib/outputs/pades/dss";
import { ISSUE_RETRY_QUEUE, issueOutput } from "@/lib/outputs/use-cases/issue-output";
import { verifyOutputByCode, verifyOutputByFile } from "@/lib/outputs/use-cases/verify-output";
import { buildOutputRecord } from "@/lib/outputs/canonical-record";
import { signRecord } from "@/lib/outputs/signing";
import { newVerificationCode } from "@/lib/outputs/verification-code";
import { sha256Hex } from "@/lib/documents/hash";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { actorFor, DISDUKCAPIL_OFFICER, KTP_SLUG, readAll, rejectionOf, type UserActor } from "@/tests/fixtures/applications";
import { nssDatabaseTrusting, pdfsig, qpdfCheck, writeTemp } from "@/tests/support/pdf-tools";

let officer: UserActor;
let owner: UserActor;
let services: SimulatedServices;
let nssDir: string;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  owner = await actorFor({ email: "siti.rahayu@warga.test" });
  services = await startSigningServiceSimulator();
  nssDir = nssDatabaseTrusting(portalCaCertificatePem());
});
afterEach(() => {
  useSignerForTests(null);
  useTimestampAuthorityForTests(undefined);
  services.failing = false;
});
afterAll(async () => {
  await services.close();
  await removeUploadDir();
});

let serial = randomInt(990_000, 999_000);

async function approvedApplication() {
  const service = await db.service.findUniqueOrThrow({ where: { slug: KTP_SLUG }, select: { id: true, agencyId: true, currentVersionId: true } });
  const now = new Date();
  return db.application.create({
    data: {
      citizenId: owner.id,
      serviceId: service.id,
      agencyId: service.agencyId,
      standardVersionId: service.currentVersionId!,
      status: "APPROVED",
      trackingNumber: `DISDUKCAPIL-2026-${serial++}`,
      submittedAt: now,
      decidedAt: now,
      assignedOfficerId: officer.id,
      version: 3,
    },
    select: { id: true },
  });
}

async function issuedPdf(applicationId: string) {
  const row = await db.outputDocument.findUniqueOrThrow({ where: { applicationId } });
  const stored = await documentStorage().get(row.storageKey);
  if (!stored) throw new Error("stored PDF missing");
  return { row, bytes: await readAll(stored.body) };
}

describe("verification is versioned", () => {
  it("a document issued before PAdES (version 1 record, Ed25519 only, unsigned PDF) still verifies by code and by file; a new one is version 2", async () => {
    const application = await approvedApplication();
    const issuedAt = new Date("2026-01-15T02:00:00.000Z");
    const legacyPdf = new TextEncoder().encode(`%PDF-1.7 legacy output ${application.id}`);
    const documentId = randomUUID();
    const record = buildOutputRecord({
      documentId,
      verificationCode: newVerificationCode(),
      service: { slug: KTP_SLUG, nameId: "KTP-el Baru", nameEn: "New e-KTP" },
      agencyCode: "DISDUKCAPIL",
      holderName: "Siti Rahayu",
      trackingNumber: `LEGACY-${serial++}`,
      issuedAt,
      pdfSha256: sha256Hex(legacyPdf),
    });
    const { signature, keyId } = signRecord(record);
    await db.outputDocument.create({
      data: {
        id: documentId,
        applicationId: application.id,
        verificationCode: record.verificationCode,
        storageKey: `outputs/legacy/${documentId}`,
        sha256: record.pdfSha256,
        canonicalRecord: record,
        signature,
        keyId,
        issuedAt,
      },
    });
    const byCode = await verifyOutputByCode(ANONYMOUS, record.verificationCode, { ip: null });
    expect(byCode.state).toBe("valid");
    expect(byCode.state !== "unknown" && byCode.record.v).toBe(1);
    expect((await verifyOutputByFile(ANONYMOUS, legacyPdf, { ip: null })).state).toBe("valid");

    const fresh = await approvedApplication();
    const issued = await issueOutput(officer, fresh.id, { ip: null });
    const current = await verifyOutputByCode(ANONYMOUS, issued.verificationCode, { ip: null });
    expect(current.state !== "unknown" && current.record.pdfSignature).toMatchObject({ format: "PAdES-B-B", signer: expect.stringContaining("Dinas") });
  });
});

describe("issued outputs carry a PAdES signature (pdfsig, qpdf)", () => {
  it("an issued output verifies in pdfsig: valid, unmodified, signed by the agency's certificate, at the issue time; qpdf accepts it", async () => {
    const application = await approvedApplication();
    const issued = await issueOutput(officer, application.id, { ip: null });
    const { bytes } = await issuedPdf(application.id);
    const file = writeTemp(bytes);
    const report = pdfsig(file, nssDir);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Total document signed");
    expect(report).toContain("Certificate Validation: Certificate is Trusted.");
    const agency = await db.agency.findFirstOrThrow({ where: { services: { some: { slug: KTP_SLUG } } }, select: { nameId: true } });
    expect(report).toContain(`Signer Certificate Common Name: ${agency.nameId}`);
    const month = issued.issuedAt.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
    expect(report).toContain(`Signing Time: ${month} ${String(issued.issuedAt.getUTCDate()).padStart(2, "0")} ${issued.issuedAt.getUTCFullYear()}`);
    expect(qpdfCheck(file).ok).toBe(true);

    // One byte changed in the signed range: pdfsig no longer calls it valid.
    const tampered = Buffer.from(bytes);
    tampered[200] = tampered[200]! ^ 0x01;
    expect(pdfsig(writeTemp(tampered), nssDir)).not.toContain("Signature is Valid.");

    // The portal's own record (Ed25519 over the signed PDF's hash) still verifies: /verifikasi is unchanged.
    const verified = await verifyOutputByCode(ANONYMOUS, issued.verificationCode, { ip: null });
    expect(verified.state).toBe("valid");
  });

  it("signs through the remote signing service (hash in, CMS out) with an RFC 3161 timestamp from the TSA (B-T)", async () => {
    useSignerForTests(remoteSigner(services.signerUrl, SIMULATOR_TOKEN, 5_000));
    useTimestampAuthorityForTests(services.tsaUrl);
    const before = { ...services.requests };
    const application = await approvedApplication();
    const issued = await issueOutput(officer, application.id, { ip: null });
    expect(services.requests.sign).toBe(before.sign + 1);
    expect(services.requests.tsa).toBe(before.tsa + 1);
    const { bytes } = await issuedPdf(application.id);
    const report = pdfsig(writeTemp(bytes), nssDir);
    expect(report).toContain("Signature Validation: Signature is Valid.");

    // The token sits in the signer's unsigned attributes, timestamping the signature within seconds of issuing.
    const contents = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(Buffer.from(bytes).toString("latin1"))?.[1] ?? "";
    const cms = Buffer.from(contents.replace(/(00)+$/, ""), "hex");
    const token = parseSignedData(cms).signerInfos[0]?.unsignedAttrs?.attributes.find((a) => a.type === "1.2.840.113549.1.9.16.2.14");
    expect(token).toBeDefined();
    const genTime = tstInfoOf(Buffer.from(token!.values[0]!.toBER())).genTime;
    expect(Math.abs(genTime.getTime() - issued.issuedAt.getTime())).toBeLessThan(60_000);
    const verified = await verifyOutputByCode(ANONYMOUS, issued.verificationCode, { ip: null });
    expect(verified.state !== "unknown" && verified.record.pdfSignature?.format).toBe("PAdES-B-T");
    // A remote signer's CA publishes its own CRL, which the portal does not hold: no DSS, the record says B-T (not B-LT).
    expect(await readDocumentSecurityStore(bytes)).toBeNull();
  });

  it("with the local signer and a TSA the output is PAdES B-LT: a DSS revision holds the certificates and the portal CA's CRL; pdfsig and qpdf accept it", async () => {
    useTimestampAuthorityForTests(services.tsaUrl);
    const application = await approvedApplication();
    const issued = await issueOutput(officer, application.id, { ip: null });
    const { bytes } = await issuedPdf(application.id);
    const file = writeTemp(bytes);
    const report = pdfsig(file, nssDir);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Certificate Validation: Certificate is Trusted.");
    // The signed revision ends where the DSS revision begins, and on its own it is the whole signed document.
    const signedEnd = Number(/Signed Ranges: \[0 - \d+\], \[\d+ - (\d+)\]/.exec(report)?.[1]);
    expect(signedEnd).toBeLessThan(bytes.length);
    expect(pdfsig(writeTemp(bytes.subarray(0, signedEnd)), nssDir)).toContain("Total document signed");
    expect(qpdfCheck(file).ok).toBe(true);

    const dss = await readDocumentSecurityStore(bytes);
    expect(dss?.crls).toHaveLength(1);
    const crl = parseCrl(dss!.crls[0]!);
    expect(crl.issuer.typesAndValues.find((entry) => entry.type === "2.5.4.3")?.value.valueBlock.value).toBe("SatuPintu Portal CA");
    expect(crl.thisUpdate.value.getTime()).toBeLessThanOrEqual(Date.now());
    expect(dss!.vriKeys).toHaveLength(1);

    const verified = await verifyOutputByCode(ANONYMOUS, issued.verificationCode, { ip: null });
    expect(verified.state).toBe("valid");
    expect(verified.state !== "unknown" && verified.record.pdfSignature?.format).toBe("PAdES-B-LT");
    // By file too: the stored bytes (with the DSS revision) are what the record's hash names.
    expect((await verifyOutputByFile(ANONYMOUS, bytes, { ip: null })).state).toBe("valid");
  });

  it("a signer outage holds the issuing (the case stays approved, nothing unsigned is stored) and the retry job issues it exactly once", async () => {
    services.failing = true;
    useSignerForTests(remoteSigner(services.signerUrl, SIMULATOR_TOKEN, 5_000));
    const application = await approvedApplication();
    const error = await rejectionOf(issueOutput(officer, application.id, { ip: null }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("output.signer.unavailable");
    expect(await db.outputDocument.count({ where: { applicationId: application.id } })).toBe(0);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("APPROVED");
    const jobs = await db.job.findMany({ where: { queue: ISSUE_RETRY_QUEUE, payload: { path: ["applicationId"], equals: application.id } } });
    expect(jobs).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "output.issueHeld", entityId: application.id } })).toBe(1);

    // Still down when the job runs: it throws, so the job backs off and retries.
    await expect(retryHeldIssuing({ applicationId: application.id, officerId: officer.id })).rejects.toBeInstanceOf(SignerUnavailableError);
    services.failing = false;
    await retryHeldIssuing({ applicationId: application.id, officerId: officer.id });
    await retryHeldIssuing({ applicationId: application.id, officerId: officer.id });
    expect(await db.outputDocument.count({ where: { applicationId: application.id } })).toBe(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("COMPLETED");
    const { bytes } = await issuedPdf(application.id);
    expect(pdfsig(writeTemp(bytes), nssDir)).toContain("Signature is Valid.");
  });

  it("a TSA outage holds the issuing too", async () => {
    useTimestampAuthorityForTests("http://127.0.0.1:9/unreachable");
    const application = await approvedApplication();
    const error = await rejectionOf(issueOutput(officer, application.id, { ip: null }));
    expect((error as AppError).code).toBe("UNAVAILABLE");
    expect(await db.outputDocument.count({ where: { applicationId: application.id } })).toBe(0);
  });
});
