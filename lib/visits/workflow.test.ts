import { describe, expect, it } from "vitest";
import { activeKeyFor, isBookingActive, isBookingChangeable, nextBookingStatus, nextTicketStatus } from "./workflow";

describe("the booking lifecycle", () => {
  it("goes BOOKED → CHECKED_IN → CALLED → SERVED, or NO_SHOW once called", () => {
    expect(nextBookingStatus("BOOKED", "checkIn")).toBe("CHECKED_IN");
    expect(nextBookingStatus("CHECKED_IN", "call")).toBe("CALLED");
    expect(nextBookingStatus("CALLED", "serve")).toBe("SERVED");
    expect(nextBookingStatus("CALLED", "noShow")).toBe("NO_SHOW");
  });

  it("lets a booking be cancelled or expire only before check-in, and never checks in twice", () => {
    expect(nextBookingStatus("BOOKED", "cancel")).toBe("CANCELLED");
    expect(nextBookingStatus("BOOKED", "expire")).toBe("EXPIRED");
    expect(nextBookingStatus("CHECKED_IN", "cancel")).toBeNull();
    expect(nextBookingStatus("CHECKED_IN", "checkIn")).toBeNull();
    expect(nextBookingStatus("CANCELLED", "checkIn")).toBeNull();
    expect(nextBookingStatus("SERVED", "call")).toBeNull();
    expect(isBookingChangeable("BOOKED")).toBe(true);
    expect(isBookingChangeable("CHECKED_IN")).toBe(false);
  });

  it("holds the one-active-booking key only while the booking is active", () => {
    expect(activeKeyFor("BOOKED", "u1", "s1")).toBe("u1:s1");
    expect(activeKeyFor("CALLED", "u1", "s1")).toBe("u1:s1");
    expect(activeKeyFor("CANCELLED", "u1", "s1")).toBeNull();
    expect(activeKeyFor("SERVED", "u1", "s1")).toBeNull();
    expect(isBookingActive("NO_SHOW")).toBe(false);
  });
});

describe("the ticket lifecycle", () => {
  it("is called, called again, then served or marked absent; a transfer puts it back in line", () => {
    expect(nextTicketStatus("WAITING", "call")).toBe("CALLED");
    expect(nextTicketStatus("CALLED", "recall")).toBe("CALLED");
    expect(nextTicketStatus("CALLED", "serve")).toBe("SERVED");
    expect(nextTicketStatus("CALLED", "noShow")).toBe("NO_SHOW");
    expect(nextTicketStatus("CALLED", "transfer")).toBe("WAITING");
    expect(nextTicketStatus("WAITING", "serve")).toBeNull();
    expect(nextTicketStatus("SERVED", "recall")).toBeNull();
  });
});
