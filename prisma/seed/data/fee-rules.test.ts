import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "../../../lib/catalog/form-definition";
import { assessFee, feeRuleSchema, undefinedFormulaNames } from "../../../lib/payments/fee-rule";
import { services } from "./services";

/** Every seeded fee rule parses, reads only fields its form has, and bills what its published text says. */
describe("seeded fee rules", () => {
  const withRules = services.filter((service) => service.standard.feeRule);

  it("exist for the services that charge through the portal", () => {
    expect(withRules.map((service) => service.slug).sort()).toEqual(["pajak-reklame", "persetujuan-bangunan-gedung", "skck"]);
  });

  it.each(withRules.map((service) => [service.slug, service] as const))("%s reads only its own form's fields", (_slug, service) => {
    const rule = feeRuleSchema.parse(service.standard.feeRule);
    // A group's members are answer keys too: sum(group, …) reads them row by row.
    const keys = formDefinitionSchema
      .parse(service.formDefinition)
      .sections.flatMap((section) =>
        section.fields.flatMap((field) => [field.key, ...(field.type === "group" ? field.fields.map((member) => member.key) : [])]),
      );
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

  it("computes the advertisement tax after verification: 25% of the rental value summed over the declared advertisements", () => {
    const reklame = feeRuleSchema.parse(services.find((service) => service.slug === "pajak-reklame")!.standard.feeRule);
    expect(reklame.trigger).toBe("verification");
    const billboard = { adType: "papan", widthM: 4, heightM: 3, faces: 2, durationMonths: 12, roadClass: "utama" };
    const banner = { adType: "kain", widthM: "5", heightM: "0.9", faces: "1", durationMonths: "1", roadClass: "lingkungan" };
    // Billboard: 4 × 3 × 2 × 12 × 25,000 × 1.5 = 10,800,000; banner: 5 × 0.9 × 1 × 1 × 15,000 × 1 = 67,500.
    // (10,800,000 + 67,500) × 25% = 2,716,875.
    expect(assessFee(reklame, { advertisements: [billboard, banner] })).toMatchObject({ ok: true, amount: 2_716_875 });
    expect(assessFee(reklame, { advertisements: [banner] })).toMatchObject({ ok: true, amount: 16_875 });
    // A sticker on a collector road, a third of a square metre: 0.6 × 0.5 × 1 × 3 × 10,000 × 1.2 × 25% = 2,700.
    expect(
      assessFee(reklame, { advertisements: [{ adType: "melekat", widthM: 0.6, heightM: 0.5, faces: 1, durationMonths: 3, roadClass: "kolektor" }] }),
    ).toMatchObject({
      amount: 2_700,
    });
    // An answer the rule cannot price refuses the bill instead of charging a wrong amount.
    expect(assessFee(reklame, { advertisements: [{ ...billboard, roadClass: undefined }] })).toMatchObject({ ok: false, reason: "missingAnswer" });
    expect(assessFee(reklame, { advertisements: [{ ...billboard, adType: "balon" }] })).toMatchObject({ ok: false, reason: "unknownAnswer" });
  });
});

/** The ways a published text writes a rule's number: 25.000 or 25,000, 0,5 or 0.5, and a rate as a percentage (0.25: 25%). */
function writtenAs(value: string): string[] {
  const number = Number(value);
  const inIndonesian = (n: number) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: 6 }).format(n);
  const inEnglish = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 }).format(n);
  const percent = Math.round(number * 100 * 1e6) / 1e6;
  return [inIndonesian(number), inEnglish(number), `${inIndonesian(percent)}%`, `${inEnglish(percent)}%`];
}

/** `written` stands in `text` as a number of its own, not as part of a longer one. */
const states = (text: string, written: string) => new RegExp(`(?<![\\d.,])${written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\d]|[.,]\\d)`).test(text);

/**
 * A published standard is legally binding (PermenPANRB 15/2014): its fee text is what a citizen may be
 * charged. It must name the amount the catalog shows, and every number the portal's fee rule bills by, in
 * both languages, so that nobody is billed by a rate the standard does not publish.
 */
describe("seeded fee texts agree with what the portal bills", () => {
  it.each(services.map((service) => [service.slug, service] as const))("%s", (_slug, service) => {
    const { id, en } = service.standard.fee;
    expect(id, "the catalog's fee, in Indonesian").toContain(`Rp${new Intl.NumberFormat("id-ID").format(service.feeAmount)}`);
    expect(en, "the catalog's fee, in English").toContain(`Rp${new Intl.NumberFormat("en-US").format(service.feeAmount)}`);
    if (!service.standard.feeRule) return;
    const { computation } = feeRuleSchema.parse(service.standard.feeRule);
    if (computation.kind === "fixed") expect(computation.amount, "a fixed fee is the catalog's fee").toBe(service.feeAmount);
    const numbers =
      computation.kind === "formula"
        ? [...Object.values(computation.constants), ...Object.values(computation.lookups).flatMap((lookup) => Object.values(lookup.values))]
        : computation.kind === "table"
          ? computation.rows.map((row) => String(row.amount))
          : [];
    for (const text of [id, en]) {
      const unstated = numbers.filter((value) => !writtenAs(value).some((written) => states(text, written)));
      expect(unstated, `numbers of the fee rule the text does not state: ${text.slice(0, 60)}…`).toEqual([]);
    }
  });
});
