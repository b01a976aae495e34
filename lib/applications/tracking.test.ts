import { describe, expect, it } from "vitest";
import { encodeTrackingSecret, formatTrackingNumber, normalizeTrackingNumber, normalizeTrackingSecret } from "./tracking";

describe("tracking numbers", () => {
  it("are the agency code, the year and a six-digit serial", () => {
    expect(formatTrackingNumber("DISDUKCAPIL", 2026, 42)).toBe("DISDUKCAPIL-2026-000042");
    expect(formatTrackingNumber("DPMPTSP", 2027, 999_999)).toBe("DPMPTSP-2027-999999");
  });

  it("refuse serials that do not fit six digits", () => {
    expect(() => formatTrackingNumber("DINSOS", 2026, 0)).toThrow(RangeError);
    expect(() => formatTrackingNumber("DINSOS", 2026, 1_000_000)).toThrow(RangeError);
  });

  it("accept what a citizen types in lower case or with spaces around", () => {
    expect(normalizeTrackingNumber("  disdukcapil-2026-000042 ")).toBe("DISDUKCAPIL-2026-000042");
  });

  it("reject anything else", () => {
    for (const input of ["DISDUKCAPIL-2026-42", "DISDUKCAPIL-26-000042", "2026-000042", "DISDUKCAPIL-2026-000042-1", ""]) {
      expect(normalizeTrackingNumber(input), input).toBeNull();
    }
  });
});

describe("tracking secrets", () => {
  it("are eight characters from an alphabet without look-alikes, grouped by four", () => {
    const secret = encodeTrackingSecret(Uint8Array.from([0, 1, 31, 32, 8, 18, 21, 27]));
    expect(secret).toBe("01Z0-8JNV");
    expect(secret).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("forgive case, spaces, dashes and the letters O, I and L typed for digits", () => {
    expect(normalizeTrackingSecret("o1z0 8jnv")).toBe("01Z0-8JNV");
    expect(normalizeTrackingSecret("OIZ0-8JNV")).toBe("01Z0-8JNV");
    expect(normalizeTrackingSecret("Ol Z0 8J NV")).toBe("01Z0-8JNV");
  });

  it("reject wrong lengths and letters outside the alphabet", () => {
    expect(normalizeTrackingSecret("01Z0-8JN")).toBeNull();
    expect(normalizeTrackingSecret("01Z0-8JNVX")).toBeNull();
    expect(normalizeTrackingSecret("01Z0-8JNU")).toBeNull();
  });
});
