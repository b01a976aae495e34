import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveApplicationForm } from "@/lib/applications/use-cases/save-application-form";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { buildOutputRecord } from "@/lib/outputs/canonical-record";
import { signRecord } from "@/lib/outputs/signing";
import { db } from "@/lib/platform/db";
import { listStaffAccessToMyData } from "@/lib/privacy/queries";
import { walletSourcesForCase } from "@/lib/outputs/wallet-sources";
import { shareWalletFacts } from "@/lib/applications/use-cases/share-wallet-facts";
import {
  actorFor,
  createCitizen,
  DINSOS_OFFICER,
  DISDUKCAPIL_OFFICER,
  rejectionOf,
  startDraft,
  type TestCitizen,
  type UserActor,
} from "@/tests/fixtures/applications";

const DAY = 86_400_000;
const context = { ip: "203.0.113.22" };
const BIRTH = {
  childName: "Ayu Lestari",
  childSex: "FEMALE",
  birthDate: "2026-11-01",
  birthPlace: "Harapan Jaya",
  fatherName: "Budi Santoso",
  motherName: "Ratna Sari Dewi",
};
let holder: TestCitizen;
let stranger: TestCitizen;
let officer: UserActor;

/**
 * A birth certificate issued to `citizen`: the akta-kelahiran application's
 * rows written directly, with a record signed by the portal's key (what
 * /verifikasi checks), so the test needs no PDF signing. `standardVersionId`
 * lets a test use a version that declares a validity period.
 */
async function birthCertificate(citizen: TestCitizen, options: { revoked?: boolean; issuedAt?: Date; standardVersionId?: string } = {}) {
  const service = await db.service.findUniqueOrThrow({
    where: { slug: "akta-kelahiran" },
    select: { id: true, slug: true, nameId: true, nameEn: true, agencyId: true, currentVersionId: true, agency: { select: { code: true } } },
  });
  const issuedAt = options.issuedAt ?? new Date();
  const trackingNumber = `DISDUKCAPIL-2026-${randomInt(100_000, 999_999)}`;
  const application = await db.application.create({
    data: {
      citizenId: citizen.actor.id,
      serviceId: service.id,
      agencyId: service.agencyId,
      standardVersionId: options.standardVersionId ?? service.currentVersionId!,
      status: "COMPLETED",
      trackingNumber,
      answers: BIRTH,
      submittedAt: issuedAt,
      decidedAt: issuedAt,
      completedAt: issuedAt,
    },
    select: { id: true },
  });
  // A UUID, as issueOutput makes them.
  const id = randomUUID();
  const verificationCode = `R${randomInt(1e8, 1e9)}`;
  const sha256 = randomUUID().replace(/-/g, "").padEnd(64, "0");
  const record = buildOutputRecord({
    documentId: id,
    verificationCode,
    service,
    agencyCode: service.agency.code,
    holderName: "Ratna Sari Dewi",
    trackingNumber,
    issuedAt,
    pdfSha256: sha256,
  });
  await db.outputDocument.create({
    data: {
      id,
      applicationId: application.id,
      verificationCode,
      storageKey: `outputs/wallet-reuse/${id}`,
      sha256,
      canonicalRecord: record,
      ...signRecord(record),
      issuedAt,
      ...(options.revoked ? { revokedAt: new Date(), revokedReason: "test" } : {}),
    },
  });
  return { applicationId: application.id, outputId: id, ref: `output:${id}` };
}

/** The family-card answers of a citizen adding a child, all but the child's. */
const familyAnswers = (citizen: TestCitizen): [string, string][] => [
  ["applicantName", "Ratna Sari Dewi"],
  ["applicantNik", citizen.nik],
  ["applicantKkNumber", citizen.kkNumber],
  ["applicantPhone", "081234567890"],
  ["applicantAddress", "Jl. Merdeka No. 17, RT 002/RW 005, Harapan Tengah"],
  ["requestType", "tambahAnggota"],
  ["familyMembers.0.memberName", "Ratna Sari Dewi"],
  ["familyMembers.0.memberNik", citizen.nik],
  ["familyMembers.0.memberRelationship", "kepalaKeluarga"],
  ["familyMembers.0.memberSex", "FEMALE"],
  ["familyMembers.0.memberBirthDate", citizen.birthDate],
];

