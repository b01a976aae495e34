import { describe, expect, it } from "vitest";
import { expiryOf, validityMonthsOf, walletState } from "./validity";

describe("document validity", () => {
  it("adds calendar months, keeping the day or the month's last day", () => {
    expect(expiryOf(new Date("2026-03-15T03:00:00Z"), 6)?.toISOString()).toBe("2026-09-15T03:00:00.000Z");
    expect(expiryOf(new Date("2026-08-31T03:00:00Z"), 6)?.toISOString()).toBe("2027-02-28T03:00:00.000Z");
    expect(expiryOf(new Date("2026-08-31T03:00:00Z"), null)).toBeNull();
  });

  it("says revoked first, then expired, expiring within 30 days, or valid", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    expect(walletState({ revokedAt: now, expiresAt: new Date("2027-06-01T00:00:00Z") }, now)).toBe("revoked");
    expect(walletState({ revokedAt: null, expiresAt: new Date("2026-11-30T00:00:00Z") }, now)).toBe("expired");
    expect(walletState({ revokedAt: null, expiresAt: new Date("2026-12-20T00:00:00Z") }, now)).toBe("expiringSoon");
    expect(walletState({ revokedAt: null, expiresAt: new Date("2027-03-01T00:00:00Z") }, now)).toBe("valid");
    expect(walletState({ revokedAt: null, expiresAt: null }, now)).toBe("valid");
  });

  it("reads the validity period from the standard's data, ignoring nonsense", () => {
    expect(validityMonthsOf({ outputValidityMonths: 6 })).toBe(6);
    expect(validityMonthsOf({ outputValidityMonths: "6" })).toBeNull();
    expect(validityMonthsOf({ outputValidityMonths: 0 })).toBeNull();
    expect(validityMonthsOf({})).toBeNull();
    expect(validityMonthsOf(null)).toBeNull();
  });
});
