import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { exportServiceDocument, getServiceForAdmin, listServicesForAdmin } from "@/lib/catalog/admin-queries";
import { getPublishedService } from "@/lib/catalog/queries";
import { createAgency } from "@/lib/catalog/use-cases/create-agency";
import { createService } from "@/lib/catalog/use-cases/create-service";
import { editFormDraft } from "@/lib/catalog/use-cases/edit-form-draft";
import { importService } from "@/lib/catalog/use-cases/import-service";
import { publishServiceVersion } from "@/lib/catalog/use-cases/publish-service-version";
import { inputFromStandard } from "@/lib/catalog/standard-input";
import { saveStandardDraft } from "@/lib/catalog/use-cases/save-standard-draft";
import { updateAgency } from "@/lib/catalog/use-cases/update-agency";
import { updateService } from "@/lib/catalog/use-cases/update-service";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { actorFor, DISDUKCAPIL_OFFICER, rejectionOf, type UserActor } from "@/tests/fixtures/applications";
import { adminContext, draftRevision, publish, publishedTestService, serviceInputs } from "@/tests/fixtures/catalog";

let admin: UserActor;
let officer: UserActor;
let supervisor: UserActor;
let citizen: UserActor;
const anonymous: Actor = { kind: "anonymous" };

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  supervisor = await actorFor({ email: "supervisor@harapanjaya.go.id" });
  citizen = await actorFor({ email: "siti.rahayu@warga.test" });
});

async function appError(promise: Promise<unknown>) {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const agencyInput = (overrides: Record<string, string> = {}) => ({
  code: `UJI${randomUUID()
    .slice(0, 6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "X")}`,
  nameId: "Dinas Uji Coba",
  nameEn: "Test Office",
  timezone: "Asia/Makassar",
  regionCode: "51",
  officeOpens: "08:00",
  officeCloses: "15:30",
  email: "uji@contoh.go.id",
  phone: "(0361) 555-0100",
  address: "Jl. Uji No. 1",
  website: "https://uji.contoh.go.id",
  ...overrides,
});

describe("agencies", () => {
  it("an admin creates one, then edits it; each write is audited and the code stays", async () => {
    const input = agencyInput();
    const { id } = await createAgency(admin, input, adminContext);
    await updateAgency(admin, id, { ...input, code: "CHANGED", nameEn: "Trial Office", timezone: "Asia/Jayapura", officeCloses: "16:00" }, adminContext);
    const row = await db.agency.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      code: input.code,
      slug: input.code.toLowerCase(),
      nameEn: "Trial Office",
      timezone: "Asia/Jayapura",
      officeOpens: "08:00",
      officeCloses: "16:00",
    });
    const audits = await db.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { occurredAt: "asc" },
      select: { action: true, actorId: true, data: true },
    });
    expect(audits.map((audit) => audit.action)).toEqual(["agency.created", "agency.updated"]);
    expect(audits[1]!.data).toEqual({ changed: { nameEn: "Trial Office", timezone: "Asia/Jayapura", officeCloses: "16:00" } });
  });

  it("refuses bad input field by field and a code already taken", async () => {
    const invalid = await appError(
      createAgency(
        admin,
        agencyInput({ code: "bad code", timezone: "Europe/Paris", officeOpens: "17:00", officeCloses: "08:00", email: "not-an-email" }),
        adminContext,
      ),
    );
    expect(invalid.fieldErrors).toEqual({
      code: ["catalogAdmin.error.agencyCode"],
      timezone: ["catalogAdmin.error.choiceInvalid"],
      email: ["catalogAdmin.error.email"],
    });
    const hours = await appError(createAgency(admin, agencyInput({ officeOpens: "17:00", officeCloses: "08:00" }), adminContext));
    expect(hours.fieldErrors).toEqual({ officeCloses: ["catalogAdmin.error.officeHours"] });
    const taken = await appError(createAgency(admin, agencyInput({ code: "DISDUKCAPIL" }), adminContext));
    expect(taken.fieldErrors).toEqual({ code: ["catalogAdmin.error.agencyCodeTaken"] });
  });
});

