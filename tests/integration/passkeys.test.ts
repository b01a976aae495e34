import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { actorForSession, pendingSecondFactorOf, type SessionClaims } from "@/lib/identity/session-actor";
import { hashPassword } from "@/lib/identity/password-hash";
import { totpCode } from "@/lib/identity/second-factor/rules";
import { openTotpSecret } from "@/lib/identity/second-factor/store";
import { confirmTotpEnrolment } from "@/lib/identity/use-cases/confirm-totp-enrolment";
import { finishPasskeyRegistration } from "@/lib/identity/use-cases/finish-passkey-registration";
import { regenerateRecoveryCodes } from "@/lib/identity/use-cases/regenerate-recovery-codes";
import { removeOwnFactor } from "@/lib/identity/use-cases/remove-own-factor";
import { resetCitizenFactorAtCounter } from "@/lib/identity/use-cases/reset-citizen-factor-at-counter";
import { startPasskeyProof } from "@/lib/identity/use-cases/start-passkey-proof";
import { startPasskeyRegistration } from "@/lib/identity/use-cases/start-passkey-registration";
import { startPasskeySignIn } from "@/lib/identity/use-cases/start-passkey-sign-in";
import { startTotpEnrolment } from "@/lib/identity/use-cases/start-totp-enrolment";
import { verifySecondFactor } from "@/lib/identity/use-cases/verify-second-factor";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { openSession } from "@/tests/fixtures/accounts";
import { createCitizen } from "@/tests/fixtures/applications";
import { createStaff, refusal } from "@/tests/fixtures/back-office";
import { softAuthenticator } from "@/tests/fixtures/soft-authenticator";

const context = { ip: null };
const PASSWORD = "Sandi-Uji-Passkey-2026!";
type SignedIn = Extract<Actor, { kind: "user" }>;

async function signedIn(session: SessionClaims): Promise<SignedIn> {
  const actor = await actorForSession(session);
  if (actor.kind !== "user") throw new Error("expected a signed-in actor");
  return actor;
}

/** An account whose password is PASSWORD, so the self-service changes can ask for it. */
async function withPassword(userId: string) {
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(PASSWORD) } });
}

/** Adds a passkey made by a software authenticator, in the session given; returns the authenticator and any recovery codes. */
async function addPasskey(session: SessionClaims, name = "Laptop kantor") {
  const authenticator = softAuthenticator(env().PUBLIC_URL);
  const actor = await signedIn(session);
  const options = await startPasskeyRegistration(actor);
  const { recoveryCodes } = await finishPasskeyRegistration(
    actor,
    { name, response: authenticator.register(options) },
    { ...context, sessionId: session.sessionId },
  );
  return { authenticator, recoveryCodes };
}

async function addTotp(session: SessionClaims, now = new Date()) {
  const actor = await signedIn(session);
  await startTotpEnrolment(actor);
  const secret = openTotpSecret((await db.totpFactor.findUniqueOrThrow({ where: { userId: actor.id } })).secretCiphertext);
  await confirmTotpEnrolment(actor, { code: totpCode(secret, now) }, { ...context, sessionId: session.sessionId, now });
  return secret;
}

const failures = async (userId: string) =>
  (await db.auditEvent.findMany({ where: { entityId: userId, action: "account.secondFactorFailed" }, orderBy: { id: "asc" }, select: { data: true } })).map(
    (e) => (e.data as { reason: string }).reason,
  );

async function ownAgency() {
  const code = `UJI${randomUUID().slice(0, 6).toUpperCase()}`;
  await db.agency.create({ data: { code, slug: code.toLowerCase(), nameId: "Instansi Uji Passkey", nameEn: "Passkey Test Agency" } });
  return code;
}

