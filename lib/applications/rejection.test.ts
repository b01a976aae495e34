import { describe, expect, it } from "vitest";
import { mayApplyAgain, rejectionFrom } from "./rejection";

const at = new Date("2026-12-07T03:00:00Z");

describe("rejectionFrom", () => {
  it("reads the reason and the officer's note of the last rejection", () => {
    const rejection = rejectionFrom([
      { type: "submitted", createdAt: at },
      { type: "rejected", note: "Pindaian KK tidak terbaca.", data: { reason: "documentsInvalid" }, createdAt: at },
    ]);
    expect(rejection).toEqual({ reason: "documentsInvalid", note: "Pindaian KK tidak terbaca.", at });
  });

  it("is null for an application never rejected, and keeps an unknown reason out", () => {
    expect(rejectionFrom([{ type: "approved", createdAt: at }])).toBeNull();
    expect(rejectionFrom([{ type: "rejected", note: "x", data: { reason: "<script>" }, createdAt: at }])?.reason).toBeNull();
  });
});

describe("mayApplyAgain", () => {
  const rejection = (reason: "documentsInvalid" | "duplicate") => ({ reason, note: null, at });
  it("is offered while the service takes applications", () => {
    expect(mayApplyAgain(rejection("documentsInvalid"), true)).toBe(true);
    expect(mayApplyAgain(rejection("documentsInvalid"), false)).toBe(false);
  });
  it("is not offered after a rejection as a duplicate", () => {
    expect(mayApplyAgain(rejection("duplicate"), true)).toBe(false);
  });
});
