import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/auth/session-actor";
import { hashPassword } from "@/lib/identity/password-hash";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { changePassword } from "@/lib/identity/use-cases/change-password";
import { unlockAccount } from "@/lib/identity/use-cases/unlock-account";
import { db } from "@/lib/platform/db";
import { emailedToken, openSession } from "@/tests/fixtures/accounts";
import { actorFor, type UserActor } from "@/tests/fixtures/applications";

const PASSWORD = "Matahari2026terbit";
const NEW_PASSWORD = "Rembulan2027purnama";
const context = { ip: null };
let email: string;
let user: UserActor;

beforeEach(async () => {
  email = `warga.${randomUUID()}@warga.test`;
  const created = await db.user.create({ data: { email, name: "Warga Uji", passwordHash: await hashPassword(PASSWORD), roles: ["CITIZEN"] } });
  user = await actorFor({ id: created.id });
});

const failFiveTimes = async (address: string) => {
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push(await authenticateUser({ email: address, password: `Salah${i}2026sandi` }, context));
  return answers;
};

const unlockToken = (userId: string) => emailedToken({ userId }, "accountSecurity.locked");

describe("account lockout", () => {
  it("locks after five failures, emails an unlock link once, and the link lets the owner in at once", async () => {
    const answers = await failFiveTimes(email);
    expect(answers.every((a) => !a.ok && a.reason === "invalid")).toBe(true);
    expect(await authenticateUser({ email, password: PASSWORD }, context)).toEqual({ ok: false, reason: "rateLimited" });
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedAt).not.toBeNull();
    expect(await db.notification.count({ where: { userId: user.id, messageKey: "accountSecurity.locked" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "account.locked", entityId: user.id } })).toBe(1);

    const token = await unlockToken(user.id);
    await unlockAccount({ token }, context);
    expect(await authenticateUser({ email, password: PASSWORD }, context)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedAt).toBeNull();
    await expect(unlockAccount({ token }, context)).rejects.toMatchObject({ messageKey: "accountLink.invalid" });
  });

  it("answers an unknown email exactly as a locked account, before and after the limit", async () => {
    const unknown = `nobody.${randomUUID()}@warga.test`;
    const [known, stranger] = [await failFiveTimes(email), await failFiveTimes(unknown)];
    expect(stranger).toEqual(known);
    expect(await authenticateUser({ email: unknown, password: PASSWORD }, context)).toEqual(
      await authenticateUser({ email, password: PASSWORD }, context),
    );
  });

  it("refuses made-up, expired and wrong-purpose unlock links alike", async () => {
    await expect(unlockAccount({ token: "x".repeat(43) }, context)).rejects.toMatchObject({ messageKey: "accountLink.invalid" });
    await failFiveTimes(email);
    const token = await unlockToken(user.id);
    await db.accountToken.updateMany({ where: { userId: user.id, purpose: "unlock" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(unlockAccount({ token }, context)).rejects.toMatchObject({ messageKey: "accountLink.invalid" });
    await expect(unlockAccount({ token: undefined }, context)).rejects.toMatchObject({ messageKey: "accountLink.invalid" });
  });
});

describe("changing one's password", () => {
  it("ends every other session and the new password works", async () => {
    const otherSession = await openSession(user.id);
    expect((await actorForSession(otherSession)).kind).toBe("user");
    await changePassword(user, { currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, context);
    expect(await actorForSession(otherSession)).toEqual(ANONYMOUS);
    expect(await authenticateUser({ email, password: PASSWORD }, context)).toMatchObject({ ok: false });
    expect(await authenticateUser({ email, password: NEW_PASSWORD }, context)).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
    expect(await db.auditEvent.count({ where: { action: "account.passwordChanged", entityId: user.id } })).toBe(1);
  });

  it("refuses a wrong current password, a weak new one, and an anonymous caller", async () => {
    await expect(
      changePassword(user, { currentPassword: "Salah2026sandi", password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, context),
    ).rejects.toMatchObject({ fieldErrors: { currentPassword: ["accountSecurity.error.currentPasswordWrong"] } });
    await expect(changePassword(user, { currentPassword: PASSWORD, password: "pendek1", passwordConfirm: "pendek1" }, context)).rejects.toMatchObject({
      fieldErrors: { password: ["validation.password.tooShort"] },
    });
    await expect(
      changePassword(ANONYMOUS, { currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, context),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });

  it("stops guessing the current password after five wrong tries", async () => {
    const wrong = { currentPassword: "Salah2026sandi", password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD };
    for (let i = 0; i < 5; i++) await expect(changePassword(user, wrong, context)).rejects.toMatchObject({ code: "INVALID" });
    await expect(changePassword(user, wrong, context)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
