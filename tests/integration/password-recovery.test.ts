import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/identity/session-actor";
import { registerIdentityJobs } from "@/lib/identity/jobs";
import { hashPassword } from "@/lib/identity/password-hash";
import { PASSWORD_RECOVERY_QUEUE } from "@/lib/identity/recovery-rules";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { recoverAccountAtCounter } from "@/lib/identity/use-cases/recover-account-at-counter";
import { recoverPassword } from "@/lib/identity/use-cases/recover-password";
import { requestPasswordRecovery } from "@/lib/identity/use-cases/request-password-recovery";
import { endUserSession } from "@/lib/identity/user-sessions";
import { db } from "@/lib/platform/db";
import { runDueJobs } from "@/lib/platform/jobs";
import { emailedToken, openSession } from "@/tests/fixtures/accounts";
import { actorFor, createCitizen, type TestCitizen, type UserActor } from "@/tests/fixtures/applications";
import { createOfficer, createStaff } from "@/tests/fixtures/back-office";

const PASSWORD = "Matahari2026terbit";
const NEW_PASSWORD = "Rembulan2027purnama";
const fileStartedAt = new Date();
let officer: UserActor;

beforeAll(async () => {
  registerIdentityJobs();
  officer = await createOfficer("DISDUKCAPIL");
});

// Staff made here would otherwise be escalated to by later files' SLA sweeps.
afterAll(async () => {
  await db.user.updateMany({ where: { createdAt: { gte: fileStartedAt }, roles: { has: "OFFICER" } }, data: { active: false } });
});

