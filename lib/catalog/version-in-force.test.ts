import { describe, expect, it } from "vitest";
import { versionsInForce } from "./version-in-force";

const dated = (version: number, effectiveFrom: string) => ({ version, effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`) });
const numbers = (versions: { version: number }[]) => versions.map((version) => version.version);

const v1 = dated(1, "2026-01-02");
const v2 = dated(2, "2027-02-01");

describe("which standard version is in force", () => {
  it("keeps the current version while a newer one is scheduled for a later date, and announces the newer one", () => {
    const result = versionsInForce([v1, v2], new Date("2026-12-06T03:00:00Z"), "Asia/Jakarta");
    expect(result.current?.version).toBe(1);
    expect(numbers(result.upcoming)).toEqual([2]);
  });

  it("switches at local midnight of the effective date in the agency's zone, not at UTC midnight", () => {
    // 2027-01-31 17:30 UTC is 2027-02-01 00:30 in Jakarta (UTC+7) but still 31 January in UTC.
    expect(versionsInForce([v1, v2], new Date("2027-01-31T17:30:00Z"), "Asia/Jakarta").current?.version).toBe(2);
    expect(versionsInForce([v1, v2], new Date("2027-01-31T16:30:00Z"), "Asia/Jakarta").current?.version).toBe(1);
    // Jayapura (UTC+9) is there two hours earlier.
    expect(versionsInForce([v1, v2], new Date("2027-01-31T15:30:00Z"), "Asia/Jayapura").current?.version).toBe(2);
    expect(versionsInForce([v1, v2], new Date("2027-02-01T00:00:00Z"), "Asia/Jakarta").upcoming).toEqual([]);
  });

  it("has no current version before the first one takes effect", () => {
    const result = versionsInForce([v2], new Date("2026-12-06T03:00:00Z"), "Asia/Jakarta");
    expect(result.current).toBeNull();
    expect(numbers(result.upcoming)).toEqual([2]);
  });

  it("lets a newer version published with a past date replace the current one at once", () => {
    const result = versionsInForce([v1, dated(2, "2026-03-01")], new Date("2026-12-06T03:00:00Z"), "Asia/Jakarta");
    expect(result.current?.version).toBe(2);
  });

  it("never applies or announces a scheduled version that a newer one supersedes before its date", () => {
    const v3 = dated(3, "2027-01-15");
    const before = versionsInForce([v1, v2, v3], new Date("2026-12-06T03:00:00Z"), "Asia/Jakarta");
    expect(before.current?.version).toBe(1);
    expect(numbers(before.upcoming)).toEqual([3]);
    expect(versionsInForce([v1, v2, v3], new Date("2027-03-01T03:00:00Z"), "Asia/Jakarta").current?.version).toBe(3);
  });

  it("lists several scheduled versions soonest first", () => {
    const result = versionsInForce([dated(3, "2027-06-01"), v1, v2], new Date("2026-12-06T03:00:00Z"), "Asia/Jakarta");
    expect(numbers(result.upcoming)).toEqual([2, 3]);
  });

  it("does not depend on the order versions are given in", () => {
    const result = versionsInForce([v2, dated(3, "2026-06-01"), v1], new Date("2026-12-06T03:00:00Z"), "Asia/Jakarta");
    expect(result.current?.version).toBe(3);
    expect(result.upcoming).toEqual([]);
  });
});
