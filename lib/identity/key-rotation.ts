import "server-only";
import type { Db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ciphertextKeyId, decryptPii, encryptPii, type KeyRing } from "./nik-vault";

/** Marks a sealed answer (lib/applications/answer-vault.ts); kept in step with SEALED_PREFIX there. */
const SEALED_PREFIX = "enc:";
const BATCH = 200;

export type RotationReport = { profiles: number; applications: number; skipped: number };

/**
 * Re-encrypts every PII ciphertext under the ring's current key: profiles'
 * NIK and KK numbers, and identity numbers sealed in application answers.
 *
 * Idempotent and resumable: a ciphertext already under the current key is
 * left alone, so a run that stopped half-way (or a second run) only does what
 * is left. Rows are walked in id order in small batches, each row updated on
 * the condition that it still holds what was read, so a citizen editing
 * their profile meanwhile is never overwritten: that row is counted as
 * skipped and picked up by the next run (it was just written under the current
 * key anyway).
 */
export async function rotatePiiKeys(db: Db, ring: KeyRing, log: (message: string) => void = () => {}): Promise<RotationReport> {
  const report: RotationReport = { profiles: 0, applications: 0, skipped: 0 };
  const stale = (ciphertext: string) => ciphertextKeyId(ciphertext) !== ring.currentId;
  const reseal = (ciphertext: string) => encryptPii(decryptPii(ciphertext, ring), ring).ciphertext;

  let afterUser = "";
  for (;;) {
    const profiles = await db.citizenProfile.findMany({
      where: { userId: { gt: afterUser } },
      orderBy: { userId: "asc" },
      take: BATCH,
      select: { userId: true, nikCiphertext: true, kkNumberCiphertext: true },
    });
    if (profiles.length === 0) break;
    for (const profile of profiles) {
      const kk = profile.kkNumberCiphertext;
      if (!stale(profile.nikCiphertext) && !(kk && stale(kk))) continue;
      const updated = await db.citizenProfile.updateMany({
        where: { userId: profile.userId, nikCiphertext: profile.nikCiphertext, kkNumberCiphertext: kk },
        data: {
          nikCiphertext: stale(profile.nikCiphertext) ? reseal(profile.nikCiphertext) : profile.nikCiphertext,
          nikKeyId: ring.currentId,
          kkNumberCiphertext: kk && stale(kk) ? reseal(kk) : kk,
        },
      });
      if (updated.count === 1) report.profiles += 1;
      else report.skipped += 1;
    }
    afterUser = profiles.at(-1)!.userId;
    log(`profiles: ${report.profiles} re-encrypted so far`);
  }

  let afterApplication = "";
  for (;;) {
    const applications = await db.application.findMany({
      where: { id: { gt: afterApplication } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, answers: true },
    });
    if (applications.length === 0) break;
    for (const application of applications) {
      let changed = false;
      const resealed = mapStrings(application.answers, (value) => {
        if (!value.startsWith(SEALED_PREFIX) || !stale(value.slice(SEALED_PREFIX.length))) return value;
        changed = true;
        return SEALED_PREFIX + reseal(value.slice(SEALED_PREFIX.length));
      });
      if (!changed) continue;
      const updated = await db.application.updateMany({
        where: { id: application.id, answers: { equals: application.answers as Prisma.InputJsonValue } },
        data: { answers: resealed as Prisma.InputJsonValue },
      });
      if (updated.count === 1) report.applications += 1;
      else report.skipped += 1;
    }
    afterApplication = applications.at(-1)!.id;
    log(`applications: ${report.applications} re-encrypted so far`);
  }
  return report;
}

/** Sealed values sit at any depth (repeating groups hold arrays of objects). */
function mapStrings(value: unknown, transform: (text: string) => string): unknown {
  if (typeof value === "string") return transform(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, transform));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, transform)]));
  }
  return value;
}
