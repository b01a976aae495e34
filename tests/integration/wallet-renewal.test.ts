import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { sealAnswers } from "@/lib/applications/answer-vault";
import { loadCitizenCase } from "@/lib/applications/data";
import { renewApplication } from "@/lib/applications/use-cases/renew-application";
import { profileBoundFields } from "@/lib/catalog/form-profile";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { sendExpiryReminder } from "@/lib/wallet/jobs";
import { createCitizen, rejectionOf, type TestCitizen } from "@/tests/fixtures/applications";

/**
 * Issue 22 item 9: the wallet reminds before expiry, and renewing opens a new
 * application of the same service with the previous answers (the profile
 * fills the profile-bound fields, as on any form).
 */
const DAY = 86_400_000;
const ctx = { ip: null };
let holder: TestCitizen;
let profileKey: string;

async function skckDocument(citizen: TestCitizen, issuedAt: Date, options: { revoked?: boolean } = {}) {
  const service = await db.service.findUniqueOrThrow({ where: { slug: "skck" }, select: { id: true, agencyId: true, currentVersionId: true } });
  const version = await loadPublishedVersion(db, service.currentVersionId!);
  const application = await db.application.create({
    data: {
      citizenId: citizen.actor.id,
      serviceId: service.id,
      agencyId: service.agencyId,
      standardVersionId: service.currentVersionId!,
      status: "COMPLETED",
      trackingNumber: `RENEW-${randomInt(1, 1e9)}`,
      submittedAt: issuedAt,
      decidedAt: issuedAt,
      completedAt: issuedAt,
      answers: sealAnswers(version.formDefinition, {
        fatherName: "Bambang Sutrisno",
        purposeDetail: "PT Maju Jaya",
        [profileKey]: "nilai lama dari permohonan sebelumnya",
      }) as Prisma.InputJsonObject,
    },
    select: { id: true },
  });
  const id = randomUUID();
  const code = `R${randomInt(1e8, 1e9)}`;
  await db.outputDocument.create({
    data: {
      id,
      applicationId: application.id,
      verificationCode: code,
      storageKey: `outputs/renewal-test/${id}`,
      sha256: randomUUID().replace(/-/g, "").padEnd(64, "0"),
      canonicalRecord: {},
      signature: "test",
      keyId: "test",
      issuedAt,
      ...(options.revoked ? { revokedAt: new Date(), revokedReason: "test" } : {}),
    },
  });
  return { applicationId: application.id, outputId: id, code };
}

beforeAll(async () => {
  holder = await createCitizen();
  const skck = await db.service.findUniqueOrThrow({ where: { slug: "skck" }, select: { currentVersion: { select: { id: true, standard: true } } } });
  const standard = skck.currentVersion!.standard as Record<string, unknown>;
  if (standard.outputValidityMonths !== 6) {
    await db.serviceStandardVersion.update({ where: { id: skck.currentVersion!.id }, data: { standard: { ...standard, outputValidityMonths: 6 } } });
  }
  const version = await loadPublishedVersion(db, skck.currentVersion!.id);
  const bound = profileBoundFields(version.formDefinition).find((entry) => entry.binding !== "nik");
  if (!bound) throw new Error("the SKCK form has no profile-bound field");
  profileKey = bound.fieldKey;
});

describe("renewing an expiring document", () => {
  it("the reminder links the document in the wallet, whose renewal opens one pre-filled draft of the same service", async () => {
    const now = new Date();
    const soon = await skckDocument(holder, new Date(now.getTime() - 165 * DAY));
    await sendExpiryReminder(soon.outputId);
    const notice = await db.notification.findFirstOrThrow({
      where: { userId: holder.actor.id, messageKey: "notification.walletExpiring" },
      orderBy: { createdAt: "desc" },
    });
    expect(notice.link).toBe(`/dokumen-saya#dokumen-${soon.code}`);

    const renewal = await renewApplication(holder.actor, soon.applicationId, ctx);
    expect(renewal.alreadyStarted).toBe(false);
    const draft = await loadCitizenCase(db, holder.actor, renewal.id, "application.act");
    const previous = await db.application.findUniqueOrThrow({ where: { id: soon.applicationId }, select: { serviceId: true } });
    expect(draft.status).toBe("DRAFT");
    expect(draft.serviceId).toBe(previous.serviceId);
    // The previous answers are copied; the profile-bound ones are left for the profile to fill as it is now.
    expect(draft.answers).toMatchObject({ fatherName: "Bambang Sutrisno", purposeDetail: "PT Maju Jaya" });
    expect(draft.answers[profileKey]).toBeUndefined();
    expect(await db.applicationEvent.findFirst({ where: { applicationId: renewal.id, type: "created" }, select: { data: true } })).toMatchObject({
      data: { renewedFrom: soon.applicationId, outputId: soon.outputId },
    });
    expect(await db.auditEvent.count({ where: { action: "application.created", entityId: renewal.id } })).toBe(1);

    // A second click (or the reminder followed twice) lands on the same draft.
    expect(await renewApplication(holder.actor, soon.applicationId, ctx)).toEqual({ id: renewal.id, alreadyStarted: true });
  });

  it("is refused for a document far from expiry or revoked, and is not found for anyone but the holder", async () => {
    const now = new Date();
    const far = await skckDocument(holder, new Date(now.getTime() - 10 * DAY));
    expect(((await rejectionOf(renewApplication(holder.actor, far.applicationId, ctx))) as AppError).messageKey).toBe("wallet.renewNotNow");
    const revoked = await skckDocument(holder, new Date(now.getTime() - 200 * DAY), { revoked: true });
    expect(((await rejectionOf(renewApplication(holder.actor, revoked.applicationId, ctx))) as AppError).messageKey).toBe("wallet.renewNotNow");
    const expired = await skckDocument(holder, new Date(now.getTime() - 200 * DAY));
    const stranger = await createCitizen();
    expect(((await rejectionOf(renewApplication(stranger.actor, expired.applicationId, ctx))) as AppError).code).toBe("NOT_FOUND");
    // Expired, the holder may renew it.
    expect((await renewApplication(holder.actor, expired.applicationId, ctx)).alreadyStarted).toBe(false);
  });
});