describe("a passkey as the second factor", () => {
  it("an admin enrols one: it counts as the factor the role requires, proves this session, and gives recovery codes once", async () => {
    const admin = await createStaff(["ADMIN"]);
    const session = await openSession(admin.id, { secondFactorProven: false });
    expect((await signedIn(session)).secondFactorMissing).toBe(true);

    const { recoveryCodes } = await addPasskey(session);
    expect(recoveryCodes).toHaveLength(10);
    const after = await signedIn(session);
    expect(after.secondFactorMissing).toBeUndefined();
    expect(can(after, "admin.manage")).toBe(true);
    // Only the public key is kept; the next sign-in owes the passkey.
    const stored = await db.passkey.findFirstOrThrow({ where: { userId: admin.id } });
    expect(stored).toMatchObject({ name: "Laptop kantor", counter: 0n });
    const next = await openSession(admin.id, { secondFactorProven: false });
    expect((await actorForSession(next)).kind).toBe("anonymous");
    expect(await pendingSecondFactorOf(next)).not.toBeNull();
    // A second passkey gives no new recovery codes.
    expect((await addPasskey(session, "Kunci USB")).recoveryCodes).toBeNull();
  });

  it("a registration answer is used once: its challenge is gone after the first", async () => {
    const citizen = await createCitizen();
    const session = await openSession(citizen.actor.id);
    const authenticator = softAuthenticator(env().PUBLIC_URL);
    const options = await startPasskeyRegistration(citizen.actor);
    const response = authenticator.register(options);
    await finishPasskeyRegistration(citizen.actor, { name: "Ponsel", response }, { ...context, sessionId: session.sessionId });
    const again = await finishPasskeyRegistration(citizen.actor, { name: "Ponsel", response }, { ...context, sessionId: session.sessionId }).catch(refusal);
    expect(again).toEqual({ code: "INVALID", messageKey: "factors.error.passkeyReplayed" });
    expect(await db.passkey.count({ where: { userId: citizen.actor.id } })).toBe(1);
  });

  it("signs in with an assertion once; a replayed, cloned, late or foreign one is refused, translated and audited", async () => {
    const admin = await createStaff(["ADMIN"]);
    const { authenticator } = await addPasskey(await openSession(admin.id, { secondFactorProven: false }));
    const session = await openSession(admin.id, { secondFactorProven: false });
    const pending = (await pendingSecondFactorOf(session))!;

    const options = await startPasskeySignIn(pending);
    const assertion = authenticator.assert(options);
    expect(await verifySecondFactor(pending, { passkeyResponse: assertion }, context)).toEqual({ usedRecoveryCode: false, recoveryCodesLeft: 10 });
    expect((await actorForSession(session)).kind).toBe("user");
    expect((await db.passkey.findFirstOrThrow({ where: { userId: admin.id } })).counter).toBe(1n);

    // The same answer again (its challenge is used up), in a new session.
    const replaySession = await openSession(admin.id, { secondFactorProven: false });
    const replayPending = (await pendingSecondFactorOf(replaySession))!;
    const replayed = await verifySecondFactor(replayPending, { passkeyResponse: assertion }, context).catch(refusal);
    expect(replayed).toEqual({ code: "INVALID", messageKey: "factors.error.passkeyReplayed" });
    // A fresh challenge answered by a clone whose counter did not move on.
    const cloned = authenticator.assert(await startPasskeySignIn(replayPending), { counter: 1 });
    expect(await verifySecondFactor(replayPending, { passkeyResponse: cloned }, context).catch(refusal)).toEqual({
      code: "INVALID",
      messageKey: "factors.error.passkeyReplayed",
    });
    // A challenge answered after it expired.
    const late = authenticator.assert(await startPasskeySignIn(replayPending), { counter: 7 });
    const sixMinutesOn = new Date(Date.now() + 6 * 60_000);
    expect(await verifySecondFactor(replayPending, { passkeyResponse: late }, { ...context, now: sixMinutesOn }).catch(refusal)).toEqual({
      code: "INVALID",
      messageKey: "factors.error.passkeyReplayed",
    });
    // Signed for another site.
    const phished = authenticator.assert(await startPasskeySignIn(replayPending), { counter: 8, origin: "https://satupintu.example.com" });
    expect(await verifySecondFactor(replayPending, { passkeyResponse: phished }, context).catch(refusal)).toEqual({
      code: "INVALID",
      messageKey: "factors.error.passkeyRefused",
    });
    expect((await actorForSession(replaySession)).kind).toBe("anonymous");
    expect(await failures(admin.id)).toEqual(["passkeyReplayed", "passkeyReplayed", "passkeyReplayed", "passkeyRefused"]);

    // The authenticator itself still works, with a count past the stored one.
    expect(
      await verifySecondFactor(replayPending, { passkeyResponse: authenticator.assert(await startPasskeySignIn(replayPending), { counter: 9 }) }, context),
    ).toMatchObject({
      usedRecoveryCode: false,
    });
  });

  it("counts passkey attempts with the sign-in limits, and a session with no passkey gets no challenge", async () => {
    const citizen = await createCitizen();
    const { authenticator } = await addPasskey(await openSession(citizen.actor.id));
    const pending = (await pendingSecondFactorOf(await openSession(citizen.actor.id, { secondFactorProven: false })))!;
    for (let i = 0; i < env().SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT; i++) await verifySecondFactor(pending, { code: "000000" }, context).catch(() => undefined);
    const limited = await verifySecondFactor(pending, { passkeyResponse: authenticator.assert(await startPasskeySignIn(pending)) }, context).catch(refusal);
    expect(limited).toEqual({ code: "RATE_LIMITED", messageKey: "auth.rateLimited" });

    const plain = await createCitizen();
    const plainPending = { userId: plain.actor.id, sessionId: "tidak-ada" };
    expect(await startPasskeySignIn(plainPending).catch(refusal)).toEqual({ code: "CONFLICT", messageKey: "factors.error.noPasskey" });
  });
});

