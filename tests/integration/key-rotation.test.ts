import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { loadProfileValues } from "@/lib/identity/profile-values";
import { rotatePiiKeys } from "@/lib/identity/key-rotation";
import { ciphertextKeyId, decryptPii, piiKeyRing, type KeyRing } from "@/lib/identity/nik-vault";
import { db } from "@/lib/platform/db";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER } from "@/tests/fixtures/applications";
import { applicationIn } from "@/tests/fixtures/back-office";

const configured = piiKeyRing();
const newKey = randomBytes(32);
/** The configured key (k1) kept for reading, a fresh k2 to write under. */
const rotated: KeyRing = { currentId: "k2", keys: new Map([...configured.keys, ["k2", newKey]]) };
/** Only the new key: proves nothing still needs the old one. */
const onlyNew: KeyRing = { currentId: "k2", keys: new Map([["k2", newKey]]) };

afterAll(async () => {
  // Later test files run with the configured ring, which does not know k2: move everything back.
  await rotatePiiKeys(db, { currentId: configured.currentId, keys: rotated.keys });
});

async function sealedAnswers(applicationId: string) {
  const { answers } = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { answers: true } });
  return JSON.stringify(answers).match(/enc:[^"]+/g) ?? [];
}

describe("npm run keys:rotate", () => {
  it("re-encrypts every NIK, KK number and sealed answer under the new key, readable without the old one", async () => {
    const officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
    const citizen = await createCitizen();
    const { id } = await applicationIn("SUBMITTED", officer, citizen);
    expect((await sealedAnswers(id)).length).toBeGreaterThan(0);

    const report = await rotatePiiKeys(db, rotated);
    expect(report.profiles).toBeGreaterThan(0);
    expect(report.skipped).toBe(0);

    const profile = await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id } });
    expect(profile.nikKeyId).toBe("k2");
    expect(ciphertextKeyId(profile.nikCiphertext)).toBe("k2");
    expect(decryptPii(profile.nikCiphertext, onlyNew)).toBe(citizen.nik);
    for (const sealed of await sealedAnswers(id)) expect(decryptPii(sealed.slice(4), onlyNew)).toMatch(/^\d{16}$/);
    expect(await db.citizenProfile.count({ where: { nikKeyId: { not: "k2" } } })).toBe(0);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await db.citizenProfile.findMany({ orderBy: { userId: "asc" }, select: { nikCiphertext: true } });
    expect(await rotatePiiKeys(db, rotated)).toEqual({ profiles: 0, applications: 0, skipped: 0 });
    expect(await db.citizenProfile.findMany({ orderBy: { userId: "asc" }, select: { nikCiphertext: true } })).toEqual(before);
  });

  it("resumes a half-done rotation, and the app still reads both halves meanwhile", async () => {
    const citizen = await createCitizen();
    // Written under the configured key, as by an instance not yet restarted: the "rest" of a stopped run.
    expect(ciphertextKeyId((await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id } })).nikCiphertext)).toBe(configured.currentId);
    expect((await loadProfileValues(db, citizen.actor.id)).nik).toBe(citizen.nik);
    const report = await rotatePiiKeys(db, rotated);
    expect(report.profiles).toBe(1);
    expect(decryptPii((await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id } })).nikCiphertext, onlyNew)).toBe(citizen.nik);
  });

  it("reads ciphertexts written before key ids were embedded", async () => {
    const citizen = await createCitizen();
    const profile = await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id } });
    const legacy = profile.nikCiphertext.slice(profile.nikCiphertext.indexOf(":") + 1);
    await db.citizenProfile.update({ where: { userId: citizen.actor.id }, data: { nikCiphertext: legacy } });
    expect(decryptPii(legacy)).toBe(citizen.nik);
    await rotatePiiKeys(db, rotated);
    expect(decryptPii((await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id } })).nikCiphertext, onlyNew)).toBe(citizen.nik);
  });
});
