import { generateKeyPairSync, randomBytes, randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signRequest } from "@/lib/interagency/message-signature";
import { CHECKS_PER_CLIENT_PER_MINUTE, checkDocumentForAgency } from "@/lib/interagency/use-cases/check-document";
import { buildOutputRecord } from "@/lib/outputs/canonical-record";
import { signRecord } from "@/lib/outputs/signing";
import { newVerificationCode } from "@/lib/outputs/verification-code";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { ANONYMOUS } from "@/lib/auth/actor";
import { verifyOutputByCode } from "@/lib/outputs/use-cases/verify-output";
import { presentedView, verifyPresentedCode } from "@/lib/outputs/verify-presented";
import { translator } from "@/lib/platform/i18n/messages";
import { createCitizen, rejectionOf } from "@/tests/fixtures/applications";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const privatePem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
let clientId: string;

/** An output of a fresh citizen for `slug`, issued at `issuedAt`, with a correctly signed record. */
async function issued(slug: string, issuedAt: Date) {
  const citizen = await createCitizen();
  const service = await db.service.findUniqueOrThrow({
    where: { slug },
    select: { id: true, slug: true, nameId: true, nameEn: true, agencyId: true, currentVersionId: true, agency: { select: { code: true } } },
  });
  const application = await db.application.create({
    data: {
      citizenId: citizen.actor.id,
      serviceId: service.id,
      agencyId: service.agencyId,
      standardVersionId: service.currentVersionId!,
      status: "COMPLETED",
      trackingNumber: `API-${randomInt(1, 1e9)}`,
      submittedAt: issuedAt,
      completedAt: issuedAt,
    },
    select: { id: true },
  });
  const id = randomUUID();
  const record = buildOutputRecord({
    documentId: id,
    verificationCode: newVerificationCode(),
    service,
    agencyCode: service.agency.code,
    holderName: "Ratna Sari Dewi",
    trackingNumber: `API-${id.slice(0, 8)}`,
    issuedAt,
    pdfSha256: randomBytes(32).toString("hex"),
  });
  const { signature, keyId } = signRecord(record);
  await db.outputDocument.create({
    data: {
      id,
      applicationId: application.id,
      verificationCode: record.verificationCode,
      storageKey: `outputs/api-test/${id}`,
      sha256: record.pdfSha256,
      canonicalRecord: record,
      signature,
      keyId,
      issuedAt,
    },
  });
  return { id, code: record.verificationCode };
}

function signedRequest(code: string, options: { created?: number; nonce?: string; keyid?: string; key?: string } = {}) {
  const path = `/api/antar-instansi/v1/dokumen/${code}`;
  const params = {
    created: options.created ?? Math.floor(Date.now() / 1000),
    keyid: options.keyid ?? clientId,
    nonce: options.nonce ?? randomBytes(16).toString("base64url"),
    alg: "ed25519" as const,
  };
  const headers = new Headers(signRequest("GET", `${env().PUBLIC_URL.replace(/\/+$/, "")}${path}`, params, options.key ?? privatePem));
  return { method: "GET", path, headers };
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.messageKey : error);

beforeAll(async () => {
  clientId = `bank-${randomInt(1, 1e9)}`;
  await db.interAgencyClient.create({
    data: { id: clientId, name: "Bank Pembangunan Daerah", publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString() },
  });
  const skck = await db.service.findUniqueOrThrow({ where: { slug: "skck" }, select: { currentVersion: { select: { id: true, standard: true } } } });
  const standard = skck.currentVersion!.standard as Record<string, unknown>;
  if (standard.outputValidityMonths !== 6) {
    await db.serviceStandardVersion.update({ where: { id: skck.currentVersion!.id }, data: { standard: { ...standard, outputValidityMonths: 6 } } });
  }
});

