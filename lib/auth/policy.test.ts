import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "./actor";
import { authorize, authorizeSignedIn, can, ownAccountRole } from "./policy";

const user = (
  roles: Actor extends infer A ? (A extends { roles: infer R } ? R : never) : never,
  memberships: { agencyId: string; role: "OFFICER" | "SUPERVISOR" }[] = [],
): Actor => ({
  kind: "user",
  id: "u1",
  name: "Test",
  email: "t@example.id",
  roles,
  memberships,
});

const citizen = user(["CITIZEN"]);
const officerA = user(["OFFICER"], [{ agencyId: "A", role: "OFFICER" }]);
const supervisorA = user(["SUPERVISOR"], [{ agencyId: "A", role: "SUPERVISOR" }]);
const supervisorAll = user(["SUPERVISOR"]);
const integrity = user(["INTEGRITY"]);
const admin = user(["ADMIN"]);

describe("policy", () => {
  it("lets everyone browse the catalog", () => {
    for (const actor of [ANONYMOUS, citizen, officerA, admin]) expect(can(actor, "catalog.browse")).toBe(true);
  });

  it("lets only those who cannot sign in ask for password recovery, and only counter officers recover an account in person", () => {
    expect(can(ANONYMOUS, "account.recover")).toBe(true);
    expect(can(citizen, "account.recover")).toBe(false);
    expect(can(officerA, "account.recoverAtCounter")).toBe(true);
    expect(can(officerA, "account.resetSecondFactorAtCounter")).toBe(true);
    for (const actor of [ANONYMOUS, citizen, supervisorA, supervisorAll, integrity, admin, user(["OFFICER"])]) {
      expect(can(actor, "account.recoverAtCounter")).toBe(false);
      expect(can(actor, "account.resetSecondFactorAtCounter")).toBe(false);
    }
  });

  it("lets only anonymous visitors register", () => {
    expect(can(ANONYMOUS, "account.register")).toBe(true);
    expect(can(citizen, "account.register")).toBe(false);
  });

  it("keeps citizens and visitors out of the back office", () => {
    expect(can(ANONYMOUS, "backOffice.enter")).toBe(false);
    expect(can(citizen, "backOffice.enter")).toBe(false);
    for (const staff of [officerA, supervisorA, integrity, admin]) expect(can(staff, "backOffice.enter")).toBe(true);
  });

  it("scopes officers to their own agency", () => {
    expect(can(officerA, "agency.read", { agencyId: "A" })).toBe(true);
    expect(can(officerA, "agency.work", { agencyId: "A" })).toBe(true);
    expect(can(officerA, "agency.read", { agencyId: "B" })).toBe(false);
    expect(can(officerA, "agency.work", { agencyId: "B" })).toBe(false);
    expect(can(officerA, "agency.work", { agencyId: null })).toBe(false);
  });

  it("lets a supervisor read and supervise their agencies but not do officer work", () => {
    expect(can(supervisorA, "agency.supervise", { agencyId: "A" })).toBe(true);
    expect(can(supervisorA, "agency.supervise", { agencyId: "B" })).toBe(false);
    expect(can(supervisorA, "agency.work", { agencyId: "A" })).toBe(false);
  });

  it("lets a supervisor without memberships oversee every agency", () => {
    expect(can(supervisorAll, "agency.read", { agencyId: "B" })).toBe(true);
    expect(can(supervisorAll, "agency.supervise", { agencyId: "B" })).toBe(true);
  });

  it("shows whistleblowing reports to the integrity unit only", () => {
    expect(can(integrity, "whistleblowing.read")).toBe(true);
    for (const actor of [officerA, supervisorAll, admin, citizen]) expect(can(actor, "whistleblowing.read")).toBe(false);
  });

  it("reserves administration for admins", () => {
    expect(can(admin, "admin.manage")).toBe(true);
    expect(can(supervisorAll, "admin.manage")).toBe(false);
  });

  it("lets a user read only their own data", () => {
    expect(can(citizen, "ownData.read", { ownerId: "u1" })).toBe(true);
    expect(can(citizen, "ownData.read", { ownerId: "u2" })).toBe(false);
  });

  it("lets only the applicant act on an application, and an officer of its agency work it", () => {
    expect(can(citizen, "application.act", { ownerId: "u1" })).toBe(true);
    expect(can(citizen, "application.act", { ownerId: "u2" })).toBe(false);
    // Staff never act as the applicant, even on an application they can see.
    expect(can(officerA, "application.act", { ownerId: "u1", agencyId: "A" })).toBe(false);
    expect(() => authorize(citizen, "application.act", { ownerId: "u2" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
  });

  it("keeps an officer who also holds the supervisor role to their own agencies", () => {
    const officerSupervisor = user(["OFFICER", "SUPERVISOR"], [{ agencyId: "A", role: "OFFICER" }]);
    expect(can(officerSupervisor, "agency.read", { agencyId: "A" })).toBe(true);
    expect(can(officerSupervisor, "agency.read", { agencyId: "B" })).toBe(false);
    expect(can(officerSupervisor, "agency.supervise", { agencyId: "B" })).toBe(false);
  });

  it("lets anyone, signed in or not, use tracking", () => {
    expect(can(ANONYMOUS, "application.track")).toBe(true);
    expect(can(officerA, "application.track")).toBe(true);
  });

  it("answers 'not found' for scoped records, so existence does not leak", () => {
    expect(() => authorize(officerA, "agency.read", { agencyId: "B" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => authorize(citizen, "admin.manage")).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => authorize(ANONYMOUS, "account.view")).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });
});

describe("complaint policy", () => {
  const officerB = user(["OFFICER"], [{ agencyId: "B", role: "OFFICER" }]);

  it("lets anyone, signed in or not, file a complaint and follow it with its code", () => {
    for (const actor of [ANONYMOUS, citizen, officerA, integrity]) {
      expect(can(actor, "complaint.file")).toBe(true);
      expect(can(actor, "complaint.track")).toBe(true);
    }
  });

  it("lets staff of the named agency verify and route, and only overseers verify one naming no agency", () => {
    expect(can(officerA, "complaint.verify", { agencyId: "A" })).toBe(true);
    expect(can(supervisorA, "complaint.verify", { agencyId: "A" })).toBe(true);
    expect(can(officerB, "complaint.verify", { agencyId: "A" })).toBe(false);
    expect(can(officerA, "complaint.verify", { agencyId: null })).toBe(false);
    expect(can(supervisorA, "complaint.verify", { agencyId: null })).toBe(false);
    expect(can(supervisorAll, "complaint.verify", { agencyId: null })).toBe(true);
    expect(can(admin, "complaint.verify", { agencyId: null })).toBe(true);
    for (const actor of [citizen, integrity, ANONYMOUS]) expect(can(actor, "complaint.verify", { agencyId: "A" })).toBe(false);
    expect(() => authorize(officerB, "complaint.verify", { agencyId: "A" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
  });

  it("lets only officers of the agency a complaint was routed to answer it", () => {
    expect(can(officerA, "complaint.handle", { agencyId: "A" })).toBe(true);
    expect(can(officerA, "complaint.handle", { agencyId: "B" })).toBe(false);
    expect(can(officerA, "complaint.handle", { agencyId: null })).toBe(false);
    for (const actor of [supervisorA, supervisorAll, admin, integrity, citizen]) expect(can(actor, "complaint.handle", { agencyId: "A" })).toBe(false);
  });

  it("shows a confidential filer's name to the handling agency's own staff only", () => {
    expect(can(officerA, "complaint.readIdentity", { agencyId: "A" })).toBe(true);
    expect(can(supervisorA, "complaint.readIdentity", { agencyId: "A" })).toBe(true);
    for (const actor of [officerB, supervisorAll, admin, integrity, citizen, ANONYMOUS]) {
      expect(can(actor, "complaint.readIdentity", { agencyId: "A" })).toBe(false);
    }
    expect(can(officerA, "complaint.readIdentity", { agencyId: null })).toBe(false);
  });

  it("lets citizens with an account add their voice to a complaint", () => {
    expect(can(citizen, "complaint.support")).toBe(true);
    for (const actor of [ANONYMOUS, officerA, integrity, admin]) expect(can(actor, "complaint.support")).toBe(false);
    expect(() => authorize(ANONYMOUS, "complaint.support")).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("leaves whistleblowing reports to the integrity unit alone", () => {
    expect(can(integrity, "whistleblowing.handle")).toBe(true);
    for (const actor of [officerA, supervisorA, supervisorAll, admin, citizen, ANONYMOUS]) {
      expect(can(actor, "whistleblowing.handle")).toBe(false);
      expect(can(actor, "whistleblowing.read")).toBe(false);
    }
  });
});

describe("survey and dashboard policy", () => {
  it("lets a citizen answer the survey of their own application or complaint only", () => {
    expect(can(citizen, "survey.respond", { ownerId: "u1" })).toBe(true);
    expect(can(citizen, "survey.respond", { ownerId: "u2" })).toBe(false);
    expect(can(citizen, "survey.respond", { ownerId: null })).toBe(false);
    for (const actor of [officerA, supervisorA, admin]) expect(can(actor, "survey.respond", { ownerId: "u1" })).toBe(false);
    expect(() => authorize(citizen, "survey.respond", { ownerId: "u2" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => authorize(ANONYMOUS, "survey.respond", { ownerId: "u1" })).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("shows the transparency dashboard to everyone and its supervisor view to supervisors of the agency", () => {
    for (const actor of [ANONYMOUS, citizen, officerA, supervisorA, integrity, admin]) expect(can(actor, "dashboard.view")).toBe(true);
    expect(can(supervisorA, "agency.supervise", { agencyId: "A" })).toBe(true);
    expect(can(supervisorA, "agency.supervise", { agencyId: "B" })).toBe(false);
    expect(can(officerA, "agency.supervise", { agencyId: "A" })).toBe(false);
  });

  it("lets supervisors and admins refresh the dashboard now", () => {
    for (const actor of [supervisorA, supervisorAll, admin]) expect(can(actor, "dashboard.refresh")).toBe(true);
    for (const actor of [ANONYMOUS, citizen, officerA, integrity]) expect(can(actor, "dashboard.refresh")).toBe(false);
  });
});

describe("the role authorize grants under", () => {
  const officerASupervisorB = user(
    ["OFFICER", "SUPERVISOR"],
    [
      { agencyId: "A", role: "OFFICER" },
      { agencyId: "B", role: "SUPERVISOR" },
    ],
  );
  const adminCitizen = user(["CITIZEN", "ADMIN"]);
  const citizenOwner = { ...user(["CITIZEN"]), id: "owner" } as Actor;

  it("answers the admin console with ADMIN, whatever other roles the admin holds", () => {
    expect(authorize(admin, "admin.manage")).toBe("ADMIN");
    expect(authorize(adminCitizen, "admin.manage")).toBe("ADMIN");
  });

  it("answers agency work with the membership that matched in that agency", () => {
    expect(authorize(officerASupervisorB, "agency.read", { agencyId: "A" })).toBe("OFFICER");
    expect(authorize(officerASupervisorB, "agency.read", { agencyId: "B" })).toBe("SUPERVISOR");
    expect(authorize(officerASupervisorB, "agency.work", { agencyId: "A" })).toBe("OFFICER");
    expect(authorize(officerASupervisorB, "agency.supervise", { agencyId: "B" })).toBe("SUPERVISOR");
    expect(authorize(supervisorAll, "agency.read", { agencyId: "C" })).toBe("SUPERVISOR");
    expect(authorize(admin, "agency.read", { agencyId: "C" })).toBe("ADMIN");
    expect(authorize(supervisorA, "complaint.verify", { agencyId: "A" })).toBe("SUPERVISOR");
    expect(authorize(officerA, "complaint.handle", { agencyId: "A" })).toBe("OFFICER");
    expect(authorize(integrity, "whistleblowing.handle")).toBe("INTEGRITY");
  });

  it("answers an applicant's own case with CITIZEN", () => {
    expect(authorize(citizenOwner, "application.act", { ownerId: "owner" })).toBe("CITIZEN");
    expect(authorize(citizenOwner, "survey.respond", { ownerId: "owner" })).toBe("CITIZEN");
    expect(authorize(citizenOwner, "profile.update", { ownerId: "owner" })).toBe("CITIZEN");
  });

  it("answers public actions with no role for a visitor and the account's own role for someone signed in", () => {
    expect(authorize(ANONYMOUS, "complaint.file")).toBeNull();
    expect(authorize(ANONYMOUS, "account.register")).toBeNull();
    expect(authorize(citizen, "complaint.file")).toBe("CITIZEN");
    expect(authorize(officerA, "output.verify")).toBe("OFFICER");
    expect(ownAccountRole(["INTEGRITY", "OFFICER"])).toBe("INTEGRITY");
    expect(ownAccountRole([])).toBeNull();
  });

  it("names the signed-in actor and the role for the audit entry, and asks a visitor to sign in", () => {
    expect(authorizeSignedIn(admin, "admin.manage")).toEqual({ actorId: "u1", actorRole: "ADMIN" });
    expect(() => authorizeSignedIn(ANONYMOUS, "admin.manage")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => authorizeSignedIn(ANONYMOUS, "catalog.browse")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => authorizeSignedIn(officerA, "admin.manage")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});

describe("second factor (issue 25)", () => {
  const owing = (actor: Actor): Actor => ({ ...actor, secondFactorMissing: true }) as Actor;

  it("an account owing its second factor may only act on its own account", () => {
    expect(can(owing(admin), "admin.manage")).toBe(false);
    expect(can(owing(supervisorA), "agency.supervise", { agencyId: "A" })).toBe(false);
    expect(can(owing(integrity), "whistleblowing.read")).toBe(false);
    expect(can(owing(officerA), "backOffice.enter")).toBe(false);
    for (const actor of [admin, supervisorA, integrity]) {
      expect(can(owing(actor), "account.secureOwn")).toBe(true);
      expect(can(owing(actor), "account.view")).toBe(true);
      expect(can(owing(actor), "catalog.browse")).toBe(true);
    }
    expect(can(admin, "admin.manage")).toBe(true);
  });

  it("a lost factor is reset by a portal-wide admin, or by an admin of one of the account's agencies", () => {
    const adminOfA = user(["ADMIN"], [{ agencyId: "A", role: "OFFICER" }]);
    expect(can(admin, "account.resetSecondFactor", { agencyId: "B" })).toBe(true);
    expect(can(admin, "account.resetSecondFactor", { agencyId: null })).toBe(true);
    expect(can(adminOfA, "account.resetSecondFactor", { agencyId: "A" })).toBe(true);
    expect(can(adminOfA, "account.resetSecondFactor", { agencyId: "B" })).toBe(false);
    expect(can(adminOfA, "account.resetSecondFactor", { agencyId: null })).toBe(false);
    expect(can(supervisorA, "account.resetSecondFactor", { agencyId: "A" })).toBe(false);
    expect(can(ANONYMOUS, "account.secureOwn")).toBe(false);
  });
});