describe("services", () => {
  it("a new service is a draft, hidden from the public, and cannot be shown before a version is published", async () => {
    const input = await serviceInputs();
    const { id, slug } = await createService(admin, input, adminContext);
    expect(await getPublishedService(slug)).toBeNull();
    const error = await appError(updateService(admin, id, { ...input, status: "PUBLISHED" }, adminContext));
    expect(error.fieldErrors).toEqual({ status: ["catalogAdmin.error.publishFirst"] });
    const taken = await appError(createService(admin, { ...input, nameId: "Lain" }, adminContext));
    expect(taken.fieldErrors).toEqual({ slug: ["catalogAdmin.error.slugTaken"] });
    expect((await db.service.findUniqueOrThrow({ where: { id } })).nameId).toBe("Surat Keterangan Uji");
  });

  it("retiring a published service takes it off the public catalog; its versions stay", async () => {
    const { id, slug } = await publishedTestService(admin);
    const details = await serviceInputs();
    await updateService(admin, id, { ...details, status: "RETIRED" }, adminContext);
    expect(await getPublishedService(slug)).toBeNull();
    expect(await db.serviceStandardVersion.count({ where: { serviceId: id } })).toBe(1);
  });
});

describe("export and import", () => {
  it("round-trips a service: the import is a new draft with the same standard and form, published under its own decree", async () => {
    const source = await publishedTestService(admin);
    const { document } = await exportServiceDocument(admin, source.id);
    const text = JSON.stringify(document);
    const agency = await db.agency.findUniqueOrThrow({ where: { code: "DINSOS" }, select: { id: true } });
    const slug = `impor-${randomUUID().slice(0, 8)}`;
    const imported = await importService(admin, { text, agencyId: agency.id, slug }, adminContext);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    const draft = await getServiceForAdmin(admin, imported.id);
    expect(draft).toMatchObject({ slug, status: "DRAFT", agencyId: agency.id, currentVersion: null });
    expect(draft.publishable.ok).toBe(true);
    await publish(admin, imported.id, "800/5/SK/DINSOS/2026", "2026-08-01");
    const original = await db.serviceStandardVersion.findFirstOrThrow({ where: { serviceId: source.id, version: 1 } });
    const copy = await db.serviceStandardVersion.findFirstOrThrow({ where: { serviceId: imported.id, version: 1 } });
    expect(copy.standard).toEqual(original.standard);
    expect(copy.formDefinition).toEqual(original.formDefinition);
    expect([copy.slaWorkingDays, copy.feeAmount, copy.decreeNumber]).toEqual([original.slaWorkingDays, original.feeAmount, "800/5/SK/DINSOS/2026"]);
    expect(await db.auditEvent.count({ where: { action: "service.imported", entityId: imported.id } })).toBe(1);
  });

  it("never overwrites: the exported slug is already in use, so the import is refused until another is chosen", async () => {
    const source = await publishedTestService(admin);
    const { document } = await exportServiceDocument(admin, source.id);
    const agency = await db.agency.findUniqueOrThrow({ where: { code: "DINSOS" }, select: { id: true } });
    const error = await appError(importService(admin, { text: JSON.stringify(document), agencyId: agency.id }, adminContext));
    expect(error.fieldErrors).toEqual({ slug: ["catalogAdmin.error.slugTaken"] });
    const untouched = await db.service.findUniqueOrThrow({ where: { id: source.id }, select: { agency: { select: { code: true } }, status: true } });
    expect(untouched).toEqual({ agency: { code: "DISDUKCAPIL" }, status: "PUBLISHED" });
  });

  it("checks the file with the runtime's schemas and says where each problem is", async () => {
    const source = await publishedTestService(admin);
    const { document } = await exportServiceDocument(admin, source.id);
    const broken = structuredClone(document) as { standardVersion: { formDefinition: { sections: { fields: { key: string }[] }[] }; feeAmount: number } };
    broken.standardVersion.formDefinition.sections[0]!.fields[0]!.key = "Not Camel";
    broken.standardVersion.feeAmount = -5;
    const agencyId = (await db.agency.findFirstOrThrow({ select: { id: true } })).id;
    const before = await db.service.count();
    expect(await importService(admin, { text: JSON.stringify(broken), agencyId, slug: `x-${randomUUID().slice(0, 8)}` }, adminContext)).toEqual({
      ok: false,
      issues: [
        { path: "standardVersion.formDefinition.sections.0.fields.0.key", message: "catalogAdmin.error.fieldKey" },
        { path: "standardVersion.feeAmount", message: "catalogAdmin.error.numberInvalid" },
      ],
    });
    expect(await importService(admin, { text: "{not json", agencyId }, adminContext)).toEqual({
      ok: false,
      issues: [{ path: "", message: "catalogAdmin.import.notJson" }],
    });
    expect(await importService(admin, { text: JSON.stringify({ format: "other" }), agencyId }, adminContext)).toMatchObject({ ok: false });
    expect(await db.service.count()).toBe(before);
  });
});

