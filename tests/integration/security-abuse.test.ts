import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { UPLOADS_PER_IP, UPLOADS_PER_USER, uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { ANONYMOUS } from "@/lib/auth/actor";
import { addInformation, INFO_PER_COMPLAINT } from "@/lib/complaints/use-cases/add-information";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { registerCitizen } from "@/lib/identity/use-cases/register-citizen";
import { db } from "@/lib/platform/db";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { createCitizen, rejectionOf, startDraft } from "@/tests/fixtures/applications";
import { file, trackerOf } from "@/tests/fixtures/complaints";
import { PDF_BYTES } from "@/tests/fixtures/documents";

/**
 * Issue 9, item 5 (endpoints) and the brute-force proof: limits are counters
 * in PostgreSQL, so they hold across every web instance; a refusal says "try
 * again later" in both languages and changes nothing.
 */

afterAll(removeUploadDir);

const RATE_LIMITED = { code: "RATE_LIMITED", messageKey: "error.rateLimited" };
const uniqueIp = () => `198.51.100.${randomInt(1, 255)}-${randomUUID().slice(0, 8)}`;

/** Uses up a limit as earlier requests (on any instance) would have. */
async function exhaust(key: string, rule: { limit: number; windowMs: number }) {
  for (let i = 0; i < rule.limit; i++) await hitRateLimit(db, key, rule);
}

describe("rate limits on endpoints", () => {
  it("the refusal reads 'try again later' in Bahasa Indonesia and English", () => {
    expect(messagesFor("id", ["error."])["error.rateLimited"]).toMatch(/Coba lagi nanti/);
    expect(messagesFor("en", ["error."])["error.rateLimited"]).toMatch(/Try again later/);
  });

  it("uploads: a citizen past the per-account limit is refused and nothing is stored; others are unaffected", async () => {
    const citizen = await createCitizen();
    const other = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    await exhaust(`upload:user:${citizen.actor.id}`, UPLOADS_PER_USER);
    const upload = { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: PDF_BYTES };
    expect(await rejectionOf(uploadDocument(citizen.actor, upload, { ip: null }))).toMatchObject(RATE_LIMITED);
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);

    const theirs = await startDraft(other.actor);
    await uploadDocument(other.actor, { ...upload, applicationId: theirs.id }, { ip: null });
    expect(await db.document.count({ where: { applicationId: theirs.id } })).toBe(1);
  });

  it("uploads: one address past its limit is refused, whichever account it uses", async () => {
    const ip = uniqueIp();
    await exhaust(`upload:ip:${ip}`, UPLOADS_PER_IP);
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor);
    const upload = { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: PDF_BYTES };
    expect(await rejectionOf(uploadDocument(citizen.actor, upload, { ip }))).toMatchObject(RATE_LIMITED);
  });

  it("a stranger's attempts on someone else's application do not use up the owner's allowance", async () => {
    const owner = await createCitizen();
    const stranger = await createCitizen();
    const { id } = await startDraft(owner.actor);
    const upload = { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: PDF_BYTES };
    for (let i = 0; i < 3; i++) expect(await rejectionOf(uploadDocument(stranger.actor, upload, { ip: null }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.rateLimitCounter.count({ where: { key: `upload:user:${owner.actor.id}` } })).toBe(0);
  });

  it("adding information to a complaint is limited per complaint; the refused text is not added", async () => {
    const receipt = await file(ANONYMOUS);
    const tracker = trackerOf(receipt.id);
    for (let i = 0; i < INFO_PER_COMPLAINT.limit; i++) {
      await addInformation(tracker, receipt.id, { text: `Tambahan ke-${i}` }, [], { ip: null });
    }
    const refused = addInformation(tracker, receipt.id, { text: "Satu lagi" }, [], { ip: null });
    expect(await rejectionOf(refused)).toMatchObject(RATE_LIMITED);
    expect(await db.complaintEvent.count({ where: { complaintId: receipt.id, type: "infoAdded" } })).toBe(INFO_PER_COMPLAINT.limit);
  });
});

describe("brute-force sign-in", () => {
  it("after five wrong passwords the right one is refused too, for the rest of the window", async () => {
    const email = `sasaran.${randomUUID()}@warga.test`;
    const password = "Matahari2026terbit";
    await registerCitizen(
      ANONYMOUS,
      {
        name: "Sasaran",
        email,
        nik: `327508170885${String(randomInt(1000, 10_000))}`,
        birthDate: "1985-08-17",
        sex: "MALE",
        password,
        passwordConfirm: password,
        consent: "on",
      },
      { ip: null },
    );
    for (let i = 0; i < 5; i++) {
      expect(await authenticateUser({ email, password: `salah-${i}-Matahari2026` }, { ip: uniqueIp() })).toMatchObject({ ok: false, reason: "invalid" });
    }
    // From yet another address: the limit is on the account, not the attacker's address.
    expect(await authenticateUser({ email, password }, { ip: uniqueIp() })).toMatchObject({ ok: false, reason: "rateLimited" });
  });
});
