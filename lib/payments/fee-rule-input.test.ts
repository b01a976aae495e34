import { describe, expect, it } from "vitest";
import { assessFee } from "./fee-rule";
import { feeRuleFromInput, inputFromFeeRule, sampleAnswersFromInput, validityFromInput } from "./fee-rule-input";

const base = {
  "feeRule.trigger": "verification",
  "feeRule.legalBasis.id": "Perda Kota Harapan Jaya 1/2024",
  "feeRule.legalBasis.en": "Harapan Jaya City Regulation 1/2024",
  "feeRule.validDays": "14",
};
const formula = {
  ...base,
  "feeRule.kind": "formula",
  "feeRule.label.id": "Retribusi PBG",
  "feeRule.label.en": "PBG levy",
  "feeRule.expression": "floorArea * index * unitPrice",
  "feeRule.constants": "unitPrice = 1750000",
  "feeRule.lookups": "index | buildingFunction | hunian=0.15, usaha=0.7",
  "feeRule.roundingMode": "down",
  "feeRule.roundingStep": "100",
};
const keys = ["floorArea", "buildingFunction", "requestKind"];

describe("the fee rule as the standard editor posts it", () => {
  it("reads a formula with its constants and value table, and round-trips through the editor's inputs", () => {
    const read = feeRuleFromInput(formula, keys);
    expect(read).toMatchObject({
      ok: true,
      rule: { trigger: "verification", validDays: 14, computation: { kind: "formula", constants: { unitPrice: "1750000" } } },
    });
    if (!read.ok || !read.rule) throw new Error("unreachable");
    expect(assessFee(read.rule, { floorArea: "120", buildingFunction: "hunian" })).toMatchObject({ ok: true, amount: 31_500_000 });
    expect(feeRuleFromInput(inputFromFeeRule(read.rule), keys)).toEqual(read);
  });

  it("reads a fixed amount written with thousands dots, and a table one row a line", () => {
    const fixed = feeRuleFromInput(
      { ...base, "feeRule.kind": "fixed", "feeRule.amount": "30.000", "feeRule.label.id": "PNBP", "feeRule.label.en": "Fee" },
      keys,
    );
    expect(fixed).toMatchObject({ ok: true, rule: { computation: { kind: "fixed", amount: 30000 } } });
    const table = feeRuleFromInput(
      {
        ...base,
        "feeRule.kind": "table",
        "feeRule.field": "requestKind",
        "feeRule.rows": "baru | 30000 | Baru | New\nperpanjangan | 20000 | Perpanjangan | Renewal",
      },
      keys,
    );
    expect(table).toMatchObject({ ok: true, rule: { computation: { kind: "table", rows: [{ value: "baru", amount: 30000 }, { value: "perpanjangan" }] } } });
    if (table.ok) expect(feeRuleFromInput(inputFromFeeRule(table.rule), keys)).toEqual(table);
  });

  it("is no rule at all when free", () => {
    expect(feeRuleFromInput({ ...base, "feeRule.kind": "free" }, keys)).toEqual({ ok: true, rule: null });
    expect(inputFromFeeRule(undefined)).toMatchObject({ "feeRule.kind": "free" });
  });

  it("names the input of each problem: a negative amount, a bad formula, an unknown answer, a missing legal basis", () => {
    const fixed = { ...base, "feeRule.kind": "fixed", "feeRule.label.id": "PNBP", "feeRule.label.en": "Fee" };
    expect(feeRuleFromInput({ ...fixed, "feeRule.amount": "-5000" }, keys)).toMatchObject({
      ok: false,
      fieldErrors: { "feeRule.amount": ["payment.rule.wholeRupiah"] },
    });
    expect(feeRuleFromInput({ ...fixed, "feeRule.amount": "banyak" }, keys)).toMatchObject({
      ok: false,
      fieldErrors: { "feeRule.amount": ["payment.rule.wholeRupiah"] },
    });
    expect(feeRuleFromInput({ ...formula, "feeRule.expression": "floorArea * (index" }, keys)).toMatchObject({
      ok: false,
      fieldErrors: { "feeRule.expression": ["payment.rule.formulaSyntax"] },
    });
    expect(feeRuleFromInput({ ...formula, "feeRule.expression": "floorArea * index * storeys" }, keys)).toEqual({
      ok: false,
      fieldErrors: { "feeRule.expression": ["payment.rule.unknownField"] },
      fieldParams: { "feeRule.expression": { names: "storeys" } },
    });
    expect(feeRuleFromInput({ ...base, "feeRule.kind": "table", "feeRule.field": "colour", "feeRule.rows": "red | 1 | Merah | Red" }, keys)).toMatchObject({
      ok: false,
      fieldErrors: { "feeRule.field": ["payment.rule.unknownField"] },
    });
    expect(feeRuleFromInput({ ...base, "feeRule.kind": "table", "feeRule.field": "requestKind", "feeRule.rows": "baru | 30000" }, keys)).toMatchObject({
      ok: false,
      fieldErrors: { "feeRule.rows": ["payment.rule.rowFormat"] },
    });
    expect(feeRuleFromInput({ ...formula, "feeRule.constants": "unitPrice = -3" }, keys)).toMatchObject({
      ok: false,
      fieldErrors: { "feeRule.constants": ["payment.rule.decimal"] },
    });
    expect(feeRuleFromInput({ ...formula, "feeRule.legalBasis.id": "" }, keys)).toMatchObject({
      ok: false,
      fieldErrors: { "feeRule.legalBasis.id": expect.any(Array) },
    });
    expect(feeRuleFromInput({ ...formula, "feeRule.trigger": "later" }, keys)).toMatchObject({
      ok: false,
      fieldErrors: { "feeRule.trigger": expect.any(Array) },
    });
  });

  it("reads sample answers, a repeating group's rows included", () => {
    expect(sampleAnswersFromInput("floorArea = 120\nadvertisements.2.widthM = 4\nadvertisements.1.widthM = 2")).toEqual({
      floorArea: "120",
      advertisements: [{ widthM: "2" }, { widthM: "4" }],
    });
    expect(sampleAnswersFromInput("")).toEqual({});
    expect(sampleAnswersFromInput("no equals sign")).toBeNull();
    expect(sampleAnswersFromInput("bad key! = 1")).toBeNull();
  });

  it("reads the output's validity: blank does not expire, 1 to 240 months", () => {
    expect(validityFromInput("")).toEqual({ ok: true, months: undefined });
    expect(validityFromInput("6")).toEqual({ ok: true, months: 6 });
    expect(validityFromInput("0")).toEqual({ ok: false });
    expect(validityFromInput("241")).toEqual({ ok: false });
    expect(validityFromInput("enam")).toEqual({ ok: false });
  });
});
