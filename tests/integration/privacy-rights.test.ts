import { removeUploadDir, storedObjectCount } from "@/tests/fixtures/upload-dir";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/identity/session-actor";
import { hashPassword } from "@/lib/identity/password-hash";
import { registerCitizen } from "@/lib/identity/use-cases/register-citizen";
import { db } from "@/lib/platform/db";
import { eraseMyAccount } from "@/lib/privacy/use-cases/erase-my-account";
import { exportMyData } from "@/lib/privacy/use-cases/export-my-data";
import { openSession } from "@/tests/fixtures/accounts";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER, type TestCitizen, type UserActor } from "@/tests/fixtures/applications";
import { applicationIn } from "@/tests/fixtures/back-office";
import { file } from "@/tests/fixtures/complaints";

const PASSWORD = "Matahari2026terbit";
const context = { ip: "203.0.113.95" };
let officer: UserActor;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
});
afterAll(removeUploadDir);

async function citizenWithPassword(): Promise<TestCitizen> {
  const citizen = await createCitizen();
  await db.user.update({ where: { id: citizen.actor.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return citizen;
}

async function unzip(body: ReadableStream<Uint8Array>) {
  const dir = mkdtempSync(path.join(tmpdir(), "export-test-"));
  const zip = path.join(dir, "data.zip");
  writeFileSync(zip, new Uint8Array(await new Response(body).arrayBuffer()));
  const names = execFileSync("unzip", ["-Z1", zip]).toString().trim().split("\n");
  const read = (name: string) => execFileSync("unzip", ["-p", zip, name]);
  return { names, read };
}

describe("downloading my data", () => {
  it("gives a zip with the full profile, applications with answers, uploads and the issued output", async () => {
    const citizen = await citizenWithPassword();
    const completed = await applicationIn("COMPLETED", officer, citizen);
    const archive = await exportMyData(citizen.actor, context);
    expect(archive.fileName).toMatch(/^satupintu-data-saya-\d{4}-\d{2}-\d{2}\.zip$/);
    const { names, read } = await unzip(archive.body);
    const data = JSON.parse(read("data.json").toString());
    expect(data.profile.nik).toBe(citizen.nik);
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0]).toMatchObject({ trackingNumber: completed.trackingNumber, status: "COMPLETED" });
    // Identity numbers in answers come out decrypted: they are the person's own.
    expect(JSON.stringify(data.applications[0].answers)).not.toContain("enc:");
    const upload = data.applications[0].documents[0].file as string;
    expect(names).toContain(upload);
    expect(read(upload).subarray(0, 5).toString()).toBe("%PDF-");
    expect(names).toContain(data.applications[0].output.file);
    expect(read(data.applications[0].output.file).subarray(0, 5).toString()).toBe("%PDF-");
    // The officer's internal notes are not the person's data.
    expect(JSON.stringify(data)).not.toContain('"internal":true');
    expect(await db.auditEvent.count({ where: { action: "privacy.dataExported", entityId: citizen.actor.id } })).toBe(1);
  });

  it("is for the signed-in person only", async () => {
    await expect(exportMyData(ANONYMOUS, context)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("deleting my account", () => {
  it("withdraws open applications, removes personal data and files, keeps anonymised records, and ends every session", async () => {
    const citizen = await citizenWithPassword();
    const open = await applicationIn("IN_REVIEW", officer, citizen);
    const done = await applicationIn("COMPLETED", officer, citizen);
    const complaint = await file(citizen.actor, { identityMode: "PUBLIC" });
    const session = await openSession(citizen.actor.id);
    const filesBefore = await storedObjectCount();

    await eraseMyAccount(citizen.actor, { password: PASSWORD, confirm: "on" }, context);

    const user = await db.user.findUniqueOrThrow({ where: { id: citizen.actor.id }, include: { profile: true } });
    expect(user).toMatchObject({ name: "Akun dihapus", active: false, passwordHash: "", profile: null });
    expect(user.email).not.toContain("@warga.test");
    expect(user.erasedAt).not.toBeNull();
    expect(await actorForSession(session)).toEqual(ANONYMOUS);

    const applications = await db.application.findMany({ where: { citizenId: citizen.actor.id }, select: { id: true, status: true, answers: true } });
    expect(applications.find((a) => a.id === open.id)).toMatchObject({ status: "WITHDRAWN", answers: {} });
    expect(applications.find((a) => a.id === done.id)).toMatchObject({ status: "COMPLETED", answers: {} });
    expect(await db.applicationEvent.count({ where: { applicationId: done.id } })).toBeGreaterThan(0);
    expect(await db.document.count({ where: { applicationId: { in: [open.id, done.id] } } })).toBe(0);
    expect(await db.outputDocument.findUniqueOrThrow({ where: { applicationId: done.id } })).toMatchObject({ revokedAt: expect.any(Date) });
    expect(await storedObjectCount()).toBeLessThan(filesBefore);

    const kept = await db.complaint.findUniqueOrThrow({ where: { trackingCode: complaint.trackingCode } });
    expect(kept).toMatchObject({ filerId: null, filerName: null, filerContact: null, identityMode: "ANONYMOUS" });
    expect(await db.auditEvent.count({ where: { action: "privacy.accountErased", entityId: citizen.actor.id } })).toBe(1);

    // The NIK is free again: the same person may register anew.
    const newEmail = `baru.${Date.now()}@warga.test`;
    await registerCitizen(
      ANONYMOUS,
      {
        name: "Ratna Sari Dewi",
        email: newEmail,
        nik: citizen.nik,
        birthDate: citizen.birthDate,
        sex: "FEMALE",
        password: PASSWORD,
        passwordConfirm: PASSWORD,
        consent: "on",
      },
      context,
    );
    expect(await db.user.count({ where: { email: newEmail } })).toBe(1);
  });

  it("is refused with a wrong password, without the statement, for staff, and while an output is being issued", async () => {
    const citizen = await citizenWithPassword();
    await expect(eraseMyAccount(citizen.actor, { password: "Salah2026sandi", confirm: "on" }, context)).rejects.toMatchObject({
      fieldErrors: { password: ["accountSecurity.error.currentPasswordWrong"] },
    });
    await expect(eraseMyAccount(citizen.actor, { password: PASSWORD }, context)).rejects.toMatchObject({
      fieldErrors: { confirm: ["privacy.erase.confirmRequired"] },
    });
    await expect(eraseMyAccount(officer, { password: PASSWORD, confirm: "on" }, context)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(eraseMyAccount(ANONYMOUS, { password: PASSWORD, confirm: "on" }, context)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    await applicationIn("APPROVED", officer, citizen);
    await expect(eraseMyAccount(citizen.actor, { password: PASSWORD, confirm: "on" }, context)).rejects.toMatchObject({
      messageKey: "privacy.erase.awaitingOutput",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: citizen.actor.id } })).erasedAt).toBeNull();
  });
});
