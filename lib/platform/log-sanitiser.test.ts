import { describe, expect, it } from "vitest";
import { REDACTED, sanitiseForLog, sanitiseText } from "./log-sanitiser";

describe("masking personal data in log text", () => {
  it("masks NIKs, emails, Indonesian phone numbers, bearer tokens and long secrets, leaving ordinary text", () => {
    expect(sanitiseText("NIK 3275011708850001 tidak cocok")).toBe("NIK [nik] tidak cocok");
    expect(sanitiseText("nik 327501.170885.0001")).toBe("nik [nik]");
    expect(sanitiseText("550 mailbox <Rudi.Hartono@Warga.test> unavailable")).toBe("550 mailbox <[email]> unavailable");
    expect(sanitiseText("call +62 812-3456-7890 or 081234567890 or 021 5551234")).toBe("call [phone] or [phone] or [phone]");
    expect(sanitiseText("Authorization: Bearer abc.def-123")).toBe("Authorization: Bearer [token]");
    expect(sanitiseText("reset link /akun/sandi?token=Qm9vbS1ib29tLWJvb20tYm9vbS1ib29tLWJvb20")).toBe("reset link /akun/sandi?token=[token]");
    expect(sanitiseText("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")).toBe("jwt [token]");
    const ordinary = "job 4f1c2a9e-1b2c-4d5e-8f90-1234567890ab (email.send) failed after 3 attempts at 2026-12-06T11:00:00.000Z";
    expect(sanitiseText(ordinary)).toBe(ordinary);
    expect(sanitiseText("DISDUKCAPIL-2026-000123 took 250 ms")).toBe("DISDUKCAPIL-2026-000123 took 250 ms");
    const stackLine = "at SMTPConnection._formatError (/work/app/node_modules/nodemailer/lib/smtp-connection/index.js:905:19)";
    expect(sanitiseText(stackLine)).toBe(stackLine);
    expect(sanitiseText("key q3+7wAbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/abQ==")).toBe("key [token]");
    expect(sanitiseText("hex 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")).toBe("hex [token]");
  });
});

describe("sanitising what a log call receives", () => {
  it("replaces personal and secret keys at any depth, whatever they hold", () => {
    expect(
      sanitiseForLog({
        queue: "email.send",
        user: { id: "u1", email: "a@b.test", name: "Siti", phone_number: "0812", profile: { NIK: 1, birthDate: "1990-01-01" } },
        headers: { authorization: "Bearer x", cookie: "authjs.session-token=1", "user-agent": "curl" },
        password: "hunter2",
      }),
    ).toEqual({
      queue: "email.send",
      user: { id: "u1", email: REDACTED, name: REDACTED, phone_number: REDACTED, profile: { NIK: REDACTED, birthDate: REDACTED } },
      headers: { authorization: REDACTED, cookie: REDACTED, "user-agent": "curl" },
      password: REDACTED,
    });
  });

  it("keeps request and job ids, even one shaped like a secret (nginx's $request_id), unless they hold more than an id", () => {
    expect(sanitiseForLog({ requestId: "9f86d081884c7d659a2feaa0c55ad015", jobId: "job-1", note: "9f86d081884c7d659a2feaa0c55ad015" })).toEqual({
      requestId: "9f86d081884c7d659a2feaa0c55ad015",
      jobId: "job-1",
      note: "[token]",
    });
    expect(sanitiseForLog({ requestId: "siti@warga.test then more" })).toEqual({ requestId: "[email] then more" });
  });

  it("flattens an error to its type, masked message and stack, and its cause", () => {
    const cause = new Error("connect ECONNREFUSED for siti@warga.test");
    const error = Object.assign(new Error("could not email siti@warga.test about 3275011708850001", { cause }), { code: "E_SEND" });
    const cleaned = sanitiseForLog(error) as Record<string, unknown>;
    expect(cleaned).toMatchObject({ type: "Error", code: "E_SEND", message: "could not email [email] about [nik]" });
    expect(cleaned.stack).not.toMatch(/siti@|3275011708850001/);
    expect(cleaned.cause).toMatchObject({ message: "connect ECONNREFUSED for [email]" });
  });
});