describe("one's own factors", () => {
  it("the last factor of a role that requires one is not removed; with another one added it is", async () => {
    const supervisorAgency = await ownAgency();
    const supervisor = await createStaff(["SUPERVISOR"], [{ agencyCode: supervisorAgency, role: "SUPERVISOR" }]);
    await withPassword(supervisor.id);
    const session = await openSession(supervisor.id, { secondFactorProven: false });
    const { authenticator } = await addPasskey(session);
    const actor = await signedIn(session);
    const passkey = await db.passkey.findFirstOrThrow({ where: { userId: supervisor.id } });
    const prove = async () => authenticator.assert(await startPasskeyProof(actor));

    const wrongPassword = await removeOwnFactor(actor, { factor: passkey.id, currentPassword: "salah", passkeyResponse: await prove() }, context).catch(
      (e) => e.fieldErrors,
    );
    expect(wrongPassword).toEqual({ currentPassword: ["accountSecurity.error.currentPasswordWrong"] });
    const last = await removeOwnFactor(actor, { factor: passkey.id, currentPassword: PASSWORD, passkeyResponse: await prove() }, context).catch(refusal);
    expect(last).toEqual({ code: "CONFLICT", messageKey: "factors.error.lastFactorRequired" });
    expect(await db.passkey.count({ where: { userId: supervisor.id } })).toBe(1);

    const secret = await addTotp(session, new Date(Date.now() - 30_000));
    const code = totpCode(secret, new Date());
    expect(await removeOwnFactor(actor, { factor: passkey.id, currentPassword: PASSWORD, code }, context)).toEqual({ factorsLeft: 1 });
    expect(await db.passkey.count({ where: { userId: supervisor.id } })).toBe(0);
    const removed = await db.auditEvent.findFirstOrThrow({ where: { entityId: supervisor.id, action: "account.secondFactorRemoved" } });
    expect(removed.data).toMatchObject({ kind: "passkey", factorsLeft: 1 });
  });

  it("a citizen may remove their only factor, with its recovery codes; a recovery code is not proof enough", async () => {
    const citizen = await createCitizen();
    await withPassword(citizen.actor.id);
    const session = await openSession(citizen.actor.id);
    const now = new Date(Date.now() - 30_000);
    const secret = await addTotp(session, now);
    const [recoveryCode] = await db.recoveryCode.findMany({ where: { userId: citizen.actor.id } });
    expect(recoveryCode).toBeDefined();
    const codes = await regenerateRecoveryCodes(citizen.actor, { code: totpCode(secret, new Date()) }, context);

    const withRecovery = await removeOwnFactor(citizen.actor, { factor: "totp", currentPassword: PASSWORD, code: codes.recoveryCodes[0] }, context).catch(
      (e) => e.fieldErrors,
    );
    expect(withRecovery).toEqual({ code: ["secondFactor.error.wrongCode"] });
    expect(await db.recoveryCode.count({ where: { userId: citizen.actor.id, usedAt: null } })).toBe(10);
    const later = new Date(Date.now() + 30_000);
    expect(
      await removeOwnFactor(citizen.actor, { factor: "totp", currentPassword: PASSWORD, code: totpCode(secret, later) }, { ...context, now: later }),
    ).toEqual({
      factorsLeft: 0,
    });
    expect(await db.recoveryCode.count({ where: { userId: citizen.actor.id } })).toBe(0);
    expect((await actorForSession(await openSession(citizen.actor.id, { secondFactorProven: false }))).kind).toBe("user");
  });

  it("new recovery codes kill the old ones, used or not, after a proof", async () => {
    const citizen = await createCitizen();
    const session = await openSession(citizen.actor.id);
    const { authenticator, recoveryCodes: old } = await addPasskey(session);
    const pending = (await pendingSecondFactorOf(await openSession(citizen.actor.id, { secondFactorProven: false })))!;
    await verifySecondFactor(pending, { code: old![0] }, context);

    const refused = await regenerateRecoveryCodes(citizen.actor, { code: old![1] }, context).catch(refusal);
    expect(refused).toEqual({ code: "INVALID", messageKey: "error.invalidInput" });
    const { recoveryCodes } = await regenerateRecoveryCodes(
      citizen.actor,
      { passkeyResponse: authenticator.assert(await startPasskeyProof(citizen.actor)) },
      context,
    );
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes).not.toContain(old![1]);
    const next = (await pendingSecondFactorOf(await openSession(citizen.actor.id, { secondFactorProven: false })))!;
    expect(await verifySecondFactor(next, { code: old![1] }, context).catch(refusal)).toEqual({ code: "INVALID", messageKey: "error.invalidInput" });
    expect(await verifySecondFactor(next, { code: recoveryCodes[0] }, context)).toMatchObject({ usedRecoveryCode: true, recoveryCodesLeft: 9 });
    expect(await db.auditEvent.count({ where: { entityId: citizen.actor.id, action: "account.recoveryCodesRegenerated" } })).toBe(1);
  });
});

