import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { actorForSession, pendingSecondFactorOf, type SessionClaims } from "@/lib/identity/session-actor";
import { totpCode } from "@/lib/identity/second-factor/rules";
import { openTotpSecret } from "@/lib/identity/second-factor/store";
import { confirmTotpEnrolment } from "@/lib/identity/use-cases/confirm-totp-enrolment";
import { endOwnSessions } from "@/lib/identity/use-cases/end-own-sessions";
import { resetSecondFactor } from "@/lib/identity/use-cases/reset-second-factor";
import { setOfficerSecondFactorRule } from "@/lib/identity/use-cases/set-officer-second-factor-rule";
import { startTotpEnrolment } from "@/lib/identity/use-cases/start-totp-enrolment";
import { verifySecondFactor } from "@/lib/identity/use-cases/verify-second-factor";
import { db } from "@/lib/platform/db";
import { startUserSession } from "@/lib/identity/user-sessions";
import { openSession } from "@/tests/fixtures/accounts";
import { createStaff, refusal } from "@/tests/fixtures/back-office";

const context = { ip: null };
const T0 = new Date("2026-12-06T10:00:05Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

type SignedIn = Extract<Actor, { kind: "user" }>;

/** A session after the password only (the sign-in's first step). */
const passwordOnly = (userId: string) => openSession(userId, { secondFactorProven: false });

async function signedInActor(session: SessionClaims): Promise<SignedIn> {
  const actor = await actorForSession(session);
  if (actor.kind !== "user") throw new Error("expected a signed-in actor");
  return actor;
}

/** Enrols an authenticator app for the account in `session`; returns its secret and recovery codes. */
async function enrol(session: SessionClaims, now = T0) {
  const actor = await signedInActor(session);
  await startTotpEnrolment(actor);
  const secret = openTotpSecret((await db.totpFactor.findUniqueOrThrow({ where: { userId: actor.id } })).secretCiphertext);
  const { recoveryCodes } = await confirmTotpEnrolment(actor, { code: totpCode(secret, now) }, { ...context, sessionId: session.sessionId, now });
  return { secret, recoveryCodes };
}

const auditActions = async (userId: string) =>
  (
    await db.auditEvent.findMany({
      where: { entityId: userId, action: { startsWith: "account.secondFactor" } },
      orderBy: { id: "asc" },
      select: { action: true },
    })
  ).map((e) => e.action);

describe("admins, supervisors and the integrity unit need a second factor before they act", () => {
  it("an admin without one may only enrol; enrolling in the session lets them act at once", async () => {
    const admin = await createStaff(["ADMIN"]);
    const session = await passwordOnly(admin.id);
    const before = await signedInActor(session);
    expect(before.secondFactorMissing).toBe(true);
    expect(can(before, "admin.manage")).toBe(false);
    expect(can(before, "backOffice.enter")).toBe(false);
    expect(can(before, "account.secureOwn")).toBe(true);

    const { recoveryCodes } = await enrol(session);
    expect(recoveryCodes).toHaveLength(10);
    // Only hashes are kept.
    const stored = await db.recoveryCode.findMany({ where: { userId: admin.id }, select: { codeHash: true } });
    expect(stored).toHaveLength(10);
    expect(stored.some((row) => recoveryCodes.some((code) => row.codeHash.includes(code.replace(/-/g, ""))))).toBe(false);

    const after = await signedInActor(session);
    expect(after.secondFactorMissing).toBeUndefined();
    expect(can(after, "admin.manage")).toBe(true);
    expect(await auditActions(admin.id)).toEqual(["account.secondFactorEnrolled"]);
  });

  it("a supervisor's wrong first code enrols nothing", async () => {
    // An agency of its own: a seeded agency's extra supervisor would receive the SLA sweeps' escalations in other test files.
    const code = `UJI${randomUUID().slice(0, 6).toUpperCase()}`;
    await db.agency.create({ data: { code, slug: code.toLowerCase(), nameId: "Instansi Uji", nameEn: "Test Agency" } });
    const supervisor = await createStaff(["SUPERVISOR"], [{ agencyCode: code, role: "SUPERVISOR" }]);
    const session = await passwordOnly(supervisor.id);
    const actor = await signedInActor(session);
    await startTotpEnrolment(actor);
    const error = await confirmTotpEnrolment(actor, { code: "000000" }, { ...context, sessionId: session.sessionId, now: T0 }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ code: ["secondFactor.error.wrongCode"] });
    expect((await db.totpFactor.findUniqueOrThrow({ where: { userId: supervisor.id } })).confirmedAt).toBeNull();
    expect((await signedInActor(session)).secondFactorMissing).toBe(true);
  });

  it("officers need one only where their agency's admin asks it, and the change applies at the next request", async () => {
    const admin = await createStaff(["ADMIN"]);
    const code = `UJI${randomUUID().slice(0, 6).toUpperCase()}`;
    const agency = await db.agency.create({ data: { code, slug: code.toLowerCase(), nameId: "Instansi Uji", nameEn: "Test Agency" } });
    const officer = await db.user.create({
      data: {
        email: `petugas.${randomUUID()}@harapanjaya.go.id`,
        name: "Petugas Uji",
        passwordHash: "x",
        roles: ["OFFICER"],
        memberships: { create: { agencyId: agency.id, role: "OFFICER" } },
      },
    });
    const session = await passwordOnly(officer.id);
    expect(can(await signedInActor(session), "agency.work", { agencyId: agency.id })).toBe(true);

    expect(await setOfficerSecondFactorRule(admin, { agencyId: agency.id, required: true }, context)).toEqual({ changed: true });
    expect(await setOfficerSecondFactorRule(admin, { agencyId: agency.id, required: true }, context)).toEqual({ changed: false });
    const strict = await signedInActor(session);
    expect(strict.secondFactorMissing).toBe(true);
    expect(can(strict, "agency.work", { agencyId: agency.id })).toBe(false);

    await setOfficerSecondFactorRule(admin, { agencyId: agency.id, required: false }, context);
    expect(can(await signedInActor(session), "agency.work", { agencyId: agency.id })).toBe(true);
    const changes = await db.auditEvent.count({ where: { entityId: agency.id, action: "agency.officerSecondFactorRuleChanged" } });
    expect(changes).toBe(2);
  });
});