/** Each test its own client address, so the per-address limit of one test does not reach another. */
const newContext = () => ({ ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}` });

async function citizenWithPassword(): Promise<TestCitizen> {
  const citizen = await createCitizen();
  await db.user.update({ where: { id: citizen.actor.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return citizen;
}

/** What the job worker does after the answer was given. */
async function runRecoveryJobs() {
  while ((await runDueJobs({ workerId: "test", queues: [PASSWORD_RECOVERY_QUEUE], limit: 20 })).claimed > 0);
}

const recoveryEmails = (userId: string) => db.notification.count({ where: { userId, messageKey: "recovery.email" } });

describe("password recovery by email", () => {
  it("emails the owner a link that sets a new password once, ends every session and lifts a lock", async () => {
    const { actor } = await citizenWithPassword();
    const context = newContext();
    const laptop = await openSession(actor.id);
    const phone = await openSession(actor.id);
    await db.user.update({ where: { id: actor.id }, data: { lockedAt: new Date() } });

    expect(await requestPasswordRecovery(ANONYMOUS, { email: actor.email.toUpperCase() }, context)).toEqual({ outcome: "checkEmail" });
    await runRecoveryJobs();
    const token = await emailedToken({ userId: actor.id }, "recovery.email");
    expect(await db.auditEvent.count({ where: { action: "account.recoveryRequested", entityId: actor.id } })).toBe(1);

    await recoverPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, context);
    expect(await actorForSession(laptop)).toEqual(ANONYMOUS);
    expect(await actorForSession(phone)).toEqual(ANONYMOUS);
    expect(await db.userSession.count({ where: { userId: actor.id } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: actor.id } })).toMatchObject({ lockedAt: null });
    expect(await authenticateUser({ email: actor.email, password: PASSWORD }, { ip: null })).toMatchObject({ ok: false });
    expect(await authenticateUser({ email: actor.email, password: NEW_PASSWORD }, { ip: null })).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "account.passwordRecovered", entityId: actor.id } })).toBe(1);
    // The owner is told, and the notice of the used link is no longer waiting.
    expect(await db.notification.count({ where: { userId: actor.id, messageKey: "recovery.done" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: actor.id, messageKey: "recovery.email", readAt: null } })).toBe(0);

    await expect(recoverPassword({ token, password: `${NEW_PASSWORD}x`, passwordConfirm: `${NEW_PASSWORD}x` }, context)).rejects.toMatchObject({
      messageKey: "accountLink.invalid",
    });
  });

  it("answers an unknown address the same way, with the same steps, and emails no one", async () => {
    const context = newContext();
    const jobsBefore = await db.job.count({ where: { queue: PASSWORD_RECOVERY_QUEUE } });
    const tokensBefore = await db.accountToken.count({ where: { purpose: "recoverPassword" } });
    expect(await requestPasswordRecovery(ANONYMOUS, { email: `tidak.ada.${randomUUID()}@warga.test` }, context)).toEqual({ outcome: "checkEmail" });
    expect(await db.job.count({ where: { queue: PASSWORD_RECOVERY_QUEUE } })).toBe(jobsBefore + 1);
    await runRecoveryJobs();
    expect(await db.accountToken.count({ where: { purpose: "recoverPassword" } })).toBe(tokensBefore);
  });

  it("sends an account at most three links an hour, silently, and refuses an address that asks too often", async () => {
    const { actor } = await citizenWithPassword();
    for (let i = 0; i < 5; i++) {
      expect(await requestPasswordRecovery(ANONYMOUS, { email: actor.email }, newContext())).toEqual({ outcome: "checkEmail" });
    }
    await runRecoveryJobs();
    expect(await recoveryEmails(actor.id)).toBe(3);

    const context = newContext();
    for (let i = 0; i < 20; i++) await requestPasswordRecovery(ANONYMOUS, { email: `orang.${i}.${randomUUID()}@warga.test` }, context);
    await expect(requestPasswordRecovery(ANONYMOUS, { email: actor.email }, context)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await runRecoveryJobs();
  });

  it("refuses an expired link, keeps the link when the new password is too weak, and is not offered to a signed-in user", async () => {
    const { actor } = await citizenWithPassword();
    const context = newContext();
    await requestPasswordRecovery(ANONYMOUS, { email: actor.email }, context);
    await runRecoveryJobs();
    const token = await emailedToken({ userId: actor.id }, "recovery.email");
    await expect(recoverPassword({ token, password: "pendek1", passwordConfirm: "pendek1" }, context)).rejects.toMatchObject({
      fieldErrors: { password: ["validation.password.tooShort"] },
    });
    await db.accountToken.updateMany({ where: { userId: actor.id, purpose: "recoverPassword" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(recoverPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, context)).rejects.toMatchObject({
      messageKey: "accountLink.invalid",
    });
    await expect(requestPasswordRecovery(actor, { email: actor.email }, context)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A deactivated account is sent nothing.
    await db.user.update({ where: { id: actor.id }, data: { active: false } });
    const before = await recoveryEmails(actor.id);
    await requestPasswordRecovery(ANONYMOUS, { email: actor.email }, newContext());
    await runRecoveryJobs();
    expect(await recoveryEmails(actor.id)).toBe(before);
  });
});

describe("recovery at an agency's counter", () => {
  const counterInput = (citizen: TestCitizen, overrides: Record<string, string> = {}) => ({
    nik: citizen.nik,
    birthDate: citizen.birthDate,
    email: `baru.${randomUUID()}@warga.test`,
    identityChecked: "on",
    ...overrides,
  });

  it("moves the account to the citizen's new address, ends every session, and only the link sent there lets anyone in", async () => {
    const citizen = await citizenWithPassword();
    const context = newContext();
    const session = await openSession(citizen.actor.id);
    const input = counterInput(citizen);

    expect(await recoverAccountAtCounter(officer, input, context)).toEqual({ userId: citizen.actor.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: citizen.actor.id } })).toMatchObject({ email: input.email, emailConfirmedAt: null });
    expect(await actorForSession(session)).toEqual(ANONYMOUS);
    // Not even the old password opens the account before the link is followed.
    expect(await authenticateUser({ email: input.email, password: PASSWORD }, { ip: null })).toMatchObject({ ok: false });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "account.recoveredAtCounter", entityId: citizen.actor.id } });
    expect(audit).toMatchObject({ actorId: officer.id, actorRole: "OFFICER", data: { emailChanged: true } });

    // A double submit changes nothing again.
    await recoverAccountAtCounter(officer, input, context);
    expect(await db.auditEvent.count({ where: { action: "account.recoveredAtCounter", entityId: citizen.actor.id } })).toBe(1);

    const token = await emailedToken({ userId: citizen.actor.id }, "recovery.counterEmail");
    await recoverPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, context);
    expect(await authenticateUser({ email: input.email, password: NEW_PASSWORD }, { ip: null })).toMatchObject({ ok: true });
  });

  it("refuses without the in-person check, a wrong birth date, an address in use, a staff account, and anyone but a counter officer", async () => {
    const citizen = await citizenWithPassword();
    const context = newContext();
    await expect(recoverAccountAtCounter(officer, counterInput(citizen, { identityChecked: "" }), context)).rejects.toMatchObject({
      fieldErrors: { identityChecked: ["recovery.counter.error.identityNotChecked"] },
    });
    await expect(recoverAccountAtCounter(officer, counterInput(citizen, { birthDate: "1992-03-15" }), context)).rejects.toMatchObject({
      fieldErrors: { nik: ["recovery.counter.error.noAccount"] },
    });
    const someoneElse = await citizenWithPassword();
    await expect(recoverAccountAtCounter(officer, counterInput(citizen, { email: someoneElse.actor.email }), context)).rejects.toMatchObject({
      fieldErrors: { email: ["recovery.counter.error.emailTaken"] },
    });
    // A citizen who is also staff: never across the counter.
    const staffCitizen = await citizenWithPassword();
    await db.user.update({ where: { id: staffCitizen.actor.id }, data: { roles: ["CITIZEN", "ADMIN"] } });
    await expect(recoverAccountAtCounter(officer, counterInput(staffCitizen), context)).rejects.toMatchObject({
      fieldErrors: { nik: ["recovery.counter.error.noAccount"] },
    });

    const admin = await actorFor({ email: "admin@harapanjaya.go.id" });
    const supervisor = await createStaff(["SUPERVISOR"]);
    for (const actor of [ANONYMOUS, citizen.actor, admin, supervisor]) {
      await expect(recoverAccountAtCounter(actor, counterInput(citizen), context)).rejects.toMatchObject({
        code: actor.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
      });
    }
    // An all-agency supervisor would receive every later test's escalations: retire it.
    await db.user.update({ where: { id: supervisor.id }, data: { active: false } });
    expect(await db.user.findUniqueOrThrow({ where: { id: citizen.actor.id } })).toMatchObject({ email: citizen.actor.email });
    expect(await db.auditEvent.count({ where: { action: "account.recoveredAtCounter", entityId: citizen.actor.id } })).toBe(0);
  });
});

describe("signing out", () => {
  it("ends the session on the server: the same cookie opens nothing afterwards", async () => {
    const { actor } = await citizenWithPassword();
    const session = await openSession(actor.id);
    expect((await actorForSession(session)).kind).toBe("user");
    await endUserSession(session.sessionId!);
    expect(await actorForSession(session)).toEqual(ANONYMOUS);
    // A cookie minted before sessions were kept on the server names none.
    expect(await actorForSession({ ...session, sessionId: undefined })).toEqual(ANONYMOUS);
  });
});

describe("sessions", () => {
  it("end after their maximum lifetime however active, and carry the account's current roles and memberships", async () => {
    const session = await openSession(officer.id);
    expect(await actorForSession(session)).toEqual(officer);
    await db.userSession.update({ where: { id: session.sessionId! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorForSession(session)).toEqual(ANONYMOUS);
    const citizen = await citizenWithPassword();
    expect(await actorForSession(await openSession(citizen.actor.id))).toEqual(citizen.actor);
  });
});
