import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { decryptPii } from "@/lib/identity/nik-vault";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { confirmEmail } from "@/lib/identity/use-cases/confirm-email";
import { registerCitizen } from "@/lib/identity/use-cases/register-citizen";
import { db } from "@/lib/platform/db";
import { emailedToken } from "@/tests/fixtures/accounts";

let serial = 100;
/** A structurally valid NIK for a man born 17 Aug 1985, unique per call. */
function freshNik() {
  serial += 1;
  return `327501170885${String(serial).padStart(4, "0")}`;
}

function validInput(overrides: Record<string, string> = {}) {
  return {
    name: "Rudi Hartono",
    email: `rudi.${randomUUID()}@warga.test`,
    nik: freshNik(),
    birthDate: "1985-08-17",
    sex: "MALE",
    password: "Matahari2026terbit",
    passwordConfirm: "Matahari2026terbit",
    consent: "on",
    ...overrides,
  };
}

const context = { ip: "203.0.113.10" };

/** The token of the link in the newest notification of that kind to the account (the email's in-app twin). */
const linkToken = (email: string, messageKey: string) => emailedToken({ email }, messageKey);

async function confirmByEmailLink(email: string) {
  await confirmEmail({ token: await linkToken(email, "accountSecurity.confirmEmail") }, context);
}

