import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/identity/session-actor";
import { hashPassword } from "@/lib/identity/password-hash";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { changePassword } from "@/lib/identity/use-cases/change-password";
import { unlockAccount } from "@/lib/identity/use-cases/unlock-account";
import { db } from "@/lib/platform/db";
import { eraseMyAccount } from "@/lib/privacy/use-cases/erase-my-account";
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
    expect(await authenticateUser({ email: unknown, password: PASSWORD }, context)).toEqual(await authenticateUser({ email, password: PASSWORD }, context));
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

/** Issue 16 #3: a stolen session must not get past password re-entry by guessing. */
describe("re-entering the password", () => {
  const change = (currentPassword: string) => changePassword(user, { currentPassword, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, context);
  const erase = (password: string) => eraseMyAccount(user, { password, confirm: "on" }, context);

  it("changing the password: after five wrong tries the right one is refused too, and nothing changes", async () => {
    for (let i = 0; i < 5; i++) await expect(change(`Salah${i}2026sandi`)).rejects.toMatchObject({ code: "INVALID" });
    await expect(change(PASSWORD)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
    expect(await authenticateUser({ email, password: PASSWORD }, context)).toMatchObject({ ok: true });
  });

  it("changing the password: ten wrong tries and the right one sent at once check at most five and change nothing", async () => {
    const outcomes = await Promise.allSettled([...Array.from({ length: 10 }, (_, i) => change(`Salah${i}2026sandi`)), change(PASSWORD)]);
    const codes = outcomes.map((outcome) => (outcome.status === "rejected" ? (outcome.reason as { code: string }).code : "CHANGED"));
    expect(codes).not.toContain("CHANGED");
    expect(codes.filter((code) => code === "INVALID").length).toBeLessThanOrEqual(5);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  }, 60_000);

  it("erasing the account: after five wrong tries the right one is refused too, and the account stays", async () => {
    for (let i = 0; i < 5; i++) await expect(erase(`Salah${i}2026sandi`)).rejects.toMatchObject({ code: "INVALID" });
    await expect(erase(PASSWORD)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: true, erasedAt: null, email });
  });

  it("the tries are shared: wrong ones on one form count on the other", async () => {
    for (let i = 0; i < 3; i++) await expect(change(`Salah${i}2026sandi`)).rejects.toMatchObject({ code: "INVALID" });
    for (let i = 0; i < 2; i++) await expect(erase(`Salah${i}2026sandi`)).rejects.toMatchObject({ code: "INVALID" });
    await expect(erase(PASSWORD)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(change(PASSWORD)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("a right password within the limit takes the count back", async () => {
    for (let i = 0; i < 4; i++) await expect(erase(`Salah${i}2026sandi`)).rejects.toMatchObject({ code: "INVALID" });
    await expect(change(PASSWORD)).resolves.toMatchObject({ email });
    for (let i = 0; i < 4; i++) await expect(erase(`Salah${i}2026sandi`)).rejects.toMatchObject({ code: "INVALID" });
    await expect(changePassword(user, { currentPassword: NEW_PASSWORD, password: PASSWORD, passwordConfirm: PASSWORD }, context)).resolves.toMatchObject({
      email,
    });
  });
});
