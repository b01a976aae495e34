import { beforeAll, describe, expect, it } from "vitest";
import { getServiceForAdmin } from "@/lib/catalog/admin-queries";
import { findServices, getPublishedService } from "@/lib/catalog/queries";
import { createService } from "@/lib/catalog/use-cases/create-service";
import { saveStandardDraft } from "@/lib/catalog/use-cases/save-standard-draft";
import { db } from "@/lib/platform/db";
import { actorFor, createCitizen, startDraft, type UserActor } from "@/tests/fixtures/applications";
import {
  adminContext,
  buildForm,
  completeStandardValues,
  draftRevision,
  publish,
  publishedTestService,
  serviceInputs,
  textField,
} from "@/tests/fixtures/catalog";

let admin: UserActor;

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
});

// The date of the report: 6 December 2026, 10:00 in Jakarta.
const december6 = new Date("2026-12-06T03:00:00Z");
const february1 = new Date("2027-02-01T03:00:00Z");

/** A test service with version 1 in force since 2 January 2026 and version 2 (SLA 9 days) published for 1 February 2027. */
async function serviceWithScheduledVersion() {
  const service = await publishedTestService(admin);
  await saveStandardDraft(
    admin,
    service.id,
    { ...(await completeStandardValues()), slaWorkingDays: "9", feeAmount: "0", revision: String(await draftRevision(service.id)) },
    adminContext,
  );
  await buildForm(admin, service.id, [{ kind: "addField", section: 0, values: textField("extra") }]);
  await publish(admin, service.id, "800/2/SK/UJI/2026", "2027-02-01");
  return service;
}

const versionOf = async (applicationId: string) =>
  (await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { standardVersion: { select: { version: true } } } })).standardVersion
    .version;

describe("a standard version published with a future effective date", () => {
  it("is scheduled: the service page keeps the version in force and announces the new one with its date", async () => {
    const { slug } = await serviceWithScheduledVersion();
    const page = await getPublishedService(slug, undefined, december6);
    expect(page).toMatchObject({ currentVersionNumber: 1, version: { version: 1, slaWorkingDays: 5 } });
    expect(page!.upcoming).toEqual([{ version: 2, decreeNumber: "800/2/SK/UJI/2026", effectiveFrom: new Date("2027-02-01T00:00:00Z") }]);
    // The scheduled version can be read before its date.
    expect(await getPublishedService(slug, 2, december6)).toMatchObject({ currentVersionNumber: 1, version: { version: 2, slaWorkingDays: 9 } });
  });

  it("becomes current on its date without any further write", async () => {
    const { slug } = await serviceWithScheduledVersion();
    const page = await getPublishedService(slug, undefined, february1);
    expect(page).toMatchObject({ currentVersionNumber: 2, upcoming: [], version: { version: 2, slaWorkingDays: 9 } });
  });

  it("applies to applications started on or after its date; one started before keeps the version in force then", async () => {
    const { slug } = await serviceWithScheduledVersion();
    const citizen = await createCitizen();
    const before = await startDraft(citizen.actor, { serviceSlug: slug, now: december6 });
    const after = await startDraft(citizen.actor, { serviceSlug: slug, now: february1 });
    expect(await versionOf(before.id)).toBe(1);
    expect(await versionOf(after.id)).toBe(2);
  });

  it("shows the catalog card and the admin console the version in force, the admin also the scheduled one", async () => {
    const { id, slug } = await serviceWithScheduledVersion();
    const card = (await findServices({ q: "Surat Keterangan Uji" }, december6)).find((service) => service.slug === slug);
    expect(card?.currentVersion).toEqual({ slaWorkingDays: 5, feeAmount: 0 });
    const later = (await findServices({ q: "Surat Keterangan Uji" }, february1)).find((service) => service.slug === slug);
    expect(later?.currentVersion).toEqual({ slaWorkingDays: 9, feeAmount: 0 });
    // The console's clock is the real one: today is before 2027 on the machines that run this, or the test says so.
    const adminView = await getServiceForAdmin(admin, id);
    if (Date.now() < february1.getTime()) expect(adminView).toMatchObject({ versionInForce: 1, scheduledVersions: [2], currentVersion: 2 });
  });

  it("leaves a service whose only version is scheduled unable to take applications before the date", async () => {
    const created = await createService(admin, await serviceInputs(), adminContext);
    await saveStandardDraft(admin, created.id, { ...(await completeStandardValues()), slaWorkingDays: "5", feeAmount: "0", revision: "0" }, adminContext);
    await buildForm(admin, created.id, [
      { kind: "addSection", values: { key: "data", "title.id": "Data", "title.en": "Details" } },
      { kind: "addField", section: 0, values: textField("reason") },
    ]);
    await publish(admin, created.id, "800/1/SK/UJI/2027", "2027-02-01");
    const page = await getPublishedService(created.slug, undefined, december6);
    expect(page).toMatchObject({ currentVersionNumber: null, version: { version: 1 } });
    const citizen = await createCitizen();
    await expect(startDraft(citizen.actor, { serviceSlug: created.slug, now: december6 })).rejects.toMatchObject({ messageKey: "error.notFound" });
    const opened = await startDraft(citizen.actor, { serviceSlug: created.slug, now: february1 });
    expect(await versionOf(opened.id)).toBe(1);
  });
});
