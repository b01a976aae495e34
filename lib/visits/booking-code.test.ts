import { describe, expect, it } from "vitest";
import { displayBookingCode, newBookingCode, normalizeBookingCode, ticketNumber } from "./booking-code";

describe("booking codes", () => {
  it("reads a typed code whatever its case, spaces and dashes", () => {
    const code = newBookingCode();
    expect(normalizeBookingCode(displayBookingCode(code).toLowerCase())).toBe(code);
    expect(normalizeBookingCode(` ${code.slice(0, 4)} ${code.slice(4)} `)).toBe(code);
  });

  it("refuses what cannot be a code (wrong length, ambiguous letters)", () => {
    expect(normalizeBookingCode("ABC")).toBeNull();
    expect(normalizeBookingCode("0OIL2345")).toBeNull();
  });

  it("numbers tickets as letter and three digits", () => {
    expect(ticketNumber("A", 17)).toBe("A-017");
    expect(ticketNumber("B", 1234)).toBe("B-1234");
  });
});