describe("/api/antar-instansi/v1/dokumen/<code>", () => {
  it("answers a signed request: valid, with the masked holder, issuer and expiry; the check is audited with the client", async () => {
    const document = await issued("skck", new Date(Date.now() - 10 * 86_400_000));
    const answer = await checkDocumentForAgency(signedRequest(document.code), document.code);
    expect(answer).toMatchObject({ code: document.code, state: "valid", document: { holderNameMasked: "R**** S*** D***", expiresAt: expect.any(String) } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "interAgency.documentChecked", entityId: document.id } });
    expect(audit.data).toMatchObject({ clientId, state: "valid" });
    expect((await db.interAgencyClient.findUniqueOrThrow({ where: { id: clientId } })).lastUsedAt).not.toBeNull();
  });

  it("says expired, revoked or unknown", async () => {
    const old = await issued("skck", new Date(Date.now() - 200 * 86_400_000));
    expect((await checkDocumentForAgency(signedRequest(old.code), old.code)).state).toBe("expired");
    const revoked = await issued("ktp-el-baru", new Date());
    await db.outputDocument.update({ where: { id: revoked.id }, data: { revokedAt: new Date(), revokedReason: "test" } });
    expect((await checkDocumentForAgency(signedRequest(revoked.code), revoked.code)).state).toBe("revoked");
    expect(await checkDocumentForAgency(signedRequest("ZZZZ-ZZZZ-ZZZZ"), "ZZZZ-ZZZZ-ZZZZ")).toMatchObject({ state: "unknown", document: null });
  });

  it("with a fixed clock: an SKCK is valid on its last day and refused as expired from the moment its 6 months end, on /verifikasi and in the API; revoked wins over expired", async () => {
    const issuedAt = new Date("2026-01-31T03:00:00.000Z");
    const skck = await issued("skck", issuedAt);
    // 31 January + 6 months is 31 July (the month's days clamp, lib/wallet/validity.ts).
    const lastMoment = new Date("2026-07-31T02:59:59.000Z");
    const expiry = new Date("2026-07-31T03:00:00.000Z");
    const at = (now: Date) => ({ ip: null, now });
    const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

    expect(await verifyOutputByCode(ANONYMOUS, skck.code, at(lastMoment))).toMatchObject({ state: "valid", expiresAt: expiry });
    expect((await checkDocumentForAgency(signedRequest(skck.code, { created: seconds(lastMoment) }), skck.code, lastMoment)).state).toBe("valid");

    const expired = await verifyPresentedCode(ANONYMOUS, skck.code, at(expiry));
    expect(expired.result).toMatchObject({ state: "expired", expiresAt: expiry });
    const view = presentedView(expired, "code", "id", translator("id"));
    expect(view).toMatchObject({ state: "expired", title: "Dokumen kedaluwarsa" });
    expect(view.explanation).toMatch(/masa berlakunya sudah habis/);
    expect(view.details).toContainEqual({ label: "Berlaku sampai", value: expect.stringContaining("31 Jul 2026") });
    const api = await checkDocumentForAgency(signedRequest(skck.code, { created: seconds(expiry) }), skck.code, expiry);
    expect(api).toMatchObject({ state: "expired", document: { expiresAt: expiry.toISOString() } });

    // A service without a declared validity never expires.
    const ktp = await issued("ktp-el-baru", issuedAt);
    expect(await verifyOutputByCode(ANONYMOUS, ktp.code, at(new Date("2036-01-01T00:00:00Z")))).toMatchObject({ state: "valid", expiresAt: null });

    // Revoked and expired: the stronger reason is given.
    await db.outputDocument.update({ where: { id: skck.id }, data: { revokedAt: new Date("2026-03-01T00:00:00Z"), revokedReason: "Data keliru." } });
    expect((await verifyOutputByCode(ANONYMOUS, skck.code, at(expiry))).state).toBe("revoked");
    const revokedView = presentedView(await verifyPresentedCode(ANONYMOUS, skck.code, at(expiry)), "code", "en", translator("en"));
    expect(revokedView.details).toContainEqual({ label: "Reason for revoking", value: "Data keliru." });
  });

  it("refuses unsigned, stale, replayed, unknown-key and wrong-key requests", async () => {
    const document = await issued("ktp-el-baru", new Date());
    expect(codeOf(await rejectionOf(checkDocumentForAgency({ method: "GET", path: "/x", headers: new Headers() }, document.code)))).toBe(
      "interAgency.signatureMissing",
    );
    const stale = signedRequest(document.code, { created: Math.floor(Date.now() / 1000) - 600 });
    expect(codeOf(await rejectionOf(checkDocumentForAgency(stale, document.code)))).toBe("interAgency.signatureStale");
    expect(codeOf(await rejectionOf(checkDocumentForAgency(signedRequest(document.code, { keyid: "nobody-registered" }), document.code)))).toBe(
      "interAgency.unknownClient",
    );
    const otherKey = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    expect(codeOf(await rejectionOf(checkDocumentForAgency(signedRequest(document.code, { key: otherKey }), document.code)))).toBe("interAgency.badSignature");
    // Signed for one code, sent for another: the signature covers the URI.
    const forOther = signedRequest("AAAA-BBBB-CCCC");
    expect(codeOf(await rejectionOf(checkDocumentForAgency({ ...forOther, path: `/api/antar-instansi/v1/dokumen/${document.code}` }, document.code)))).toBe(
      "interAgency.badSignature",
    );
    const once = signedRequest(document.code);
    await checkDocumentForAgency(once, document.code);
    expect(codeOf(await rejectionOf(checkDocumentForAgency(once, document.code)))).toBe("interAgency.replayed");
  });

  it("rate limits each client", async () => {
    const document = await issued("ktp-el-baru", new Date());
    const limited = `limited-${randomInt(1, 1e9)}`;
    const keys = generateKeyPairSync("ed25519");
    await db.interAgencyClient.create({
      data: { id: limited, name: "Scanner", publicKeyPem: keys.publicKey.export({ format: "pem", type: "spki" }).toString() },
    });
    const key = keys.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const now = new Date();
    for (let i = 0; i < CHECKS_PER_CLIENT_PER_MINUTE; i++)
      await checkDocumentForAgency(signedRequest(document.code, { keyid: limited, key }), document.code, now);
    const error = await rejectionOf(checkDocumentForAgency(signedRequest(document.code, { keyid: limited, key }), document.code, now));
    expect(error instanceof AppError && error.code).toBe("RATE_LIMITED");
  }, 120_000);
});
