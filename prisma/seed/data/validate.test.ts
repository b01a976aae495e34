import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "../../../lib/catalog/form-definition";
import { serviceStandardSchema } from "../../../lib/catalog/standard";
import { checkDraft, EMPTY_DRAFT, type DraftForm } from "../../../lib/catalog/draft";
import { agencies } from "./agencies";
import { categories } from "./categories";
import { holidays2026 } from "./holidays-2026";
import { services } from "./services";

describe("seed catalog data", () => {
  it("has enough agencies with unique upper-case codes and unique slugs", () => {
    expect(agencies.length).toBeGreaterThanOrEqual(6);
    const codes = agencies.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]+$/);
    const slugs = agencies.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const agency of agencies) {
      expect(agency.officeOpens).toMatch(/^\d{2}:\d{2}$/);
      expect(agency.officeCloses).toMatch(/^\d{2}:\d{2}$/);
      expect(agency.email).toMatch(/^[^@\s]+@[^@\s]+\.go\.id$/);
      if (agency.regionCode !== undefined) expect(agency.regionCode).toMatch(/^\d{2}$/);
    }
  });

  it("has unique category slugs and sort orders", () => {
    const slugs = categories.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const orders = categories.map((c) => c.sortOrder);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it("has enough services with unique slugs", () => {
    expect(services.length).toBeGreaterThanOrEqual(24);
    const slugs = services.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every agency and every category at least one service", () => {
    for (const agency of agencies)
      expect(
        services.some((s) => s.agencyCode === agency.code),
        agency.code,
      ).toBe(true);
    for (const category of categories)
      expect(
        services.some((s) => s.categorySlug === category.slug),
        category.slug,
      ).toBe(true);
  });

  describe.each(services.map((s) => [s.slug, s] as const))("service %s", (_slug, service) => {
    it("refers to an existing agency and category", () => {
      expect(agencies.map((a) => a.code)).toContain(service.agencyCode);
      expect(categories.map((c) => c.slug)).toContain(service.categorySlug);
    });

    it("has a valid standard with all 14 components", () => {
      const parsed = serviceStandardSchema.safeParse(service.standard);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    });

    it("reads its wallet facts from answers its form has, so an admin can publish it again unchanged", () => {
      const draft = { ...EMPTY_DRAFT, standard: service.standard, formDefinition: service.formDefinition as DraftForm, slaWorkingDays: 1, feeAmount: 0 };
      const checked = checkDraft(draft);
      expect(checked.ok ? [] : checked.issues.filter((issue) => issue.path === "standard.outputFacts")).toEqual([]);
    });

    it("has a valid form definition with at least one file field", () => {
      const parsed = formDefinitionSchema.safeParse(service.formDefinition);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const files = parsed.data!.sections.flatMap((s) => s.fields).filter((f) => f.type === "file");
      expect(files.length).toBeGreaterThanOrEqual(1);
    });

    it("has conditions that point at a real option of an earlier field, and unique keys inside groups", () => {
      const fields = service.formDefinition.sections.flatMap((s) => s.fields);
      const byKey = new Map(fields.map((f) => [f.key, f]));
      for (const field of fields) {
        if (field.type === "group") {
          const keys = field.fields.map((f) => f.key);
          expect(new Set(keys).size, `${field.key} sub-keys`).toBe(keys.length);
        }
        if (!field.visibleWhen) continue;
        const target = byKey.get(field.visibleWhen.field);
        expect(target, `${field.key} -> ${field.visibleWhen.field}`).toBeDefined();
        if (target!.type === "checkbox") {
          expect(typeof field.visibleWhen.equals, `${field.key}`).toBe("boolean");
        } else if (target!.type === "select" || target!.type === "radio") {
          expect(
            target!.options.map((o) => o.value),
            `${field.key}`,
          ).toContain(field.visibleWhen.equals);
        }
      }
    });

    it("states a non-zero fee amount in its fee wording", () => {
      if (service.feeAmount > 0) {
        const formatted = service.feeAmount.toLocaleString("id-ID");
        expect(service.standard.fee.id).toContain(`Rp${formatted}`);
      }
    });

    it("states the SLA number in its time-limit wording, in both languages", () => {
      const n = new RegExp(`(^|\\D)${service.slaWorkingDays}(\\D|$)`);
      expect(service.standard.timeLimit.id).toMatch(n);
      expect(service.standard.timeLimit.en).toMatch(n);
      expect(service.slaWorkingDays).toBeGreaterThan(0);
      expect(Number.isInteger(service.slaWorkingDays)).toBe(true);
    });

    it("has sensible metadata", () => {
      expect(service.feeAmount).toBeGreaterThanOrEqual(0);
      expect(service.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(service.keywords).toBe(service.keywords.toLowerCase());
      expect(service.keywords.trim().length).toBeGreaterThan(0);
      if (service.feeAmount === 0) expect(service.standard.fee.id).toMatch(/Rp0|tidak dipungut biaya/i);
    });
  });

  it("has valid, unique 2026 holiday dates", () => {
    const dates = holidays2026.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const holiday of holidays2026) {
      expect(holiday.date).toMatch(/^2026-\d{2}-\d{2}$/);
      const parsed = new Date(`${holiday.date}T00:00:00Z`);
      expect(Number.isNaN(parsed.getTime())).toBe(false);
      expect(parsed.toISOString().slice(0, 10)).toBe(holiday.date);
      expect(holiday.nameId.trim()).not.toBe("");
      expect(holiday.nameEn.trim()).not.toBe("");
      if (holiday.kind === "REGIONAL") expect(holiday.regionCode).toMatch(/^\d{2}$/);
      else expect(holiday.regionCode).toBeUndefined();
    }
  });
});
