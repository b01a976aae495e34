import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { approveApplication } from "@/lib/applications/use-cases/decide-application";
import { reassignApplication } from "@/lib/applications/use-cases/reassign-application";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { ANONYMOUS } from "@/lib/auth/actor";
import { registerCitizen } from "@/lib/identity/use-cases/register-citizen";
import { db } from "@/lib/platform/db";
import { actorFor, completeDraft, createCitizen, DINSOS_OFFICER, DISDUKCAPIL_OFFICER, rejectionOf, type UserActor } from "@/tests/fixtures/applications";
import { agencyIdOf, applicationIn } from "@/tests/fixtures/back-office";
import { file } from "@/tests/fixtures/complaints";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";

/**
 * Issue 9, proof: privilege escalation by tampering with form fields. Server
 * actions hand the posted fields (registration: every field) to these use
 * cases, so an attacker controls exactly the `input` objects below. Whatever
 * extra fields they add (role, agencyId, status, citizenId…) must change nothing.
 */

afterAll(removeUploadDir);

const ESCALATION_FIELDS = {
  role: "ADMIN",
  roles: ["ADMIN", "SUPERVISOR"],
  agencyId: "",
  status: "COMPLETED",
  citizenId: "",
  filerId: "",
  assignedOfficerId: "",
  active: "true",
  sessionVersion: "0",
};

let officer: UserActor;
let otherAgencyOfficer: UserActor;
let supervisor: UserActor;
let dinsosAgencyId: string;
let tampered: typeof ESCALATION_FIELDS;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  otherAgencyOfficer = await actorFor({ email: DINSOS_OFFICER });
  supervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });
  dinsosAgencyId = await agencyIdOf("DINSOS");
  const victim = await createCitizen();
  tampered = { ...ESCALATION_FIELDS, agencyId: dinsosAgencyId, citizenId: victim.actor.id, filerId: victim.actor.id, assignedOfficerId: otherAgencyOfficer.id };
});

describe("privilege escalation through tampered fields", () => {
  it("registration with role, roles and agency fields creates a plain citizen", async () => {
    const email = `penyusup.${randomUUID()}@warga.test`;
    await registerCitizen(
      ANONYMOUS,
      {
        name: "Penyusup",
        email,
        nik: `327509170885${String(randomInt(1000, 10_000))}`,
        birthDate: "1985-08-17",
        sex: "MALE",
        password: "Matahari2026terbit",
        passwordConfirm: "Matahari2026terbit",
        consent: "on",
        ...tampered,
      },
      { ip: null },
    );
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.roles).toEqual(["CITIZEN"]);
    expect(user.memberships).toEqual([]);
  });

  it("a draft's answers cannot set its status, owner, agency or officer", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen);
    const before = await db.application.findUniqueOrThrow({ where: { id } });
    await saveDraft(citizen.actor, id, { ...tampered, serviceId: "x", trackingNumber: "PTSP-1" });
    const after = await db.application.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({
      status: "DRAFT",
      citizenId: citizen.actor.id,
      agencyId: before.agencyId,
      serviceId: before.serviceId,
      assignedOfficerId: null,
      trackingNumber: null,
    });
    const answers = JSON.stringify(after.answers);
    for (const key of Object.keys(tampered)) expect(answers).not.toContain(`"${key}"`);
  });

  it("a complaint cannot choose its agency, status or filer", async () => {
    const filer = await createCitizen();
    const receipt = await file(filer.actor, { identityMode: "CONFIDENTIAL", ...tampered });
    const complaint = await db.complaint.findUniqueOrThrow({ where: { id: receipt.id } });
    expect(complaint.filerId).toBe(filer.actor.id);
    expect(complaint.agencyId).not.toBe(dinsosAgencyId);
    expect(complaint.status).toBe("RECEIVED");
    expect(complaint.assignedOfficerId).toBeNull();
  });

  it("an officer's decision cannot skip a state or move the case to another agency", async () => {
    const { id } = await applicationIn("IN_REVIEW", officer);
    const before = await db.application.findUniqueOrThrow({ where: { id } });
    await approveApplication(officer, id, tampered, { ip: null });
    const after = await db.application.findUniqueOrThrow({ where: { id } });
    expect(after.status).toBe("APPROVED");
    expect(after.agencyId).toBe(before.agencyId);
    expect(after.citizenId).toBe(before.citizenId);
  });

  it("a supervisor cannot hand a case to an officer of another agency", async () => {
    const { id } = await applicationIn("IN_REVIEW", officer);
    expect(await rejectionOf(reassignApplication(supervisor, id, { officerId: otherAgencyOfficer.id }, { ip: null }))).toBeTruthy();
    expect((await db.application.findUniqueOrThrow({ where: { id } })).assignedOfficerId).toBe(officer.id);
  });

  it("a citizen cannot run an officer's action on their own application", async () => {
    const citizen = await createCitizen();
    const { id } = await applicationIn("SUBMITTED", officer, citizen);
    expect(await rejectionOf(claimApplication(citizen.actor, id, { ip: null }))).toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
    expect(await rejectionOf(approveApplication(citizen.actor, id, {}, { ip: null }))).toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});