describe("registerCitizen", () => {
  it("creates a citizen whose NIK is stored encrypted, blind-indexed and masked, with an audit entry", async () => {
    const input = validInput();
    expect(await registerCitizen(ANONYMOUS, input, context)).toEqual({ outcome: "checkEmail" });
    const stored = await db.user.findUniqueOrThrow({ where: { email: input.email }, include: { profile: true } });
    const user = { id: stored.id };
    expect(stored.roles).toEqual(["CITIZEN"]);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.profile?.nikCiphertext).not.toContain(input.nik);
    expect(decryptPii(stored.profile!.nikCiphertext)).toBe(input.nik);
    expect(stored.profile?.nikMasked).toBe(`${input.nik.slice(0, 4)}**********${input.nik.slice(-2)}`);
    const audit = await db.auditEvent.findFirst({ where: { entityId: user.id, action: "account.registered" } });
    expect(audit?.ip).toBe(context.ip);
  });

  it("stores the email lower-cased so sign-in is case-insensitive", async () => {
    const email = `Rudi.${randomUUID()}@Warga.TEST`;
    await registerCitizen(ANONYMOUS, validInput({ email }), context);
    expect(await db.user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  it("answers a taken email or NIK exactly like a new one, and emails the account's owner instead", async () => {
    const first = validInput();
    await registerCitizen(ANONYMOUS, first, context);
    await confirmByEmailLink(first.email);
    const owner = await db.user.findUniqueOrThrow({ where: { email: first.email }, select: { id: true } });
    expect(await registerCitizen(ANONYMOUS, validInput({ email: first.email }), context)).toEqual({ outcome: "checkEmail" });
    const byNik = validInput({ nik: first.nik });
    expect(await registerCitizen(ANONYMOUS, byNik, context)).toEqual({ outcome: "checkEmail" });
    expect(await db.user.count({ where: { email: byNik.email } })).toBe(0);
    // One notice for both attempts: the owner is told once in six hours (issue 16 #9).
    expect(await db.notification.count({ where: { userId: owner.id, messageKey: "accountSecurity.registrationAttempt" } })).toBe(1);
  });

  it("emails each owner once however many registrations name their email or NIK, with the same answer every time (issue 16 #9)", async () => {
    const [emailOwner, nikOwner] = [validInput(), validInput()];
    for (const input of [emailOwner, nikOwner]) {
      await registerCitizen(ANONYMOUS, input, context);
      await confirmByEmailLink(input.email);
    }
    const owners = await db.user.findMany({ where: { email: { in: [emailOwner.email, nikOwner.email] } }, select: { id: true } });
    const answers = [];
    // Six posts naming one owner's email and the other's NIK, two of them at once.
    for (let i = 0; i < 4; i++) answers.push(await registerCitizen(ANONYMOUS, validInput({ email: emailOwner.email, nik: nikOwner.nik }), { ip: null }));
    answers.push(
      ...(await Promise.all([0, 1].map(() => registerCitizen(ANONYMOUS, validInput({ email: emailOwner.email, nik: nikOwner.nik }), { ip: null })))),
    );
    expect(answers).toEqual(Array(6).fill({ outcome: "checkEmail" }));
    for (const owner of owners) {
      expect(await db.notification.count({ where: { userId: owner.id, messageKey: "accountSecurity.registrationAttempt" } })).toBe(1);
      expect(await db.auditEvent.count({ where: { entityId: owner.id, action: "account.registrationRepeated" } })).toBe(6);
    }
    const notices = await db.notification.findMany({
      where: { userId: { in: owners.map((owner) => owner.id) }, messageKey: "accountSecurity.registrationAttempt" },
      select: { id: true },
    });
    const emails = await db.job.count({ where: { OR: notices.map((notice) => ({ payload: { path: ["notificationId"], equals: notice.id } })) } });
    expect(emails).toBe(2);
  }, 60_000);

  it("re-sends a confirmation link to an unconfirmed email once, however often it registers again", async () => {
    const input = validInput();
    await registerCitizen(ANONYMOUS, input, context);
    for (let i = 0; i < 5; i++) expect(await registerCitizen(ANONYMOUS, { ...input }, { ip: null })).toEqual({ outcome: "checkEmail" });
    expect(await db.notification.count({ where: { user: { email: input.email }, messageKey: "accountSecurity.confirmEmailAgain" } })).toBe(1);
    // The link of that one re-sent email still works.
    await confirmEmail({ token: await linkToken(input.email, "accountSecurity.confirmEmailAgain") }, context);
  });

  it("sends a fresh confirmation link when an unconfirmed email registers again; only the newest link works", async () => {
    const input = validInput();
    await registerCitizen(ANONYMOUS, input, context);
    const oldToken = await linkToken(input.email, "accountSecurity.confirmEmail");
    await registerCitizen(ANONYMOUS, { ...input }, context);
    const newToken = await linkToken(input.email, "accountSecurity.confirmEmailAgain");
    await expect(confirmEmail({ token: oldToken }, context)).rejects.toMatchObject({ messageKey: "accountLink.invalid" });
    await confirmEmail({ token: newToken }, context);
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).emailConfirmedAt).not.toBeNull();
  });

  it("cannot sign in before the emailed link is followed", async () => {
    const input = validInput();
    await registerCitizen(ANONYMOUS, input, context);
    expect(await authenticateUser({ email: input.email, password: input.password }, { ip: null })).toEqual({ ok: false, reason: "invalid" });
    await confirmByEmailLink(input.email);
    expect(await authenticateUser({ email: input.email, password: input.password }, { ip: null })).toMatchObject({ ok: true });
  });

  it("reports each invalid field with a translatable message key", async () => {
    const error = await registerCitizen(
      ANONYMOUS,
      validInput({ nik: "3275011708850002", birthDate: "1985-08-18", password: "pendek1", passwordConfirm: "lain", consent: "" }),
      context,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "INVALID",
      fieldErrors: {
        nik: ["validation.nik.birthDateMismatch"],
        password: ["validation.password.tooShort"],
        passwordConfirm: ["validation.password.mismatch"],
        consent: ["validation.consent"],
      },
    });
  });

  it("refuses a signed-in user", async () => {
    const signedIn: Actor = { kind: "user", id: "x", name: "x", email: "x@x.id", roles: ["CITIZEN"], memberships: [] };
    await expect(registerCitizen(signedIn, validInput(), context)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("limits registrations per client address", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const attempts = [];
    for (let i = 0; i < 31; i++) {
      attempts.push(
        await registerCitizen(ANONYMOUS, validInput(), { ip }).then(
          () => "ok",
          (e: { code: string }) => e.code,
        ),
      );
    }
    expect(attempts.slice(0, 30).every((a) => a === "ok")).toBe(true);
    expect(attempts[30]).toBe("RATE_LIMITED");
  }, 60_000);
});
