import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/identity/password-hash";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { db } from "@/lib/platform/db";

const PASSWORD = "Matahari2026terbit";
let email: string;
let ip: string;

beforeEach(async () => {
  email = `warga.${randomUUID()}@warga.test`;
  ip = `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  await db.user.create({ data: { email, name: "Warga Uji", passwordHash: await hashPassword(PASSWORD), roles: ["CITIZEN"] } });
});

describe("authenticateUser", () => {
  it("accepts the right password, whatever the email's case, and audits the sign-in", async () => {
    const result = await authenticateUser({ email: email.toUpperCase(), password: PASSWORD }, { ip });
    expect(result).toMatchObject({ ok: true, user: { email } });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "account.signedIn" } })).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    expect(await authenticateUser({ email, password: "Salah2026sandi" }, { ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateUser({ email: `nobody.${randomUUID()}@warga.test`, password: PASSWORD }, { ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks an account for the window after five failures, even for the right password", async () => {
    for (let i = 0; i < 5; i++) await authenticateUser({ email, password: `Salah${i}2026sandi` }, { ip: `${ip}-${i}` });
    expect(await authenticateUser({ email, password: PASSWORD }, { ip })).toEqual({ ok: false, reason: "rateLimited" });
  });

  it("limits an unknown email the same way, so the limit does not reveal which emails exist", async () => {
    const unknown = `nobody.${randomUUID()}@warga.test`;
    for (let i = 0; i < 5; i++) await authenticateUser({ email: unknown, password: `Salah${i}2026sandi` }, { ip: `${ip}-${i}` });
    expect(await authenticateUser({ email: unknown, password: PASSWORD }, { ip })).toEqual({ ok: false, reason: "rateLimited" });
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await authenticateUser({ email: `spray.${i}.${randomUUID()}@warga.test`, password: "Salah2026sandi" }, { ip });
    }
    expect(await authenticateUser({ email, password: PASSWORD }, { ip })).toEqual({ ok: false, reason: "rateLimited" });
    expect(await authenticateUser({ email, password: PASSWORD }, { ip: `${ip}-other` })).toMatchObject({ ok: true });
  }, 60_000);

  it("clears the account's failures after a successful sign-in", async () => {
    for (let i = 0; i < 4; i++) await authenticateUser({ email, password: "Salah2026sandi" }, { ip: null });
    expect(await authenticateUser({ email, password: PASSWORD }, { ip: null })).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await authenticateUser({ email, password: "Salah2026sandi" }, { ip: null });
    expect(await authenticateUser({ email, password: PASSWORD }, { ip: null })).toMatchObject({ ok: true });
  });

  it("a burst of forty wrong passwords and the right one, all at once, checks at most five, gives no session and locks once (issue 16 #2)", async () => {
    const wrong = Array.from({ length: 40 }, (_, i) => authenticateUser({ email, password: `Salah${i}2026sandi` }, { ip }));
    const results = await Promise.all([...wrong, authenticateUser({ email, password: PASSWORD }, { ip })]);
    const checked = results.filter((result) => !result.ok && result.reason === "invalid");
    expect(results.filter((result) => result.ok)).toEqual([]);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(results.length - checked.length).toBeGreaterThanOrEqual(36);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "account.signedIn" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "account.locked" } })).toBe(1);
    // Still refused afterwards, the right password included.
    expect(await authenticateUser({ email, password: PASSWORD }, { ip: null })).toEqual({ ok: false, reason: "rateLimited" });
  }, 120_000);

  it("an address's successful sign-ins do not use up its allowance", async () => {
    for (let i = 0; i < 25; i++) expect(await authenticateUser({ email, password: PASSWORD }, { ip })).toMatchObject({ ok: true });
  }, 120_000);

  it("refuses a deactivated account", async () => {
    await db.user.update({ where: { email }, data: { active: false } });
    expect(await authenticateUser({ email, password: PASSWORD }, { ip })).toEqual({ ok: false, reason: "invalid" });
  });
});
