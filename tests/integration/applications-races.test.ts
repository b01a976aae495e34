import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { itOnRealServer } from "@/tests/fixtures/real-server";
import { getOwnApplication } from "@/lib/applications/queries";
import { trackingSecretFor } from "@/lib/applications/tracking-secret";
import { removeDocument } from "@/lib/applications/use-cases/remove-document";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { trackApplication } from "@/lib/applications/use-cases/track-application";
import { uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { ANONYMOUS } from "@/lib/auth/actor";
import { documentStorage } from "@/lib/documents/storage";
import { db } from "@/lib/platform/db";
import { completeDraft, createCitizen, startDraft, submittedApplication } from "@/tests/fixtures/applications";
import { JPEG_BYTES, PDF_BYTES, PNG_BYTES } from "@/tests/fixtures/documents";
import { ownerDb } from "@/tests/fixtures/owner-db";

afterAll(removeUploadDir);

/**
 * Holds a citizen's submission open after its status change, inside its
 * transaction (the notification insert sleeps), so a request arriving in that
 * moment meets the race a slow database or a busy server produces.
 */
async function withSlowSubmission<T>(userId: string, run: () => Promise<T>): Promise<T> {
  expect(userId).toMatch(/^[a-z0-9]+$/);
  const name = `test_slow_notify_${userId}`;
  await ownerDb().$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$`);
  await ownerDb().$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON "Notification" FOR EACH ROW WHEN (NEW."userId" = '${userId}') EXECUTE FUNCTION ${name}()`,
  );
  try {
    return await run();
  } finally {
    await ownerDb().$executeRawUnsafe(`DROP TRIGGER ${name} ON "Notification"`);
    await ownerDb().$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  }
}

/** Waits until a backend of this database sleeps in the trigger: the submission is mid-transaction. */
async function submissionInFlight() {
  for (let waited = 0; waited < 5000; waited += 20) {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`;
    if (row!.n > 0) return;
    await sleep(20);
  }
  throw new Error("the submission never reached its notification");
}

describe("a submission racing the citizen's other requests", () => {
  // Each race holds one transaction open while another runs: that needs two database sessions, which the
  // embedded database (one session under every connection) does not have.
  const racing = itOnRealServer;

  racing("does not let a draft save that started before the submission committed overwrite the submitted answers", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen);

    const [submitted, saved] = await withSlowSubmission(citizen.actor.id, async () => {
      const submitting = submitApplication(citizen.actor, id, {}, { ip: null });
      await submissionInFlight();
      const saving = saveDraft(citizen.actor, id, { applicantNik: "123", applicantName: "" });
      return Promise.allSettled([submitting, saving]);
    });
    expect(submitted.status).toBe("fulfilled");

    const application = await getOwnApplication(citizen.actor, id);
    expect(application.status).toBe("SUBMITTED");
    // What was checked and submitted is what the agency reads.
    expect(application.answers).toMatchObject({ applicantNik: citizen.nik, applicantName: "Ratna Sari Dewi" });
    expect(saved).toMatchObject({ status: "rejected", reason: { code: "CONFLICT" } });
  });

  racing("does not let a required document be removed from an application while it is being submitted", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen);
    const document = await db.document.findFirstOrThrow({ where: { applicationId: id, fieldKey: "familyCardScan" } });

    const [submitted, removed] = await withSlowSubmission(citizen.actor.id, async () => {
      const submitting = submitApplication(citizen.actor, id, {}, { ip: null });
      await submissionInFlight();
      const removing = removeDocument(citizen.actor, { applicationId: id, documentId: document.id }, { ip: null });
      return Promise.allSettled([submitting, removing]);
    });
    expect(submitted.status).toBe("fulfilled");

    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    // A submitted application keeps the documents its readiness check counted.
    expect(await db.document.count({ where: { applicationId: id, fieldKey: "familyCardScan" } })).toBe(1);
    expect(removed).toMatchObject({ status: "rejected", reason: { code: "CONFLICT" } });
  });
});

describe("repeated requests at once", () => {
  it("keeps one document per field when the same field is uploaded several times at once", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const files = [PDF_BYTES, JPEG_BYTES, PNG_BYTES, PDF_BYTES, JPEG_BYTES];
    const results = await Promise.allSettled(
      files.map((bytes, i) => uploadDocument(citizen.actor, { applicationId: id, fieldKey: "familyCardScan", fileName: `kk-${i}`, bytes }, { ip: null })),
    );
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);

    const rows = await db.document.findMany({ where: { applicationId: id }, select: { storageKey: true } });
    expect(rows).toHaveLength(1);
    const kept = await Promise.all(rows.map((row) => documentStorage().exists(row.storageKey)));
    expect(kept).toEqual([true]);
  });

  it("counts every wrong tracking secret towards the limit, even when they arrive together", async () => {
    const citizen = await createCitizen();
    const { id, trackingNumber } = await submittedApplication(citizen);
    const secret = trackingSecretFor(id);
    const wrong = `${secret[0] === "7" ? "8" : "7"}${secret.slice(1)}`;

    const outcomes = await Promise.allSettled(
      Array.from({ length: 25 }, () => trackApplication(ANONYMOUS, { trackingNumber, secret: wrong }, { ip: "192.0.2.1" })),
    );
    const codes = outcomes.map((o) => (o.status === "rejected" ? (o.reason as { code: string }).code : "FOUND"));
    // The secret has 40 bits; the limit promises at most ten tries an hour per number and guesser.
    expect(codes.filter((code) => code === "NOT_FOUND").length).toBeLessThanOrEqual(10);
    expect(codes.every((code) => code === "NOT_FOUND" || code === "RATE_LIMITED")).toBe(true);
  });
});

// The helpers above must not leave a trigger behind for other files.
afterAll(async () => {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname LIKE 'test_slow_notify_%'`;
  expect(row!.n).toBe(0);
});
