import { describe, expect, it } from "vitest";
import { acceptedTotpStep, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, totpCode, totpUri } from "./rules";

// RFC 6238 Appendix B: the SHA-1 test secret "12345678901234567890" in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP (RFC 6238) with a fixed clock", () => {
  it("produces the RFC's test vectors (last six digits)", () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe("287082");
    expect(totpCode(RFC_SECRET, new Date(1_111_111_109_000))).toBe("081804");
    expect(totpCode(RFC_SECRET, new Date(2_000_000_000_000))).toBe("279037");
  });

  it("accepts the current code and one step either side, nothing further", () => {
    const now = new Date("2026-12-06T10:00:15Z");
    const step = Math.floor(now.getTime() / 30_000);
    expect(acceptedTotpStep(RFC_SECRET, totpCode(RFC_SECRET, now), now, null)).toBe(step);
    expect(acceptedTotpStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() - 30_000)), now, null)).toBe(step - 1);
    expect(acceptedTotpStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() + 30_000)), now, null)).toBe(step + 1);
    expect(acceptedTotpStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() - 90_000)), now, null)).toBeNull();
  });

  it("never accepts a code twice, nor an older one after a newer was used", () => {
    const now = new Date("2026-12-06T10:00:15Z");
    const code = totpCode(RFC_SECRET, now);
    const step = acceptedTotpStep(RFC_SECRET, code, now, null)!;
    expect(acceptedTotpStep(RFC_SECRET, code, new Date(now.getTime() + 5_000), step)).toBeNull();
    const previous = totpCode(RFC_SECRET, new Date(now.getTime() - 30_000));
    expect(acceptedTotpStep(RFC_SECRET, previous, now, step)).toBeNull();
    const next = new Date(now.getTime() + 30_000);
    expect(acceptedTotpStep(RFC_SECRET, totpCode(RFC_SECRET, next), next, step)).toBe(step + 1);
  });

  it("refuses what is not six digits, and tolerates spaces typed in the middle", () => {
    const now = new Date("2026-12-06T10:00:15Z");
    const code = totpCode(RFC_SECRET, now);
    expect(acceptedTotpStep(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).not.toBeNull();
    expect(acceptedTotpStep(RFC_SECRET, "12345", now, null)).toBeNull();
    expect(acceptedTotpStep(RFC_SECRET, "abcdef", now, null)).toBeNull();
  });

  it("gives an authenticator app a URI naming the issuer and account, and a fresh secret each time", () => {
    const secret = newTotpSecret();
    expect(secret).not.toBe(newTotpSecret());
    const uri = new URL(totpUri(secret, "admin@harapanjaya.go.id"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("SatuPintu");
    expect(decodeURIComponent(uri.pathname)).toContain("admin@harapanjaya.go.id");
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes that read back however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
      expect(looksLikeRecoveryCode(code.toUpperCase().replace("-", " "))).toBe(true);
    }
    expect(normalizeRecoveryCode(" ABCD-efgh-JK ")).toBe("abcdefghjk");
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