describe("the sign-in's second step", () => {
  it("keeps the session anonymous until a fresh code, and never accepts a code twice", async () => {
    const citizen = await createStaff(["CITIZEN"]);
    const { secret } = await enrol(await passwordOnly(citizen.id));

    const laptop = await passwordOnly(citizen.id);
    expect(await actorForSession(laptop)).toEqual(ANONYMOUS);
    const pending = (await pendingSecondFactorOf(laptop))!;
    expect(pending).toEqual({ userId: citizen.id, sessionId: laptop.sessionId });

    const wrong = await verifySecondFactor(pending, { code: "000000" }, { ...context, now: later(31) }).catch((e) => e);
    expect(refusal(wrong)).toMatchObject({ code: "INVALID" });
    expect(await actorForSession(laptop)).toEqual(ANONYMOUS);

    const code = totpCode(secret, later(31));
    await verifySecondFactor(pending, { code }, { ...context, now: later(31) });
    expect((await actorForSession(laptop)).kind).toBe("user");
    expect(await pendingSecondFactorOf(laptop)).toBeNull();

    // The same code, seen over a shoulder and typed on another device at once: refused.
    const phone = await passwordOnly(citizen.id);
    const replay = await verifySecondFactor((await pendingSecondFactorOf(phone))!, { code }, { ...context, now: later(35) }).catch((e) => e);
    expect(refusal(replay)).toMatchObject({ code: "INVALID" });
    expect(await actorForSession(phone)).toEqual(ANONYMOUS);
    expect(await auditActions(citizen.id)).toEqual([
      "account.secondFactorEnrolled",
      "account.secondFactorFailed",
      "account.secondFactorVerified",
      "account.secondFactorFailed",
    ]);
  });

  it("accepts each recovery code once, however it is typed", async () => {
    const citizen = await createStaff(["CITIZEN"]);
    const { recoveryCodes } = await enrol(await passwordOnly(citizen.id));
    const first = await passwordOnly(citizen.id);
    const typed = recoveryCodes[3]!.toUpperCase().replace(/-/g, " ");
    expect(await verifySecondFactor((await pendingSecondFactorOf(first))!, { code: typed }, context)).toEqual({ usedRecoveryCode: true, recoveryCodesLeft: 9 });
    expect((await actorForSession(first)).kind).toBe("user");

    const second = await passwordOnly(citizen.id);
    const again = await verifySecondFactor((await pendingSecondFactorOf(second))!, { code: recoveryCodes[3]! }, context).catch((e) => e);
    expect(refusal(again)).toMatchObject({ code: "INVALID" });
  });

  it("refuses every code past the attempt limit, but only until the window ends", async () => {
    const citizen = await createStaff(["CITIZEN"]);
    const { secret } = await enrol(await passwordOnly(citizen.id));
    const session = await passwordOnly(citizen.id);
    const pending = (await pendingSecondFactorOf(session))!;
    for (let i = 0; i < 5; i++) await verifySecondFactor(pending, { code: "000000" }, { ...context, now: later(60) }).catch(() => undefined);
    const limited = await verifySecondFactor(pending, { code: totpCode(secret, later(60)) }, { ...context, now: later(60) }).catch((e) => e);
    expect(refusal(limited)).toMatchObject({ code: "RATE_LIMITED", messageKey: "auth.rateLimited" });

    const afterWindow = later(60 + 16 * 60);
    await verifySecondFactor(pending, { code: totpCode(secret, afterWindow) }, { ...context, now: afterWindow });
    expect((await actorForSession(session)).kind).toBe("user");
    // The password is not locked by second-step failures.
    expect((await db.user.findUniqueOrThrow({ where: { id: citizen.id } })).lockedAt).toBeNull();
  });
});

