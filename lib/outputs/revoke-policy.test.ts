import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

const user = (roles: ("OFFICER" | "SUPERVISOR" | "ADMIN" | "CITIZEN")[], memberships: { agencyId: string; role: "OFFICER" | "SUPERVISOR" }[] = []): Actor => ({
  kind: "user",
  id: "u1",
  name: "Test",
  email: "t@example.test",
  roles,
  memberships,
});

describe("policy for output documents", () => {
  const scope = { agencyId: "a1" };

  it("lets an admin, or a supervisor of the agency (or of all agencies), revoke", () => {
    expect(can(user(["ADMIN"]), "output.revoke", scope)).toBe(true);
    expect(can(user(["SUPERVISOR"], [{ agencyId: "a1", role: "SUPERVISOR" }]), "output.revoke", scope)).toBe(true);
    expect(can(user(["SUPERVISOR"]), "output.revoke", scope)).toBe(true);
  });

  it("does not let an officer, another agency's supervisor or a citizen revoke", () => {
    expect(can(user(["OFFICER"], [{ agencyId: "a1", role: "OFFICER" }]), "output.revoke", scope)).toBe(false);
    expect(can(user(["SUPERVISOR"], [{ agencyId: "a2", role: "SUPERVISOR" }]), "output.revoke", scope)).toBe(false);
    expect(can(user(["CITIZEN"]), "output.revoke", scope)).toBe(false);
    expect(can({ kind: "anonymous" }, "output.revoke", scope)).toBe(false);
  });

  it("lets anyone verify", () => {
    expect(can({ kind: "anonymous" }, "output.verify")).toBe(true);
    expect(can(user(["CITIZEN"]), "output.verify")).toBe(true);
  });
});
