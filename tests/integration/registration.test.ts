import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { decryptPii } from "@/lib/identity/nik-vault";
import { registerCitizen } from "@/lib/identity/use-cases/register-citizen";
import { db } from "@/lib/platform/db";

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

describe("registerCitizen", () => {
  it("creates a citizen whose NIK is stored encrypted, blind-indexed and masked, with an audit entry", async () => {
    const input = validInput();
    const user = await registerCitizen(ANONYMOUS, input, context);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { profile: true } });
    expect(stored.roles).toEqual(["CITIZEN"]);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.profile?.nikCiphertext).not.toContain(input.nik);
    expect(decryptPii(stored.profile!.nikCiphertext)).toBe(input.nik);
    expect(stored.profile?.nikMasked).toBe(`${input.nik.slice(0, 4)}**********${input.nik.slice(-2)}`);
    const audit = await db.auditEvent.findFirst({ where: { entityId: user.id, action: "account.registered" } });
    expect(audit?.ip).toBe(context.ip);
  });

  it("stores the email lower-cased so sign-in is case-insensitive", async () => {
    const user = await registerCitizen(ANONYMOUS, validInput({ email: `Rudi.${randomUUID()}@Warga.TEST` }), context);
    expect(user.email).toBe(user.email.toLowerCase());
  });

  it("refuses a second account for the same email or the same NIK with one message", async () => {
    const first = validInput();
    await registerCitizen(ANONYMOUS, first, context);
    await expect(registerCitizen(ANONYMOUS, validInput({ email: first.email }), context)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "error.accountExists",
    });
    await expect(registerCitizen(ANONYMOUS, validInput({ nik: first.nik }), context)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "error.accountExists",
    });
  });

  it("creates one account when the same registration is submitted twice at once", async () => {
    const input = validInput();
    const results = await Promise.allSettled([
      registerCitizen(ANONYMOUS, input, context),
      registerCitizen(ANONYMOUS, input, context),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
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
      attempts.push(await registerCitizen(ANONYMOUS, validInput(), { ip }).then(() => "ok", (e: { code: string }) => e.code));
    }
    expect(attempts.slice(0, 30).every((a) => a === "ok")).toBe(true);
    expect(attempts[30]).toBe("RATE_LIMITED");
  }, 60_000);
});
