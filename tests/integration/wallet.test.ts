import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { EMAIL_QUEUE } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { EXPIRY_REMINDER_QUEUE, sendExpiryReminder, sweepExpiringDocuments } from "@/lib/wallet/jobs";
import { listWallet } from "@/lib/wallet/queries";
import { createCitizen, rejectionOf, type TestCitizen } from "@/tests/fixtures/applications";

const DAY = 86_400_000;
let holder: TestCitizen;
let stranger: TestCitizen;

/** A completed application of `citizen` for `slug` with its output issued at `issuedAt` (rows written directly: the wallet reads, it does not sign). */
async function issuedDocument(citizen: TestCitizen, slug: string, issuedAt: Date, options: { revoked?: boolean } = {}) {
  const service = await db.service.findUniqueOrThrow({ where: { slug }, select: { id: true, agencyId: true, currentVersionId: true } });
  const application = await db.application.create({
    data: {
      citizenId: citizen.actor.id,
      serviceId: service.id,
      agencyId: service.agencyId,
      standardVersionId: service.currentVersionId!,
      status: "COMPLETED",
      trackingNumber: `WALLET-${randomInt(1, 1e9)}`,
      submittedAt: issuedAt,
      decidedAt: issuedAt,
      completedAt: issuedAt,
    },
    select: { id: true },
  });
  const id = randomUUID();
  await db.outputDocument.create({
    data: {
      id,
      applicationId: application.id,
      verificationCode: `W${randomInt(1e8, 1e9)}`,
      storageKey: `outputs/wallet-test/${id}`,
      sha256: randomUUID().replace(/-/g, "").padEnd(64, "0"),
      canonicalRecord: {},
      signature: "test",
      keyId: "test",
      issuedAt,
      ...(options.revoked ? { revokedAt: new Date(), revokedReason: "test" } : {}),
    },
  });
  return { applicationId: application.id, outputId: id };
}

beforeAll(async () => {
  holder = await createCitizen();
  stranger = await createCitizen();
  // The seeded SKCK standard declares its 6-month validity (prisma/seed/data/services/polres.ts); a database seeded before that gets it here.
  const skck = await db.service.findUniqueOrThrow({ where: { slug: "skck" }, select: { currentVersion: { select: { id: true, standard: true } } } });
  const standard = skck.currentVersion!.standard as Record<string, unknown>;
  if (standard.outputValidityMonths !== 6) {
    await db.serviceStandardVersion.update({ where: { id: skck.currentVersion!.id }, data: { standard: { ...standard, outputValidityMonths: 6 } } });
  }
});

describe("Dokumen saya (the wallet)", () => {
  it("lists the citizen's own outputs with issuer, dates, the declared validity and the state, and accepted uploads only", async () => {
    const now = new Date();
    const expiring = await issuedDocument(holder, "skck", new Date(now.getTime() - 170 * DAY));
    const lasting = await issuedDocument(holder, "ktp-el-baru", new Date(now.getTime() - 400 * DAY));
    const revoked = await issuedDocument(holder, "skck", new Date(now.getTime() - 10 * DAY), { revoked: true });
    await issuedDocument(stranger, "skck", new Date(now.getTime() - 10 * DAY));
    const accepted = await db.document.create({
      data: {
        applicationId: lasting.applicationId,
        uploaderId: holder.actor.id,
        fileName: "kk-lama.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "a".repeat(64),
        storageKey: `uploads/wallet/${randomUUID()}`,
        verifiedAt: now,
      },
    });
    await db.document.create({
      data: {
        applicationId: lasting.applicationId,
        uploaderId: holder.actor.id,
        fileName: "belum-diperiksa.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "b".repeat(64),
        storageKey: `uploads/wallet/${randomUUID()}`,
      },
    });

    const wallet = await listWallet(holder.actor, now);
    const byId = new Map(wallet.outputs.map((row) => [row.id, row]));
    expect(wallet.outputs).toHaveLength(3);
    const skck = byId.get(expiring.outputId)!;
    expect(skck.agency.nameId).toMatch(/Kepolisian|Polres/i);
    expect(skck.state).toBe("expiringSoon");
    expect(skck.expiresAt!.getTime() - skck.issuedAt.getTime()).toBeGreaterThan(180 * DAY);
    expect(skck.expiresAt!.getTime() - skck.issuedAt.getTime()).toBeLessThan(185 * DAY);
    expect(byId.get(lasting.outputId)).toMatchObject({ expiresAt: null, state: "valid" });
    expect(byId.get(revoked.outputId)?.state).toBe("revoked");
    expect(wallet.uploads.map((row) => row.id)).toEqual([accepted.id]);

    expect((await listWallet(stranger.actor, now)).outputs).toHaveLength(1);
    expect(((await rejectionOf(listWallet(ANONYMOUS))) as AppError).code).toBe("UNAUTHENTICATED");
  });

  it("reminds once before expiry, linking the document in the wallet (where it is renewed); revoked and far-off documents get none", async () => {
    const now = new Date();
    const soon = await issuedDocument(holder, "skck", new Date(now.getTime() - 160 * DAY));
    const far = await issuedDocument(holder, "skck", new Date(now.getTime() - 10 * DAY));
    const revoked = await issuedDocument(holder, "skck", new Date(now.getTime() - 165 * DAY), { revoked: true });
    await sweepExpiringDocuments(now);
    await sweepExpiringDocuments(now);
    const jobs = await db.job.findMany({
      where: { queue: EXPIRY_REMINDER_QUEUE, dedupeKey: { in: [soon, far, revoked].map((d) => `${EXPIRY_REMINDER_QUEUE}:${d.outputId}`) } },
    });
    expect(jobs.map((job) => job.dedupeKey)).toEqual([`${EXPIRY_REMINDER_QUEUE}:${soon.outputId}`]);

    await sendExpiryReminder(soon.outputId);
    const notice = await db.notification.findFirstOrThrow({
      where: { userId: holder.actor.id, messageKey: "notification.walletExpiring" },
      orderBy: { createdAt: "desc" },
    });
    const { verificationCode } = await db.outputDocument.findUniqueOrThrow({ where: { id: soon.outputId } });
    expect(notice.link).toBe(`/dokumen-saya#dokumen-${verificationCode}`);
    // And by email, in the citizen's language when it is sent.
    expect(await db.job.count({ where: { queue: EMAIL_QUEUE, payload: { path: ["notificationId"], equals: notice.id } } })).toBe(1);
  });
});
