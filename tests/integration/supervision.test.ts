import "../fixtures/upload-dir";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { officerLoad } from "@/lib/applications/queue";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { reassignApplication } from "@/lib/applications/use-cases/reassign-application";
import { db } from "@/lib/platform/db";
import { actorFor, createCitizen, DINSOS_OFFICER, DISDUKCAPIL_OFFICER, rejectionOf, submittedApplication } from "../fixtures/applications";

async function newDisdukcapilOfficer() {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "DISDUKCAPIL" }, select: { id: true } });
  const user = await db.user.create({
    data: {
      email: `petugas.${randomUUID()}@test.local`,
      name: `Petugas ${randomUUID().slice(0, 4)}`,
      passwordHash: "unused",
      roles: ["OFFICER"],
      memberships: { create: { agencyId: agency.id, role: "OFFICER" } },
    },
  });
  return actorFor({ id: user.id });
}

describe("supervision", () => {
  it("lets the agency's supervisor move a held case to another officer, recorded internally", async () => {
    const citizen = await createCitizen();
    const application = await submittedApplication(citizen);
    const officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
    const colleague = await newDisdukcapilOfficer();
    await claimApplication(officer, application.id, { ip: null });
    const supervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });

    await reassignApplication(supervisor, application.id, { officerId: colleague.id }, { ip: null });

    const after = await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { assignedOfficerId: true, status: true } });
    expect(after).toEqual({ assignedOfficerId: colleague.id, status: "IN_REVIEW" });
    const event = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: application.id, type: "reassigned" } });
    expect(event.internal).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: application.id, action: "application.reassigned" } })).toBe(1);
  });

  it("refuses reassignment by officers, to strangers of the agency, and from a stale screen", async () => {
    const citizen = await createCitizen();
    const application = await submittedApplication(citizen);
    const officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
    await claimApplication(officer, application.id, { ip: null });
    const colleague = await newDisdukcapilOfficer();
    const supervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });
    const dinsosOfficer = await actorFor({ email: DINSOS_OFFICER });

    expect(await rejectionOf(reassignApplication(officer, application.id, { officerId: colleague.id }, { ip: null }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectionOf(reassignApplication(supervisor, application.id, { officerId: dinsosOfficer.id }, { ip: null }))).toMatchObject({
      code: "INVALID",
      messageKey: "backOffice.reassignUnknownOfficer",
    });
    expect(await rejectionOf(reassignApplication(supervisor, application.id, { officerId: colleague.id, version: 0 }, { ip: null }))).toMatchObject({
      code: "CONFLICT",
      messageKey: "application.changedMeanwhile",
    });
    const after = await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { assignedOfficerId: true } });
    expect(after.assignedOfficerId).toBe(officer.id);
  });

  it("shows a supervisor each officer's open and overdue cases, and nobody else", async () => {
    const colleague = await newDisdukcapilOfficer();
    const citizen = await createCitizen();
    const onTime = await submittedApplication(citizen);
    const late = await submittedApplication(citizen);
    await claimApplication(colleague, onTime.id, { ip: null });
    await claimApplication(colleague, late.id, { ip: null });
    await db.application.update({ where: { id: late.id }, data: { dueAt: new Date(Date.now() - 60_000) } });
    const supervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });

    const agency = await db.agency.findUniqueOrThrow({ where: { code: "DISDUKCAPIL" }, select: { id: true } });
    const load = await officerLoad(supervisor, agency.id);
    expect(load.find((row) => row.id === colleague.id)).toMatchObject({ open: 2, overdue: 1 });

    const officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
    await expect(officerLoad(officer, agency.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
