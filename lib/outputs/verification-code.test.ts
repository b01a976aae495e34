import { describe, expect, it } from "vitest";
import { newVerificationCode, normalizeVerificationCode, verificationCodeFromBytes } from "./verification-code";

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe("verification codes", () => {
  it("turns 60 random bits into 12 Crockford base32 characters in groups of four", () => {
    expect(verificationCodeFromBytes(new Uint8Array(8))).toBe("0000-0000-0000");
    // 0x0fffffffffffffff: the low 60 bits all set, so every symbol is the last one.
    expect(verificationCodeFromBytes(Uint8Array.from([0x0f, 255, 255, 255, 255, 255, 255, 255]))).toBe("ZZZZ-ZZZZ-ZZZZ");
    expect(verificationCodeFromBytes(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 33]))).toBe("0000-0000-0011");
    expect(() => verificationCodeFromBytes(new Uint8Array(7))).toThrow();
  });

  it("makes fresh codes of the right shape", () => {
    const codes = new Set(Array.from({ length: 200 }, () => newVerificationCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(CODE);
  });

  it.each([
    ["7K3M-Q9RT-2HXW", "7K3M-Q9RT-2HXW"],
    ["7k3mq9rt2hxw", "7K3M-Q9RT-2HXW"],
    [" 7K3M Q9RT 2HXW ", "7K3M-Q9RT-2HXW"],
    ["7K3M.Q9RT.2HXW", "7K3M-Q9RT-2HXW"],
    ["OOOO-IIII-LLLL", "0000-1111-1111"],
    ["ooo0-iii1-lll1", "0000-1111-1111"],
  ])("normalises %j to %j", (typed, stored) => {
    expect(normalizeVerificationCode(typed)).toBe(stored);
  });

  it.each(["", "7K3M-Q9RT-2HX", "7K3M-Q9RT-2HXWA", "UUUU-0000-0000", "7K3M-Q9RT-2HX!", "x".repeat(100)])("rejects %j", (typed) => {
    expect(normalizeVerificationCode(typed)).toBeNull();
  });

  it("round-trips every generated code", () => {
    for (let i = 0; i < 50; i++) {
      const code = newVerificationCode();
      expect(normalizeVerificationCode(code.toLowerCase().replace(/-/g, " "))).toBe(code);
    }
  });
});
