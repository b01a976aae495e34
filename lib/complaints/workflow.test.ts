import { describe, expect, it } from "vitest";
import {
  availableComplaintEvents,
  COMPLAINT_AWAITING_FILER_STATUSES,
  COMPLAINT_EVENTS,
  COMPLAINT_FINAL_STATUSES,
  COMPLAINT_HANDLING_STATUSES,
  COMPLAINT_OPEN_STATUSES,
  COMPLAINT_ROUTED_STATUSES,
  COMPLAINT_STATUSES,
  complaintEventNeedsNote,
  complaintEventParty,
  complaintRequiresHolder,
  disputeDeadlineAfter,
  isComplaintOpen,
  isPubliclyVisible,
  mayDispute,
  mayRate,
  nextComplaintStatus,
  open311Status,
  PUBLISHED_CLOSED_STATUSES,
  PUBLISHED_OPEN_STATUSES,
  PUBLISHED_STATUSES,
  slaPhaseOf,
  statusesOfPhase,
} from "./workflow";

describe("complaint workflow", () => {
  it("walks the happy path: received, verified, routed, in progress, responded, closed", () => {
    expect(nextComplaintStatus("RECEIVED", "verify")).toBe("VERIFIED");
    expect(nextComplaintStatus("VERIFIED", "route")).toBe("ROUTED");
    expect(nextComplaintStatus("ROUTED", "claim")).toBe("IN_PROGRESS");
    expect(nextComplaintStatus("IN_PROGRESS", "respond")).toBe("RESPONDED");
    expect(nextComplaintStatus("RESPONDED", "accept")).toBe("CLOSED");
    expect(nextComplaintStatus("RESPONDED", "close")).toBe("CLOSED");
  });

  it("lets a verifier refuse only before routing", () => {
    expect(nextComplaintStatus("RECEIVED", "reject")).toBe("REJECTED");
    expect(nextComplaintStatus("VERIFIED", "reject")).toBe("REJECTED");
    for (const status of ["ROUTED", "IN_PROGRESS", "RESPONDED", "REOPENED", "CLOSED", "REJECTED"] as const) {
      expect(nextComplaintStatus(status, "reject")).toBeNull();
    }
  });

  it("reopens a disputed answer, and a reopened complaint is claimed again", () => {
    expect(nextComplaintStatus("RESPONDED", "dispute")).toBe("REOPENED");
    expect(nextComplaintStatus("REOPENED", "claim")).toBe("IN_PROGRESS");
    expect(nextComplaintStatus("CLOSED", "dispute")).toBeNull();
    expect(nextComplaintStatus("IN_PROGRESS", "dispute")).toBeNull();
  });

  it("cannot skip verification, answer before a claim, or leave a final status", () => {
    expect(nextComplaintStatus("RECEIVED", "route")).toBeNull();
    expect(nextComplaintStatus("ROUTED", "respond")).toBeNull();
    for (const event of COMPLAINT_EVENTS) {
      expect(nextComplaintStatus("CLOSED", event)).toBeNull();
      expect(nextComplaintStatus("REJECTED", event)).toBeNull();
    }
  });

  it("gives each event one party, and asks a note for refusals, answers and disputes", () => {
    expect(complaintEventParty("verify")).toBe("verifier");
    expect(complaintEventParty("respond")).toBe("handler");
    expect(complaintEventParty("dispute")).toBe("filer");
    expect(complaintEventParty("close")).toBe("system");
    expect(COMPLAINT_EVENTS.filter(complaintEventNeedsNote)).toEqual(["reject", "respond", "dispute"]);
    expect(availableComplaintEvents("RESPONDED", "filer")).toEqual(["accept", "dispute"]);
    expect(availableComplaintEvents("RECEIVED", "verifier")).toEqual(["verify", "reject"]);
    expect(availableComplaintEvents("IN_PROGRESS", "handler")).toEqual(["release", "respond"]);
    expect(availableComplaintEvents("RESPONDED", "handler")).toEqual([]);
  });

  it("runs the verification clock before routing, the follow-up clock after, and none while the filer decides", () => {
    expect(statusesOfPhase("verify")).toEqual(["RECEIVED", "VERIFIED"]);
    expect(statusesOfPhase("followUp")).toEqual(["ROUTED", "IN_PROGRESS", "REOPENED"]);
    for (const status of ["RESPONDED", "CLOSED", "REJECTED"] as const) expect(slaPhaseOf(status)).toBeNull();
    expect(COMPLAINT_STATUSES.filter(isComplaintOpen)).toEqual(["RECEIVED", "VERIFIED", "ROUTED", "IN_PROGRESS", "RESPONDED", "REOPENED"]);
  });

  it("publishes only verified public or anonymous complaints, never whistleblowing or confidential ones", () => {
    const base = { kind: "COMPLAINT" as const, identityMode: "PUBLIC" as const };
    expect(isPubliclyVisible({ ...base, status: "RECEIVED" })).toBe(false);
    expect(isPubliclyVisible({ ...base, status: "REJECTED" })).toBe(false);
    expect(isPubliclyVisible({ ...base, status: "ROUTED" })).toBe(true);
    expect(isPubliclyVisible({ ...base, identityMode: "ANONYMOUS", status: "CLOSED" })).toBe(true);
    expect(isPubliclyVisible({ ...base, identityMode: "CONFIDENTIAL", status: "CLOSED" })).toBe(false);
    expect(isPubliclyVisible({ kind: "WHISTLEBLOWING", identityMode: "ANONYMOUS", status: "CLOSED" })).toBe(false);
    expect(PUBLISHED_STATUSES).toEqual(["VERIFIED", "ROUTED", "IN_PROGRESS", "RESPONDED", "REOPENED", "CLOSED"]);
  });

  it("maps every status to Open311's open or closed", () => {
    expect(COMPLAINT_STATUSES.map(open311Status)).toEqual(["open", "open", "open", "open", "open", "open", "closed", "closed"]);
  });

  it("allows a dispute up to the deadline, ten days after the answer by default", () => {
    const respondedAt = new Date("2026-03-02T03:00:00Z");
    const disputeDeadline = disputeDeadlineAfter(respondedAt, 10);
    expect(disputeDeadline.toISOString()).toBe("2026-03-12T03:00:00.000Z");
    expect(mayDispute({ status: "RESPONDED", disputeDeadline }, disputeDeadline)).toBe(true);
    expect(mayDispute({ status: "RESPONDED", disputeDeadline }, new Date(disputeDeadline.getTime() + 1))).toBe(false);
    expect(mayDispute({ status: "CLOSED", disputeDeadline }, respondedAt)).toBe(false);
  });

  it("lets the filer rate once, after an answered complaint closed", () => {
    const respondedAt = new Date();
    expect(mayRate({ status: "CLOSED", respondedAt, rating: null })).toBe(true);
    expect(mayRate({ status: "CLOSED", respondedAt, rating: 3 })).toBe(false);
    expect(mayRate({ status: "RESPONDED", respondedAt, rating: null })).toBe(false);
    expect(mayRate({ status: "CLOSED", respondedAt: null, rating: null })).toBe(false);
  });
});

