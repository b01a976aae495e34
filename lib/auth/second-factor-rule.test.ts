import { describe, expect, it } from "vitest";
import { needsSecondFactor } from "./second-factor-rule";

describe("who needs a second factor", () => {
  it("admins, supervisors, the integrity unit and the treasury always; officers only where their agency asks", () => {
    expect(needsSecondFactor(["ADMIN"], false, "required")).toBe(true);
    expect(needsSecondFactor(["SUPERVISOR"], false, "required")).toBe(true);
    expect(needsSecondFactor(["INTEGRITY"], false, "required")).toBe(true);
    expect(needsSecondFactor(["TREASURY"], false, "required")).toBe(true);
    expect(needsSecondFactor(["OFFICER"], false, "required")).toBe(false);
    expect(needsSecondFactor(["OFFICER"], true, "required")).toBe(true);
    expect(needsSecondFactor(["CITIZEN"], false, "required")).toBe(false);
  });

  it("a deployment that made it optional still honours an agency's own rule", () => {
    expect(needsSecondFactor(["ADMIN"], false, "optional")).toBe(false);
    expect(needsSecondFactor(["OFFICER"], true, "optional")).toBe(true);
  });
});
