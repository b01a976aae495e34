import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { staffAccessTo } from "./access";

const user = (
  roles: ("CITIZEN" | "OFFICER" | "SUPERVISOR" | "INTEGRITY" | "ADMIN")[],
  memberships: { agencyId: string; role: "OFFICER" | "SUPERVISOR" }[] = [],
): Actor => ({
  kind: "user",
  id: roles.join("-"),
  name: "Test",
  email: "t@example.id",
  roles,
  memberships,
});

const officerA = user(["OFFICER"], [{ agencyId: "A", role: "OFFICER" }]);
const officerB = user(["OFFICER"], [{ agencyId: "B", role: "OFFICER" }]);
const supervisorB = user(["SUPERVISOR"], [{ agencyId: "B", role: "SUPERVISOR" }]);
const supervisorAll = user(["SUPERVISOR"]);
const admin = user(["ADMIN"]);
const integrity = user(["INTEGRITY"]);
const citizen = user(["CITIZEN"]);

const complaint = (overrides: Partial<Parameters<typeof staffAccessTo>[1]> = {}) => ({
  kind: "COMPLAINT" as const,
  identityMode: "CONFIDENTIAL" as const,
  status: "RECEIVED" as const,
  agencyId: "A",
  routedAt: null,
  ...overrides,
});

describe("staff access to a complaint", () => {
  it("belongs to the named agency's staff until routed, without a confidential name", () => {
    expect(staffAccessTo(officerA, complaint())).toEqual({ read: true, verify: true, handle: false, supervise: false, seesIdentity: false });
    expect(staffAccessTo(officerA, complaint({ identityMode: "PUBLIC" })).seesIdentity).toBe(true);
    expect(staffAccessTo(officerB, complaint()).read).toBe(false);
    expect(staffAccessTo(supervisorAll, complaint({ agencyId: null })).verify).toBe(true);
    expect(staffAccessTo(officerA, complaint({ agencyId: null })).read).toBe(false);
  });

  it("then belongs to the agency it was routed to; a confidential name is for that agency's own staff", () => {
    const routed = complaint({ status: "IN_PROGRESS", agencyId: "B", routedAt: new Date() });
    expect(staffAccessTo(officerA, routed).read).toBe(false);
    expect(staffAccessTo(officerB, routed)).toEqual({ read: true, verify: false, handle: true, supervise: false, seesIdentity: true });
    expect(staffAccessTo(supervisorB, routed)).toEqual({ read: true, verify: false, handle: false, supervise: true, seesIdentity: true });
    expect(staffAccessTo(supervisorAll, routed)).toMatchObject({ read: true, handle: false, supervise: true, seesIdentity: false });
    expect(staffAccessTo(admin, routed)).toMatchObject({ read: true, handle: false, seesIdentity: false });
    expect(staffAccessTo(supervisorAll, { ...routed, identityMode: "PUBLIC" }).seesIdentity).toBe(true);
  });

  it("keeps whistleblowing to the integrity unit, whatever agency it mentions", () => {
    const report = complaint({ kind: "WHISTLEBLOWING", agencyId: "A" });
    for (const actor of [officerA, supervisorAll, admin]) expect(staffAccessTo(actor, report).read).toBe(false);
    expect(staffAccessTo(integrity, report)).toEqual({ read: true, verify: true, handle: false, supervise: false, seesIdentity: true });
    expect(staffAccessTo(integrity, { ...report, status: "ROUTED", routedAt: new Date() })).toMatchObject({ verify: false, handle: true });
    expect(staffAccessTo(integrity, complaint()).read).toBe(false);
  });

  it("gives nothing to citizens or visitors", () => {
    for (const actor of [citizen, ANONYMOUS]) expect(staffAccessTo(actor, complaint({ identityMode: "PUBLIC" })).read).toBe(false);
  });
});