/** A family-card draft adding a child, every answer but the child's filled in. */
async function familyCardDraft(citizen: TestCitizen) {
  const { id } = await startDraft(citizen.actor, { serviceSlug: "kartu-keluarga" });
  await saveApplicationForm(citizen.actor, { applicationId: id, entries: familyAnswers(citizen), validate: false }, context);
  return id;
}

/** The form posted as the page posts it: every answer (as typed so far) plus the wallet choice. */
const save = (citizen: TestCitizen, applicationId: string, entries: [string, string][]) =>
  saveApplicationForm(citizen.actor, { applicationId, entries: [...familyAnswers(citizen), ...entries], validate: false }, context);

beforeAll(async () => {
  [holder, stranger] = await Promise.all([createCitizen(), createCitizen()]);
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
});

describe("a requirement met from Dokumen saya", () => {
  it("stores a reference to the citizen's own birth certificate, not a copy, audited on the agency's chain; submission needs no upload", async () => {
    const certificate = await birthCertificate(holder);
    const id = await familyCardDraft(holder);
    expect(await save(holder, id, [["$wallet:birthCertificate", certificate.ref]])).toEqual({ fieldErrors: {} });

    expect(await db.walletReference.findMany({ where: { applicationId: id }, select: { fieldKey: true, outputDocumentId: true, documentId: true } })).toEqual([
      { fieldKey: "birthCertificate", outputDocumentId: certificate.outputId, documentId: null },
    ]);
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    const application = await db.application.findUniqueOrThrow({ where: { id }, select: { agencyId: true } });
    const used = await db.auditEvent.findFirstOrThrow({ where: { action: "application.walletDocumentUsed", entityId: id } });
    expect(used).toMatchObject({
      chain: application.agencyId,
      actorId: holder.actor.id,
      data: expect.objectContaining({ fieldKey: "birthCertificate", outputDocumentId: certificate.outputId }),
    });

    // The same choice posted again (a double submit) changes nothing and audits nothing more.
    await save(holder, id, [["$wallet:birthCertificate", certificate.ref]]);
    expect(await db.auditEvent.count({ where: { action: "application.walletDocumentUsed", entityId: id } })).toBe(1);
    // The child's details, from the same certificate with consent.
    await shareWalletFacts(holder.actor, { applicationId: id, source: certificate.ref, consent: "on" }, context);

    const submitted = await submitApplication(holder.actor, id, {}, context);
    expect(submitted.trackingNumber).toMatch(/^DISDUKCAPIL-/);

    // The officer sees the issuer and the date, with the signed record verified as the page is drawn.
    const sources = await walletSourcesForCase(officer, id);
    expect(sources.documents).toEqual([
      expect.objectContaining({
        fieldKey: "birthCertificate",
        kind: "output",
        state: "valid",
        agency: expect.objectContaining({ nameEn: expect.stringContaining("Population") }),
      }),
    ]);
    expect(Object.keys(sources.filledFrom)).toEqual(expect.arrayContaining(["newMemberName", "newMemberBirthDate", "newMemberMotherName"]));
    // An officer of another agency does not see the case at all.
    await expect(walletSourcesForCase(await actorFor({ email: DINSOS_OFFICER }), id)).rejects.toMatchObject({
      code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
    });

    // A record edited outside the portal no longer verifies: the officer is told not to accept it.
    await db.outputDocument.update({ where: { id: certificate.outputId }, data: { canonicalRecord: { tampered: true } } });
    expect((await walletSourcesForCase(officer, id)).documents[0]?.state).toBe("unknown");
  });

  it("refuses another citizen's document exactly like one that does not exist, and writes nothing", async () => {
    const theirs = await birthCertificate(stranger);
    const id = await familyCardDraft(holder);
    const forged = await save(holder, id, [["$wallet:birthCertificate", theirs.ref]]);
    const missing = await save(holder, id, [["$wallet:birthCertificate", "output:nosuchdocument"]]);
    expect(forged).toEqual({ fieldErrors: { birthCertificate: ["wallet.reuse.itemNotFound"] } });
    expect(missing).toEqual(forged);
    expect(await db.walletReference.count({ where: { applicationId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "application.walletDocumentUsed", entityId: id } })).toBe(0);
  });

  it("takes an upload an officer accepted, of the type the requirement names; not one still unchecked", async () => {
    const citizen = await createCitizen();
    const earlier = await birthCertificate(citizen);
    const upload = (verifiedAt: Date | null) =>
      db.document.create({
        data: {
          applicationId: earlier.applicationId,
          uploaderId: citizen.actor.id,
          fieldKey: "birthNoticeScan",
          fileName: "akta.pdf",
          mimeType: "application/pdf",
          sizeBytes: 10,
          sha256: "b".repeat(64),
          storageKey: `uploads/wallet-reuse/${randomUUID()}`,
          documentType: "akta-kelahiran",
          verifiedAt,
        },
      });
    const [accepted, unchecked] = [await upload(new Date()), await upload(null)];
    const id = await familyCardDraft(citizen);
    expect(await save(citizen, id, [["$wallet:birthCertificate", `upload:${unchecked.id}`]])).toEqual({
      fieldErrors: { birthCertificate: ["wallet.reuse.itemNotFound"] },
    });
    expect(await save(citizen, id, [["$wallet:birthCertificate", `upload:${accepted.id}`]])).toEqual({ fieldErrors: {} });
    expect(await db.walletReference.findFirst({ where: { applicationId: id }, select: { documentId: true } })).toEqual({ documentId: accepted.id });
    await shareWalletFacts(citizen.actor, { applicationId: id, source: earlier.ref, consent: "on" }, context);
    await submitApplication(citizen.actor, id, {}, context);
    expect((await walletSourcesForCase(officer, id)).documents).toEqual([expect.objectContaining({ kind: "upload", state: "accepted" })]);
  });

  it("refuses a revoked or an expired document; one revoked after it was chosen no longer counts at submission", async () => {
    const revoked = await birthCertificate(holder, { revoked: true });
    // A version of the standard that declares a one-month validity, for an expired certificate.
    const current = await db.service.findUniqueOrThrow({ where: { slug: "akta-kelahiran" }, select: { id: true, currentVersion: true } });
    const version = current.currentVersion!;
    const expiring = await db.serviceStandardVersion.create({
      data: {
        serviceId: current.id,
        version: 9000 + randomInt(0, 99_999),
        decreeNumber: version.decreeNumber,
        effectiveFrom: version.effectiveFrom,
        standard: { ...(version.standard as object), outputValidityMonths: 1 },
        formDefinition: version.formDefinition as object,
        slaWorkingDays: version.slaWorkingDays,
      },
    });
    const expired = await birthCertificate(holder, { issuedAt: new Date(Date.now() - 40 * DAY), standardVersionId: expiring.id });
    const id = await familyCardDraft(holder);
    expect(await save(holder, id, [["$wallet:birthCertificate", revoked.ref]])).toEqual({ fieldErrors: { birthCertificate: ["wallet.reuse.itemRevoked"] } });
    expect(await save(holder, id, [["$wallet:birthCertificate", expired.ref]])).toEqual({ fieldErrors: { birthCertificate: ["wallet.reuse.itemExpired"] } });
    await expect(shareWalletFacts(holder.actor, { applicationId: id, source: revoked.ref, consent: "on" }, context)).rejects.toMatchObject({
      messageKey: "wallet.reuse.itemRevoked",
    });

    const good = await birthCertificate(holder);
    await save(holder, id, [["$wallet:birthCertificate", good.ref]]);
    await shareWalletFacts(holder.actor, { applicationId: id, source: good.ref, consent: "on" }, context);
    await db.outputDocument.update({ where: { id: good.outputId }, data: { revokedAt: new Date(), revokedReason: "test" } });
    const refused = await rejectionOf(submitApplication(holder.actor, id, {}, context));
    expect(refused).toMatchObject({ messageKey: "application.notReady", fieldErrors: { birthCertificate: ["application.documentMissing"] } });

    // Choosing an upload of one's own instead drops the reference.
    await save(holder, id, [["$wallet:birthCertificate", "upload-new"]]);
    expect(await db.walletReference.count({ where: { applicationId: id } })).toBe(0);
  });
});