describe("complaint holders and status sets", () => {
  it("leaves answering and handing back to the officer holding the complaint; claiming is open to the agency", () => {
    expect(COMPLAINT_EVENTS.filter(complaintRequiresHolder)).toEqual(["release", "respond"]);
  });

  it("says once which statuses are open, finished, routed, handled by the agency, awaiting the filer and published open or closed", () => {
    expect(COMPLAINT_OPEN_STATUSES).toEqual(["RECEIVED", "VERIFIED", "ROUTED", "IN_PROGRESS", "RESPONDED", "REOPENED"]);
    expect(COMPLAINT_FINAL_STATUSES).toEqual(["CLOSED", "REJECTED"]);
    expect(COMPLAINT_ROUTED_STATUSES).toEqual(["ROUTED", "IN_PROGRESS", "RESPONDED", "REOPENED", "CLOSED"]);
    expect(COMPLAINT_HANDLING_STATUSES).toEqual(["ROUTED", "IN_PROGRESS", "RESPONDED", "REOPENED"]);
    expect(COMPLAINT_AWAITING_FILER_STATUSES).toEqual(["RESPONDED"]);
    expect(PUBLISHED_OPEN_STATUSES).toEqual(["VERIFIED", "ROUTED", "IN_PROGRESS", "RESPONDED", "REOPENED"]);
    expect(PUBLISHED_CLOSED_STATUSES).toEqual(["CLOSED"]);
  });
});