describe("a citizen's lost factor, reset at a counter", () => {
  it("an officer checks the KTP-el; factors, codes and sessions go, the citizen is told, the NIK check is recorded", async () => {
    const officer = await createStaff(["OFFICER"], [{ agencyCode: await ownAgency(), role: "OFFICER" }]);
    const citizen = await createCitizen();
    const session = await openSession(citizen.actor.id);
    await addPasskey(session);
    const input = { nik: citizen.nik, birthDate: citizen.birthDate, nikMatched: "on" };

    const unchecked = await resetCitizenFactorAtCounter(officer, { ...input, nikMatched: undefined }, context).catch((e) => e.fieldErrors);
    expect(unchecked).toEqual({ nikMatched: ["factors.counter.error.nikNotMatched"] });
    expect(await resetCitizenFactorAtCounter(officer, input, context)).toEqual({ reset: true });
    expect(await db.passkey.count({ where: { userId: citizen.actor.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: citizen.actor.id } })).toBe(0);
    expect((await actorForSession(session)).kind).toBe("anonymous");
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "factors.counterReset" } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: citizen.actor.id, action: "account.secondFactorResetAtCounter" } });
    expect(audit).toMatchObject({ actorId: officer.id, actorRole: "OFFICER", data: { identityDocument: "KTP-el", nikMatched: true } });
    // A double submit changes nothing again.
    expect(await resetCitizenFactorAtCounter(officer, input, context)).toEqual({ reset: false });
    expect(await db.auditEvent.count({ where: { entityId: citizen.actor.id, action: "account.secondFactorResetAtCounter" } })).toBe(1);
  });

  it("is refused to supervisors, admins and citizens, and never resets a staff account", async () => {
    const agency = await ownAgency();
    const citizen = await createCitizen();
    const input = { nik: citizen.nik, birthDate: citizen.birthDate, nikMatched: "on" };
    for (const actor of [await createStaff(["SUPERVISOR"], [{ agencyCode: agency, role: "SUPERVISOR" }]), await createStaff(["ADMIN"]), citizen.actor]) {
      expect(await resetCitizenFactorAtCounter(actor, input, context).catch(refusal)).toEqual({ code: "FORBIDDEN", messageKey: "error.forbidden" });
    }
    const officerWithoutCounter = await createStaff(["OFFICER"]);
    expect(await resetCitizenFactorAtCounter(officerWithoutCounter, input, context).catch(refusal)).toEqual({
      code: "FORBIDDEN",
      messageKey: "error.forbidden",
    });

    await db.user.update({ where: { id: citizen.actor.id }, data: { roles: ["CITIZEN", "OFFICER"] } });
    const officer = await createStaff(["OFFICER"], [{ agencyCode: agency, role: "OFFICER" }]);
    const staffTarget = await resetCitizenFactorAtCounter(officer, input, context).catch((e) => e.fieldErrors);
    expect(staffTarget).toEqual({ nik: ["recovery.counter.error.noAccount"] });
  });
});