describe("facts shared from Dokumen saya with consent", () => {
  it("reads nothing without consent; with it, fills the declared fields, records the read and shows it on 'who used my data'", async () => {
    const citizen = await createCitizen();
    const certificate = await birthCertificate(citizen);
    const id = await familyCardDraft(citizen);

    expect(await rejectionOf(shareWalletFacts(citizen.actor, { applicationId: id, source: certificate.ref }, context))).toMatchObject({
      code: "INVALID",
      fieldErrors: { consent: ["wallet.reuse.consentRequired"] },
    });
    expect(await db.sharedFactRead.count({ where: { applicationId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "wallet.factsShared", entityId: id } })).toBe(0);
    expect((await db.application.findUniqueOrThrow({ where: { id }, select: { answers: true } })).answers).not.toHaveProperty("newMemberName");

    const shared = await shareWalletFacts(citizen.actor, { applicationId: id, source: certificate.ref, consent: "on" }, context);
    expect(shared.fieldKeys).toEqual(["newMemberName", "newMemberSex", "newMemberBirthDate", "newMemberFatherName", "newMemberMotherName"]);
    expect((await db.application.findUniqueOrThrow({ where: { id }, select: { answers: true } })).answers).toMatchObject({
      newMemberName: "Ayu Lestari",
      newMemberSex: "FEMALE",
      newMemberBirthDate: "2026-11-01",
      newMemberFatherName: "Budi Santoso",
      newMemberMotherName: "Ratna Sari Dewi",
      requestType: "tambahAnggota",
    });
    expect(await db.sharedFactRead.findMany({ where: { applicationId: id }, select: { outputDocumentId: true, fieldKeys: true } })).toEqual([
      { outputDocumentId: certificate.outputId, fieldKeys: shared.fieldKeys },
    ]);
    const application = await db.application.findUniqueOrThrow({ where: { id }, select: { agencyId: true } });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "wallet.factsShared", entityId: id } })).toMatchObject({
      chain: application.agencyId,
      actorId: citizen.actor.id,
      data: expect.objectContaining({ outputDocumentId: certificate.outputId, consent: true }),
    });
    expect(await listStaffAccessToMyData(citizen.actor)).toEqual([
      expect.objectContaining({
        action: "wallet.factsShared",
        byConsent: true,
        agency: expect.objectContaining({ nameEn: expect.stringContaining("Population") }),
      }),
    ]);
  });

  it("reads only the citizen's own output into only their own application", async () => {
    const certificate = await birthCertificate(holder);
    const theirs = await birthCertificate(stranger);
    const id = await familyCardDraft(holder);
    expect(await rejectionOf(shareWalletFacts(holder.actor, { applicationId: id, source: theirs.ref, consent: "on" }, context))).toMatchObject({
      messageKey: "wallet.reuse.itemNotFound",
    });
    expect(await rejectionOf(shareWalletFacts(stranger.actor, { applicationId: id, source: certificate.ref, consent: "on" }, context))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.sharedFactRead.count({ where: { applicationId: id } })).toBe(0);
  });
});