describe("the standard editor", () => {
  it("a post without the fee-rule and validity inputs (an older form, an API client) keeps the draft's fee rule and output validity", async () => {
    const { id } = await publishedTestService(admin);
    const row = await db.service.findUniqueOrThrow({ where: { id }, select: { draft: true } });
    const draft = row.draft as { standard: Record<string, unknown> };
    const feeRule = { computation: { kind: "fixed", amount: 30000, label: { id: "PNBP", en: "PNBP" } }, trigger: "submission", validDays: 7 };
    await db.service.update({ where: { id }, data: { draft: { ...draft, standard: { ...draft.standard, feeRule, outputValidityMonths: 6 } } } });
    const revision = await draftRevision(id);
    await saveStandardDraft(
      admin,
      id,
      { revision: String(revision), slaWorkingDays: "3", feeAmount: "30000", ...inputFromStandard(draft.standard) },
      adminContext,
    );
    const saved = (await db.service.findUniqueOrThrow({ where: { id }, select: { draft: true } })).draft as { standard: Record<string, unknown> };
    expect(saved.standard.feeRule).toEqual(feeRule);
    expect(saved.standard.outputValidityMonths).toBe(6);
  });
});

describe("only admins manage the catalog", () => {
  it("denies every catalog write and admin read to officers, supervisors, citizens and visitors", async () => {
    const { id } = await publishedTestService(admin);
    const agencyId = (await db.agency.findFirstOrThrow({ select: { id: true } })).id;
    const revision = await draftRevision(id);
    for (const actor of [officer, supervisor, citizen, anonymous]) {
      const expected = actor.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
      const details = await serviceInputs();
      // Thunks: each attempt starts only when it is checked, so none is left unobserved.
      const attempts: (() => Promise<unknown>)[] = [
        () => createAgency(actor, agencyInput(), adminContext),
        () => updateAgency(actor, agencyId, agencyInput(), adminContext),
        () => createService(actor, details, adminContext),
        () => updateService(actor, id, { ...details, status: "RETIRED" }, adminContext),
        () => saveStandardDraft(actor, id, { revision: String(revision), slaWorkingDays: "1", feeAmount: "0" }, adminContext),
        () => editFormDraft(actor, id, { revision, edit: { kind: "removeField", target: "0.0" } }, adminContext),
        () => publishServiceVersion(actor, id, { revision: String(revision), decreeNumber: "X", effectiveFrom: "2026-01-01" }, adminContext),
        () => importService(actor, { text: "{}", agencyId }, adminContext),
        () => exportServiceDocument(actor, id),
        () => getServiceForAdmin(actor, id),
        () => listServicesForAdmin(actor),
      ];
      for (const attempt of attempts) expect((await appError(attempt())).code).toBe(expected);
    }
    const after = await db.service.findUniqueOrThrow({ where: { id }, select: { status: true, draft: true } });
    expect(after.status).toBe("PUBLISHED");
    expect(await draftRevision(id)).toBe(revision);
  });
});
