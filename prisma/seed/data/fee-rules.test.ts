import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "../../../lib/catalog/form-definition";
import { assessFee, feeRuleSchema, undefinedFormulaNames } from "../../../lib/payments/fee-rule";
import { services } from "./services";

/** Every seeded fee rule parses, reads only fields its form has, and bills what its published text says. */
describe("seeded fee rules", () => {
  const withRules = services.filter((service) => service.standard.feeRule);

  it("exist for the services that charge through the portal", () => {
    expect(withRules.map((service) => service.slug).sort()).toEqual(["persetujuan-bangunan-gedung", "skck"]);
  });

  it.each(withRules.map((service) => [service.slug, service] as const))("%s reads only its own form's fields", (_slug, service) => {
    const rule = feeRuleSchema.parse(service.standard.feeRule);
    const keys = formDefinitionSchema.parse(service.formDefinition).sections.flatMap((section) => section.fields.map((field) => field.key));
    expect(undefinedFormulaNames(rule.computation, keys)).toEqual([]);
  });

  it("bills the SKCK's Rp30,000 PNBP at submission", () => {
    const skck = feeRuleSchema.parse(services.find((service) => service.slug === "skck")!.standard.feeRule);
    expect(skck.trigger).toBe("submission");
    expect(assessFee(skck, {})).toMatchObject({ ok: true, amount: 30000 });
  });

  it("computes the PBG levy after verification: 150 m², residential, 2 floors", () => {
    const pbg = feeRuleSchema.parse(services.find((service) => service.slug === "persetujuan-bangunan-gedung")!.standard.feeRule);
    expect(pbg.trigger).toBe("verification");
    // 150 × 0.005 × 5,000,000 × 0.15 × 1.05 = 590,625 → 590,600.
    expect(assessFee(pbg, { floorAreaM2: 150, buildingFunction: "hunian", floorCount: 2 })).toMatchObject({ ok: true, amount: 590_600 });
  });
});
