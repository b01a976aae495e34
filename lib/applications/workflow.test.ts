import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import {
  APPLICATION_EVENTS,
  APPLICATION_OPEN_STATUSES,
  APPLICATION_PAUSED_STATUSES,
  APPLICATION_RUNNING_STATUSES,
  APPLICATION_STATUSES,
  APPLICATION_SUBMITTED_STATUSES,
  AWAITING_OUTPUT_STATUSES,
  availableEvents,
  CLAIMABLE_STATUSES,
  firedBy,
  isEditableByCitizen,
  isOpen,
  isReassignable,
  isSlaPaused,
  nextStatus,
  OFFICER_HELD_RUNNING_STATUSES,
  requiresHolder,
  requiresNote,
  WITHDRAWABLE_STATUSES,
} from "./workflow";

const ALL_STATUSES = APPLICATION_STATUSES;

describe("application workflow", () => {
  it("follows the happy path from draft to completed", () => {
    let status: ApplicationStatus = "DRAFT";
    for (const event of ["submit", "claim", "approve", "issue"] as const) {
      const next = nextStatus(status, event);
      expect(next, event).not.toBeNull();
      status = next!;
    }
    expect(status).toBe("COMPLETED");
  });

  it("sends a correction back to the citizen and returns to review on resubmission", () => {
    expect(nextStatus("IN_REVIEW", "requestCorrection")).toBe("NEEDS_CORRECTION");
    expect(nextStatus("NEEDS_CORRECTION", "resubmit")).toBe("IN_REVIEW");
  });

  it("lets the citizen withdraw before a decision, never after", () => {
    for (const status of ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION"] as const) {
      expect(nextStatus(status, "withdraw"), status).toBe("WITHDRAWN");
    }
    for (const status of ["APPROVED", "REJECTED", "COMPLETED", "WITHDRAWN"] as const) {
      expect(nextStatus(status, "withdraw"), status).toBeNull();
    }
  });

  it("has no way out of a final status", () => {
    for (const status of ["REJECTED", "COMPLETED", "WITHDRAWN"] as const) {
      for (const event of APPLICATION_EVENTS) expect(nextStatus(status, event), `${status} ${event}`).toBeNull();
    }
  });

  it("does not let a draft skip review", () => {
    expect(nextStatus("DRAFT", "approve")).toBeNull();
    expect(nextStatus("SUBMITTED", "approve")).toBeNull();
    expect(nextStatus("SUBMITTED", "issue")).toBeNull();
  });

  it("offers each party only its own events", () => {
    expect(availableEvents("IN_REVIEW", "officer")).toEqual(["release", "requestCorrection", "approve", "reject"]);
    expect(availableEvents("IN_REVIEW", "citizen")).toEqual(["withdraw"]);
    expect(availableEvents("NEEDS_CORRECTION", "citizen")).toEqual(["withdraw", "resubmit"]);
    expect(availableEvents("SUBMITTED", "officer")).toEqual(["claim"]);
    // Billing variants ride on their base event's button; a bill awaiting payment leaves the citizen only withdrawing.
    expect(availableEvents("DRAFT", "citizen")).toEqual(["submit", "withdraw"]);
    expect(availableEvents("AWAITING_PAYMENT", "citizen")).toEqual(["withdraw"]);
    expect(availableEvents("AWAITING_PAYMENT", "officer")).toEqual([]);
  });

  it("sends a paid case back to the queue or on to its approval, by the step that billed it (issue 20)", () => {
    expect(nextStatus("DRAFT", "submitForPayment")).toBe("AWAITING_PAYMENT");
    expect(nextStatus("IN_REVIEW", "approveForPayment")).toBe("AWAITING_PAYMENT");
    expect(nextStatus("AWAITING_PAYMENT", "paidAtSubmission")).toBe("SUBMITTED");
    expect(nextStatus("AWAITING_PAYMENT", "paidAfterVerification")).toBe("APPROVED");
    expect(nextStatus("SUBMITTED", "paidAtSubmission")).toBeNull();
    expect(firedBy("paidAtSubmission")).toBe("payment");
  });

  it("demands a reason for a rejection and for a correction request", () => {
    expect(requiresNote("reject")).toBe(true);
    expect(requiresNote("requestCorrection")).toBe(true);
    expect(requiresNote("approve")).toBe(false);
  });

  it("pauses the clock only while waiting on the citizen", () => {
    expect(ALL_STATUSES.filter(isSlaPaused)).toEqual(["NEEDS_CORRECTION", "AWAITING_PAYMENT"]);
    expect(ALL_STATUSES.filter(isOpen)).toEqual(["SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION", "AWAITING_PAYMENT", "APPROVED"]);
    expect(ALL_STATUSES.filter(isEditableByCitizen)).toEqual(["DRAFT", "NEEDS_CORRECTION"]);
  });
});

describe("reassignment", () => {
  it("applies only while an officer holds the case: not in the queue, not once finished", () => {
    const reassignable = APPLICATION_STATUSES.filter(isReassignable);
    expect(reassignable).toEqual(["IN_REVIEW", "NEEDS_CORRECTION", "APPROVED"]);
  });
});

describe("who among the officers", () => {
  it("leaves every decision on a claimed case, issuing its output included, to the officer holding it; anyone may claim from the queue", () => {
    const officerEvents = APPLICATION_EVENTS.filter((event) => firedBy(event) === "officer");
    expect(officerEvents.filter(requiresHolder)).toEqual(["release", "requestCorrection", "approve", "approveForPayment", "reject", "issue"]);
    expect(officerEvents.filter((event) => !requiresHolder(event))).toEqual(["claim"]);
    expect(APPLICATION_EVENTS.filter((event) => firedBy(event) === "citizen").some(requiresHolder)).toBe(false);
  });
});

describe("the named status sets", () => {
  it("says once which statuses are submitted, open, running, paused, withdrawable, claimable and awaiting their output", () => {
    expect(APPLICATION_SUBMITTED_STATUSES).toEqual([
      "SUBMITTED",
      "IN_REVIEW",
      "NEEDS_CORRECTION",
      "AWAITING_PAYMENT",
      "APPROVED",
      "REJECTED",
      "COMPLETED",
      "WITHDRAWN",
    ]);
    expect(APPLICATION_OPEN_STATUSES).toEqual(["SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION", "AWAITING_PAYMENT", "APPROVED"]);
    expect(APPLICATION_RUNNING_STATUSES).toEqual(["SUBMITTED", "IN_REVIEW", "APPROVED"]);
    expect(APPLICATION_PAUSED_STATUSES).toEqual(["NEEDS_CORRECTION", "AWAITING_PAYMENT"]);
    expect(OFFICER_HELD_RUNNING_STATUSES).toEqual(["IN_REVIEW", "APPROVED"]);
    expect(WITHDRAWABLE_STATUSES).toEqual(["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION", "AWAITING_PAYMENT"]);
    expect(CLAIMABLE_STATUSES).toEqual(["SUBMITTED"]);
    expect(AWAITING_OUTPUT_STATUSES).toEqual(["APPROVED"]);
  });
});
