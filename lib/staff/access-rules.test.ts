import { describe, expect, it } from "vitest";
import { formValuesOfAccess, removesAdmin, staffAccessFromForm, staffAccessSchema } from "./access-rules";

describe("staff access from the form", () => {
  it("reads ticked roles and chosen memberships, ignoring empty choices", () => {
    const access = staffAccessFromForm({ "role.OFFICER": "on", "role.ADMIN": "", "membership.a1": "OFFICER", "membership.a2": "", name: "x" });
    expect(access).toEqual({ roles: ["OFFICER"], memberships: [{ agencyId: "a1", role: "OFFICER" }] });
  });

  it("round-trips through the form values", () => {
    const access = { roles: ["SUPERVISOR", "ADMIN"], memberships: [{ agencyId: "a1", role: "SUPERVISOR" }] };
    expect(staffAccessFromForm(formValuesOfAccess(access))).toEqual(access);
  });
});

describe("staffAccessSchema", () => {
  const problems = (input: unknown) => {
    const result = staffAccessSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it("accepts a supervisor of every agency (no membership)", () => {
    expect(problems({ roles: ["SUPERVISOR"], memberships: [] })).toEqual([]);
  });

  it("requires at least one role and refuses CITIZEN or unknown roles", () => {
    expect(problems({ roles: [], memberships: [] })).toContain("staff.error.roleRequired");
    expect(problems({ roles: ["CITIZEN"], memberships: [] })).toContain("staff.error.roleInvalid");
  });

  it("refuses a membership whose role the person does not hold", () => {
    expect(problems({ roles: ["SUPERVISOR"], memberships: [{ agencyId: "a1", role: "OFFICER" }] })).toContain("staff.error.membershipWithoutRole");
  });

  it("requires an officer to belong to an agency", () => {
    expect(problems({ roles: ["OFFICER"], memberships: [] })).toContain("staff.error.officerNeedsAgency");
  });
});

describe("removesAdmin", () => {
  it("is true when an active admin loses the role or is deactivated", () => {
    expect(removesAdmin({ roles: ["ADMIN"], active: true }, { roles: ["OFFICER"], active: true })).toBe(true);
    expect(removesAdmin({ roles: ["ADMIN"], active: true }, { roles: ["ADMIN"], active: false })).toBe(true);
    expect(removesAdmin({ roles: ["ADMIN"], active: false }, { roles: [], active: false })).toBe(false);
    expect(removesAdmin({ roles: ["OFFICER"], active: true }, { roles: ["ADMIN"], active: true })).toBe(false);
  });
});
