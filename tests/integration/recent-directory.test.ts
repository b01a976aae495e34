import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageOfOwnApplications } from "@/lib/applications/queries";
import { agencyQueue, queueAgencies, queueFilterSchema } from "@/lib/applications/queue";
import { forgetRecentDirectory, RECENT_DIRECTORY_MS, recentDirectory } from "@/lib/catalog/recent-directory";
import { createAgency } from "@/lib/catalog/use-cases/create-agency";
import { updateAgency } from "@/lib/catalog/use-cases/update-agency";
import { dashboardCatalog } from "@/lib/dashboard/view";
import { db } from "@/lib/platform/db";
import { actorFor, createCitizen, KTP_SLUG, type UserActor } from "@/tests/fixtures/applications";
import { createStaff, NOT_FOUND } from "@/tests/fixtures/back-office";
import { draftTestService, publish } from "@/tests/fixtures/catalog";

/**
 * The agency and service directory the citizen's list and the officer queue
 * reuse for RECENT_DIRECTORY_MS (lib/catalog/recent-directory.ts): an admin's
 * edit in this process shows at once, one made elsewhere within the bound, an
 * id the copy lacks is read afresh, and the shared copy never widens what a
 * reader sees.
 */
const context = { ip: "203.0.113.41" };
const created: string[] = [];
let admin: UserActor;

const agencyInput = (code: string, name: string) => ({
  code,
  nameId: name,
  nameEn: name,
  timezone: "Asia/Jakarta",
  officeOpens: "08:00",
  officeCloses: "16:00",
});

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
});

afterAll(async () => {
  await db.application.deleteMany({ where: { agencyId: { in: created } } });
  await db.service.updateMany({ where: { agencyId: { in: created } }, data: { currentVersionId: null } });
  await db.service.deleteMany({ where: { agencyId: { in: created } } });
  await db.agency.deleteMany({ where: { id: { in: created } } });
  forgetRecentDirectory();
});

/** An agency written straight to the table, as another web instance's admin would have: this process is not told. */
async function agencyWrittenElsewhere(name: string) {
  const code = `DIR${randomInt(100_000, 1_000_000)}`;
  const agency = await db.agency.create({ data: { code, slug: code.toLowerCase(), nameId: name, nameEn: name }, select: { id: true, code: true } });
  created.push(agency.id);
  return agency;
}

/** A service of that agency with a submitted application of `citizenId`, both written straight to the tables. */
async function serviceWithApplication(agencyId: string, citizenId: string, name: string) {
  const template = await db.service.findUniqueOrThrow({ where: { slug: KTP_SLUG }, include: { currentVersion: true } });
  const version = template.currentVersion!;
  const service = await db.service.create({
    data: {
      slug: `dir-${randomInt(100_000, 1_000_000)}`,
      agencyId,
      categoryId: template.categoryId,
      nameId: name,
      nameEn: `${name} (en)`,
      summaryId: "Layanan uji direktori.",
      summaryEn: "Directory test service.",
      versions: {
        create: {
          version: 1,
          decreeNumber: version.decreeNumber,
          effectiveFrom: version.effectiveFrom,
          standard: version.standard ?? {},
          formDefinition: version.formDefinition ?? {},
          slaWorkingDays: version.slaWorkingDays,
        },
      },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  const application = await db.application.create({
    data: {
      citizenId,
      agencyId,
      serviceId: service.id,
      standardVersionId: service.versions[0]!.id,
      status: "SUBMITTED",
      trackingNumber: `DIR-2031-${randomInt(100_000, 1_000_000)}`,
      submittedAt: new Date(),
      dueAt: new Date(Date.now() + 3 * 86_400_000),
      submissionKey: randomUUID(),
    },
    select: { id: true },
  });
  return { serviceId: service.id, applicationId: application.id };
}

describe("the reused agency and service directory", () => {
  it("shows an admin's rename in this process on the next read", async () => {
    const { id } = await createAgency(admin, agencyInput(`DIR${randomInt(100_000, 1_000_000)}`, "Kantor Lama"), context);
    created.push(id);
    expect((await recentDirectory()).agencyById.get(id)?.nameId).toBe("Kantor Lama");
    await updateAgency(admin, id, { ...agencyInput("UNUSED", "Kantor Baru") }, context);
    expect((await recentDirectory()).agencyById.get(id)?.nameId).toBe("Kantor Baru");
  });

  it("shows a rename made elsewhere once its copy is RECENT_DIRECTORY_MS old, not before", async () => {
    const agency = await agencyWrittenElsewhere("Sebelum");
    forgetRecentDirectory();
    const readAt = Date.now();
    expect((await recentDirectory({ now: readAt })).agencyById.get(agency.id)?.nameId).toBe("Sebelum");
    await db.agency.update({ where: { id: agency.id }, data: { nameId: "Sesudah" } });
    expect((await recentDirectory({ now: readAt + RECENT_DIRECTORY_MS - 1 })).agencyById.get(agency.id)?.nameId).toBe("Sebelum");
    expect((await recentDirectory({ now: readAt + RECENT_DIRECTORY_MS })).agencyById.get(agency.id)?.nameId).toBe("Sesudah");
  });

  it("names a citizen's application for a service created elsewhere after the copy was read", async () => {
    const citizen = await createCitizen();
    await recentDirectory();
    const agency = await agencyWrittenElsewhere("Instansi Baru Direktori");
    const { applicationId } = await serviceWithApplication(agency.id, citizen.actor.id, "Layanan Baru Direktori");
    const { rows } = await pageOfOwnApplications(citizen.actor, 1);
    expect(rows.map((row) => [row.id, row.service.nameId, row.agency.nameId])).toEqual([[applicationId, "Layanan Baru Direktori", "Instansi Baru Direktori"]]);
  });

  it("puts a service on the dashboards' lists as soon as it is published in this process, and never while a draft", async () => {
    const { id } = await draftTestService(admin);
    expect((await dashboardCatalog()).services.map((service) => service.id)).not.toContain(id);
    await publish(admin, id, "800/2/SK/UJI/2026", "2026-01-02");
    expect((await dashboardCatalog()).services.map((service) => service.id)).toContain(id);
  });

  it("lists a new agency to its own officer at once, and to no officer of another agency", async () => {
    await recentDirectory();
    const agency = await agencyWrittenElsewhere("Instansi Petugas Baru");
    const ownOfficer = await createStaff(["OFFICER"], [{ agencyCode: agency.code, role: "OFFICER" }]);
    const otherOfficer = await createStaff(["OFFICER"], [{ agencyCode: "DISDUKCAPIL", role: "OFFICER" }]);
    const citizen = await createCitizen();
    const { serviceId, applicationId } = await serviceWithApplication(agency.id, citizen.actor.id, "Layanan Petugas Baru");

    const visible = await queueAgencies(ownOfficer);
    expect(visible.map((candidate) => candidate.id)).toEqual([agency.id]);
    const queue = await agencyQueue(ownOfficer, visible[0]!, queueFilterSchema.parse({}));
    expect(queue.rows.map((row) => [row.id, row.service.nameId])).toEqual([[applicationId, "Layanan Petugas Baru"]]);
    expect(queue.services.map((service) => service.id)).toEqual([serviceId]);

    expect((await queueAgencies(otherOfficer)).map((candidate) => candidate.id)).not.toContain(agency.id);
    await expect(agencyQueue(otherOfficer, visible[0]!, queueFilterSchema.parse({}))).rejects.toMatchObject(NOT_FOUND);
  });
});