describe("losing the factor: an admin's audited reset", () => {
  it("an admin of the same agency resets it and every session ends; another agency's admin cannot, nor can an admin reset their own", async () => {
    const portalAdmin = await createStaff(["ADMIN"]);
    const dinsosAdmin = await createStaff(["ADMIN"], [{ agencyCode: "DINSOS", role: "OFFICER" }]);
    const officer = await createStaff(["OFFICER"], [{ agencyCode: "DISDUKCAPIL", role: "OFFICER" }]);
    const session = await passwordOnly(officer.id);
    await enrol(session);

    expect(refusal(await resetSecondFactor(dinsosAdmin, { userId: officer.id }, context).catch((e) => e))).toMatchObject({ code: "NOT_FOUND" });
    expect(refusal(await resetSecondFactor(portalAdmin, { userId: portalAdmin.id }, context).catch((e) => e))).toMatchObject({
      messageKey: "secondFactor.error.resetSelf",
    });

    expect(await resetSecondFactor(portalAdmin, { userId: officer.id }, context)).toEqual({ reset: true });
    expect(await db.totpFactor.count({ where: { userId: officer.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: officer.id } })).toBe(0);
    expect(await actorForSession(session)).toEqual(ANONYMOUS);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: officer.id, action: "account.secondFactorReset" } });
    expect(audit).toMatchObject({ actorId: portalAdmin.id, actorRole: "ADMIN" });
    expect(await resetSecondFactor(portalAdmin, { userId: officer.id }, context)).toEqual({ reset: false });
  });
});

describe("staff sessions are shorter and end when idle", () => {
  it("a staff session ends after 30 idle minutes or 10 hours; each request a minute apart keeps it alive; a citizen's does not idle out", async () => {
    const officer = await createStaff(["OFFICER"], [{ agencyCode: "DISDUKCAPIL", role: "OFFICER" }]);
    const citizen = await createStaff(["CITIZEN"]);
    const claims = async (userId: string) => {
      const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
      return { userId, sessionVersion, sessionId: await startUserSession(userId, T0, { secondFactorProven: true }) };
    };
    const staffSession = await claims(officer.id);
    const citizenSession = await claims(citizen.id);
    const row = await db.userSession.findUniqueOrThrow({ where: { id: staffSession.sessionId } });
    expect(row.expiresAt.getTime() - T0.getTime()).toBe(10 * 60 * 60_000);

    // Active every 20 minutes for two hours: still signed in.
    for (let minutes = 20; minutes <= 120; minutes += 20) expect((await actorForSession(staffSession, later(minutes * 60))).kind).toBe("user");
    // Then 31 minutes without a request: ended.
    expect(await actorForSession(staffSession, later((120 + 31) * 60))).toEqual(ANONYMOUS);
    expect((await actorForSession(citizenSession, later((120 + 31) * 60))).kind).toBe("user");
    expect(await actorForSession(citizenSession, later(8 * 24 * 60 * 60))).toEqual(ANONYMOUS);
  });
});

describe("where am I signed in", () => {
  it("ends one of one's own sessions, never another account's, and signs out everywhere", async () => {
    const citizen = await createStaff(["CITIZEN"]);
    const stranger = await createStaff(["CITIZEN"]);
    const [laptop, phone] = [await openSession(citizen.id), await openSession(citizen.id)];
    const theirs = await openSession(stranger.id);
    const actor = await signedInActor(laptop);

    expect(await endOwnSessions(actor, { sessionId: theirs.sessionId }, context)).toEqual({ ended: 0 });
    expect((await actorForSession(theirs)).kind).toBe("user");
    expect(await endOwnSessions(actor, { sessionId: phone.sessionId }, context)).toEqual({ ended: 1 });
    expect(await actorForSession(phone)).toEqual(ANONYMOUS);
    expect((await actorForSession(laptop)).kind).toBe("user");

    await openSession(citizen.id);
    expect(await endOwnSessions(actor, { sessionId: "all" }, context)).toEqual({ ended: 2 });
    expect(await actorForSession(laptop)).toEqual(ANONYMOUS);
  });
});
