import { describe, expect, it } from "vitest";
import { assessFee, feeRuleSchema, undefinedFormulaNames, type FeeRule } from "./fee-rule";
import { evaluateFormula as evaluateTree, parseFormula, roundRupiah, parseDecimal, FormulaError } from "./formula";

const t = (id: string, en: string) => ({ id, en });
const basis = t("PP 76/2020", "GR 76/2020");

function rule(computation: unknown, trigger: "submission" | "verification" = "submission"): FeeRule {
  return feeRuleSchema.parse({ computation, trigger, legalBasis: basis });
}

describe("fee rules", () => {
  it("charges nothing when free or when the standard has no rule", () => {
    expect(assessFee(rule({ kind: "free" }), {})).toEqual({ ok: true, amount: 0, lines: [], inputs: [] });
    expect(assessFee(null, {})).toMatchObject({ ok: true, amount: 0 });
  });

  it("charges a fixed amount whatever the answers", () => {
    const fixed = rule({ kind: "fixed", amount: 30000, label: t("PNBP SKCK", "SKCK fee") });
    expect(assessFee(fixed, { purpose: "asn" })).toMatchObject({ ok: true, amount: 30000, lines: [{ amount: 30000 }] });
  });

  it("picks the table row of the answer and refuses an answer the table does not list", () => {
    const table = rule({
      kind: "table",
      field: "requestKind",
      rows: [
        { value: "baru", amount: 30000, label: t("Baru", "New") },
        { value: "perpanjangan", amount: 20000, label: t("Perpanjangan", "Renewal") },
      ],
    });
    expect(assessFee(table, { requestKind: "perpanjangan" })).toMatchObject({ ok: true, amount: 20000 });
    expect(assessFee(table, { requestKind: "lain" })).toMatchObject({ ok: false, reason: "unknownAnswer" });
    expect(assessFee(table, {})).toMatchObject({ ok: false, reason: "missingAnswer", detail: "requestKind" });
  });

  const pbg = rule(
    {
      kind: "formula",
      label: t("Retribusi PBG", "PBG levy"),
      expression: "floorAreaM2 * localityIndex * unitPrice * functionIndex",
      constants: { localityIndex: "0.5", unitPrice: "1750000" },
      lookups: { functionIndex: { field: "buildingFunction", values: { hunian: "0.15", usaha: "0.7" } } },
      rounding: { mode: "down", step: 100 },
    },
    "verification",
  );

  it("computes the PBG levy exactly: floor area × locality index × unit price × function index", () => {
    // 120 × 0.5 × 1,750,000 × 0.15 = 15,750,000 with no floating-point drift.
    expect(assessFee(pbg, { floorAreaM2: 120, buildingFunction: "hunian" })).toEqual({
      ok: true,
      amount: 15_750_000,
      lines: [{ label: t("Retribusi PBG", "PBG levy"), amount: 15_750_000 }],
      inputs: [
        { name: "floorAreaM2", value: "120" },
        { name: "functionIndex", value: "0.15" },
      ],
    });
    // 33.33 × 0.5 × 1,750,000 × 0.7 = 20,414,625 → rounded down to the hundred.
    expect(assessFee(pbg, { floorAreaM2: 33.33, buildingFunction: "usaha" })).toMatchObject({ amount: 20_414_600 });
  });

  it("says which answer is missing or not understood instead of charging a wrong amount", () => {
    expect(assessFee(pbg, { floorAreaM2: 120 })).toMatchObject({ ok: false, reason: "missingAnswer", detail: "buildingFunction" });
    expect(assessFee(pbg, { floorAreaM2: 120, buildingFunction: "gudang" })).toMatchObject({ ok: false, reason: "unknownAnswer" });
    expect(assessFee(pbg, { floorAreaM2: "banyak", buildingFunction: "usaha" })).toMatchObject({ ok: false, reason: "notANumber" });
  });

  it("sums over the rows of a repeating group (one advertisement tax line per board)", () => {
    const reklame = rule({
      kind: "formula",
      label: t("Pajak reklame", "Advertisement tax"),
      expression: "sum(advertisements, widthM * heightM * faces * rate) * taxRate",
      constants: { taxRate: "0.25" },
      lookups: { rate: { field: "adType", values: { papan: "25000", kain: "10000" } } },
      rounding: { mode: "nearest", step: 1 },
    });
    const answers = {
      advertisements: [
        { adType: "papan", widthM: 4, heightM: 2.5, faces: 2 },
        { adType: "kain", widthM: 1.5, heightM: 0.7, faces: 1 },
      ],
    };
    // (4 × 2.5 × 2 × 25,000 + 1.5 × 0.7 × 1 × 10,000) × 0.25 = (500,000 + 10,500) × 0.25 = 127,625.
    expect(assessFee(reklame, answers)).toMatchObject({ ok: true, amount: 127_625 });
    expect(assessFee(reklame, { advertisements: [] })).toMatchObject({ ok: true, amount: 0 });
  });

  it("refuses a formula that does not parse when the rule is saved", () => {
    const parsed = feeRuleSchema.safeParse({
      computation: { kind: "formula", label: basis, expression: "area * (2", rounding: { mode: "down", step: 1 } },
      trigger: "verification",
      legalBasis: basis,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("payment.rule.formulaSyntax");
  });

  it("names what a formula reads that the form does not have", () => {
    expect(undefinedFormulaNames(pbg.computation, ["floorAreaM2", "buildingFunction"])).toEqual([]);
    expect(undefinedFormulaNames(pbg.computation, ["floorAreaM2"])).toEqual(["buildingFunction"]);
  });
});

describe("the formula language", () => {
  it("keeps precedence, parentheses, unary minus, min and max", () => {
    const value = (source: string) => roundRupiah(evaluate(source), "nearest", 1);
    expect(value("2 + 3 * 4")).toBe(14);
    expect(value("(2 + 3) * 4")).toBe(20);
    expect(value("-2 + 5")).toBe(3);
    expect(value("max(100, min(50, 70)) / 4")).toBe(25);
  });

  it("is not JavaScript: anything but arithmetic is a syntax error", () => {
    for (const source of ["process.exit()", "a; b", "constructor['x']", "1 ** 2", "alert(1)", ""]) {
      expect(() => parseFormula(source), source).toThrow(FormulaError);
    }
    expect(() => evaluate("1 / 0")).toThrow(FormulaError);
  });

  it("rounds down, up or to the nearest step, halves up", () => {
    expect(roundRupiah(parseDecimal("1250.5"), "down", 1)).toBe(1250);
    expect(roundRupiah(parseDecimal("1250.5"), "up", 1)).toBe(1251);
    expect(roundRupiah(parseDecimal("1250.5"), "nearest", 1)).toBe(1251);
    expect(roundRupiah(parseDecimal("1249.99"), "nearest", 100)).toBe(1200);
    expect(roundRupiah(parseDecimal("1250"), "nearest", 100)).toBe(1300);
    expect(roundRupiah(parseDecimal("1201"), "up", 1000)).toBe(2000);
  });
});

function evaluate(source: string) {
  const scope = {
    value(): never {
      throw new FormulaError("unknownName", "none");
    },
    rows() {
      return [];
    },
  };
  return evaluateTree(parseFormula(source), scope);
}
