import { describe, expect, it } from "vitest";
import { formatComplaintCode, isWhistleblowingCode, normalizeComplaintCode } from "./tracking";

describe("complaint tracking codes", () => {
  it("are the channel, the year and a six-digit serial", () => {
    expect(formatComplaintCode("ADU", 2026, 7)).toBe("ADU-2026-000007");
    expect(formatComplaintCode("WBS", 2026, 999_999)).toBe("WBS-2026-999999");
    expect(() => formatComplaintCode("ADU", 2026, 0)).toThrow(RangeError);
    expect(() => formatComplaintCode("ADU", 2026, 1_000_000)).toThrow(RangeError);
  });

  it("forgive case, spaces and missing dashes", () => {
    expect(normalizeComplaintCode(" adu-2026-000007 ")).toBe("ADU-2026-000007");
    expect(normalizeComplaintCode("WBS2026000045")).toBe("WBS-2026-000045");
    expect(normalizeComplaintCode("ADU 2026 000007")).toBe("ADU-2026-000007");
  });

  it("refuse anything else", () => {
    for (const input of ["", "DISDUKCAPIL-2026-000001", "ADU-26-000001", "ADU-2026-00001", "ADU-2026-0000001"]) {
      expect(normalizeComplaintCode(input)).toBeNull();
    }
  });

  it("tell whistleblowing codes apart", () => {
    expect(isWhistleblowingCode("WBS-2026-000001")).toBe(true);
    expect(isWhistleblowingCode("ADU-2026-000001")).toBe(false);
  });
});
