import { beforeAll, describe, expect, it } from "vitest";
import { loadCitizenCase } from "@/lib/applications/data";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { getServiceForAdmin } from "@/lib/catalog/admin-queries";
import { getPublishedService } from "@/lib/catalog/queries";
import { searchServiceIds } from "@/lib/catalog/search";
import { editFormDraft } from "@/lib/catalog/use-cases/edit-form-draft";
import { saveStandardDraft } from "@/lib/catalog/use-cases/save-standard-draft";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { actorFor, createCitizen, rejectionOf, startDraft, type UserActor } from "@/tests/fixtures/applications";
import { adminContext, buildForm, completeStandardValues, draftRevision, publish, publishedTestService, textField } from "@/tests/fixtures/catalog";

let admin: UserActor;

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
});

async function appError(promise: Promise<unknown>) {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("publishing a draft as a version", () => {
  it("creates version 1 under its decree, makes it current and the service public and searchable", async () => {
    const { id, slug } = await publishedTestService(admin);
    const service = await db.service.findUniqueOrThrow({ where: { id }, include: { currentVersion: true } });
    expect(service.status).toBe("PUBLISHED");
    expect(service.currentVersion).toMatchObject({ version: 1, decreeNumber: "800/1/SK/UJI/2026", slaWorkingDays: 5, feeAmount: 0 });
    expect(service.currentVersion!.effectiveFrom.toISOString().slice(0, 10)).toBe("2026-01-02");
    const page = await getPublishedService(slug);
    expect(page?.version.formDefinition.sections[0]?.fields.map((field) => field.key)).toEqual(["reason"]);
    expect(await searchServiceIds(db, "Surat Keterangan Uji")).toContain(id);
    const audit = await db.auditEvent.findFirst({ where: { action: "service.versionPublished", entityId: id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", ip: adminContext.ip });
  });

  it("publishes one version for a double submit of the same draft, and refuses a stale one", async () => {
    const { id } = await publishedTestService(admin);
    await buildForm(admin, id, [{ kind: "addField", section: 0, values: textField("extra") }]);
    const revision = await draftRevision(id);
    const input = { revision: String(revision), decreeNumber: "800/2/SK/UJI/2026", effectiveFrom: "2026-02-01" };
    const { publishServiceVersion } = await import("@/lib/catalog/use-cases/publish-service-version");
    const [first, second] = await Promise.all([publishServiceVersion(admin, id, input, adminContext), publishServiceVersion(admin, id, input, adminContext)]);
    expect(first.version).toBe(2);
    expect(second.version).toBe(2);
    expect(await db.serviceStandardVersion.count({ where: { serviceId: id } })).toBe(2);
    const stale = await appError(publishServiceVersion(admin, id, { ...input, revision: String(revision - 1) }, adminContext));
    expect(stale.messageKey).toBe("catalogAdmin.error.staleDraft");
  });

  it("leaves published versions unchanged while the draft is edited", async () => {
    const { id } = await publishedTestService(admin);
    const before = await db.serviceStandardVersion.findFirstOrThrow({ where: { serviceId: id, version: 1 } });
    await buildForm(admin, id, [{ kind: "removeField", target: "0.0" }]);
    const after = await db.serviceStandardVersion.findFirstOrThrow({ where: { serviceId: id, version: 1 } });
    expect(after.formDefinition).toEqual(before.formDefinition);
  });
});

describe("an invalid draft cannot be published", () => {
  it("names every problem where it is, as translated message keys", async () => {
    const { id } = await publishedTestService(admin);
    const values = await completeStandardValues();
    await saveStandardDraft(
      admin,
      id,
      { ...values, "standard.procedure.en": "", slaWorkingDays: "", feeAmount: "0", revision: String(await draftRevision(id)) },
      adminContext,
    );
    await buildForm(admin, id, [
      { kind: "addSection", values: { key: "empty", "title.id": "Kosong", "title.en": "Empty" } },
      { kind: "addField", section: 0, values: { key: "choice", type: "radio", "label.id": "Pilihan", "label.en": "Choice" } },
    ]);
    const error = await appError(publish(admin, id, "800/9/SK/UJI/2026", "2026-03-01"));
    expect(error.messageKey).toBe("catalogAdmin.error.draftInvalid");
    expect(error.fieldErrors).toEqual({
      "standard.procedure.en": ["catalogAdmin.error.textRequired"],
      "form.sections.0.fields.1.options": ["catalogAdmin.error.tooFewOptions"],
      "form.sections.1.fields": ["catalogAdmin.error.noFields"],
      slaWorkingDays: ["catalogAdmin.error.slaDays"],
    });
    expect(await db.serviceStandardVersion.count({ where: { serviceId: id } })).toBe(1);
    const shown = await getServiceForAdmin(admin, id);
    expect(shown.publishable.ok).toBe(false);
  });

  it("refuses a field edit that breaks the runtime schema, field by field", async () => {
    const { id } = await publishedTestService(admin);
    const error = await appError(
      editFormDraft(
        admin,
        id,
        {
          revision: await draftRevision(id),
          edit: {
            kind: "updateField",
            target: "0.0",
            values: { key: "Bad Key", type: "select", "label.id": "", "label.en": "Reason", options: "", pattern: "(", "visibleWhen.field": "nowhere" },
          },
        },
        adminContext,
      ),
    );
    expect(error.fieldErrors).toEqual({
      key: ["catalogAdmin.error.fieldKey"],
      "label.id": ["catalogAdmin.error.textRequired"],
      options: ["catalogAdmin.error.tooFewOptions"],
      "visibleWhen.field": ["catalogAdmin.error.visibleWhenUnknown"],
    });
  });

  it("refuses a key already used in the form", async () => {
    const { id } = await publishedTestService(admin);
    const error = await appError(
      editFormDraft(admin, id, { revision: await draftRevision(id), edit: { kind: "addField", section: 0, values: textField("reason") } }, adminContext),
    );
    expect(error.fieldErrors).toEqual({ key: ["catalogAdmin.error.duplicateKey"] });
  });
});

describe("applications keep the version they were filed under", () => {
  it("renders and validates a v1 application with v1 after v2 adds a required field", async () => {
    const { id: serviceId, slug } = await publishedTestService(admin);
    const citizen = await createCitizen();
    const filedUnderV1 = await startDraft(citizen.actor, { serviceSlug: slug });
    await saveDraft(citizen.actor, filedUnderV1.id, { reason: "Pindah domisili" });

    await buildForm(admin, serviceId, [{ kind: "addField", section: 0, values: { ...textField("phoneNumber"), type: "phone" } }]);
    await publish(admin, serviceId, "800/2/SK/UJI/2026", "2026-06-01");

    const v1Case = await loadCitizenCase(db, citizen.actor, filedUnderV1.id, "ownData.read");
    expect(v1Case.standardVersion.version).toBe(1);
    expect(v1Case.formDefinition.sections[0]!.fields.map((field) => field.key)).toEqual(["reason"]);
    // v2's field is not part of the v1 application: not stored, not required.
    await saveDraft(citizen.actor, filedUnderV1.id, { reason: "Pindah domisili", phoneNumber: "081234567890" });
    expect((await loadCitizenCase(db, citizen.actor, filedUnderV1.id, "ownData.read")).answers).toEqual({ reason: "Pindah domisili" });
    const submitted = await submitApplication(citizen.actor, filedUnderV1.id, {}, { ip: null });
    expect(submitted.trackingNumber).toMatch(/^DISDUKCAPIL-\d{4}-\d{6}$/);
    const row = await db.application.findUniqueOrThrow({ where: { id: filedUnderV1.id }, select: { standardVersion: { select: { version: true } } } });
    expect(row.standardVersion.version).toBe(1);

    // A new application is filed under v2 and needs the new field.
    const filedUnderV2 = await startDraft(citizen.actor, { serviceSlug: slug });
    await saveDraft(citizen.actor, filedUnderV2.id, { reason: "Pindah domisili" });
    const notReady = await appError(submitApplication(citizen.actor, filedUnderV2.id, {}, { ip: null }));
    expect(Object.keys(notReady.fieldErrors)).toEqual(["phoneNumber"]);
  });

  it("keeps earlier versions public: the page shows the current one, and each earlier one on request", async () => {
    const { id, slug } = await publishedTestService(admin);
    await buildForm(admin, id, [{ kind: "addField", section: 0, values: textField("second") }]);
    await publish(admin, id, "800/2/SK/UJI/2026", "2026-07-01");
    const current = await getPublishedService(slug);
    expect(current).toMatchObject({ currentVersionNumber: 2, version: { version: 2, decreeNumber: "800/2/SK/UJI/2026" } });
    expect(current!.versions.map((version) => version.version)).toEqual([2, 1]);
    const earlier = await getPublishedService(slug, 1);
    expect(earlier).toMatchObject({ currentVersionNumber: 2, version: { version: 1, decreeNumber: "800/1/SK/UJI/2026" } });
    expect(earlier!.version.formDefinition.sections[0]!.fields.map((field) => field.key)).toEqual(["reason"]);
    expect(await getPublishedService(slug, 3)).toBeNull();
  });
});
