import { z } from "zod";
import { localizedTextSchema, type LocalizedText } from "@/lib/platform/i18n/localized";
import { evaluateFormula, formulaNames, fromNumber, parseDecimal, parseFormula, roundRupiah, FormulaError, type Fraction, type FormulaScope } from "./formula";

/**
 * The fee component of a service standard as a rule (DESIGN.md §14): free, a
 * fixed amount, a table over one answer (new or renewal), or a formula over
 * the answers. It lives in the standard version's JSON beside the published
 * fee wording, so it is versioned with the standard and an application keeps
 * the rule it was filed under. Amounts are whole rupiah.
 */

const rupiah = z.number().int("payment.rule.wholeRupiah").min(0, "payment.rule.wholeRupiah").max(100_000_000_000, "payment.rule.tooLarge");
const decimal = z.string().regex(/^\d+(\.\d{1,6})?$/, "payment.rule.decimal");
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/, "payment.rule.name");

const computationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("free") }),
  z.object({ kind: z.literal("fixed"), amount: rupiah.min(1, "payment.rule.wholeRupiah"), label: localizedTextSchema }),
  z.object({
    kind: z.literal("table"),
    /** The select or radio answer the table is keyed by. */
    field: identifier,
    rows: z
      .array(z.object({ value: z.string().min(1).max(60), amount: rupiah, label: localizedTextSchema }))
      .min(1)
      .max(50),
  }),
  z.object({
    kind: z.literal("formula"),
    expression: z.string().trim().min(1).max(500),
    label: localizedTextSchema,
    /** Named numbers read from a select answer (e.g. the building-function index). */
    lookups: z.record(identifier, z.object({ field: identifier, values: z.record(z.string(), decimal) })).default({}),
    /** Named constants (unit prices, rates) so the expression reads like the regulation. */
    constants: z.record(identifier, decimal).default({}),
    rounding: z.object({ mode: z.enum(["down", "up", "nearest"]), step: z.union([z.literal(1), z.literal(100), z.literal(1000)]) }),
  }),
]);

export const FEE_TRIGGERS = ["submission", "verification"] as const;
export type FeeTrigger = (typeof FEE_TRIGGERS)[number];

export const feeRuleSchema = z
  .object({
    computation: computationSchema,
    /** When the bill is created: at submission (a fixed fee) or after the officer's verification (computed from checked answers). */
    trigger: z.enum(FEE_TRIGGERS),
    legalBasis: localizedTextSchema,
    /** Days a bill stays payable. */
    validDays: z.number().int().min(1).max(90).default(7),
  })
  .superRefine((rule, context) => {
    if (rule.computation.kind !== "formula") return;
    try {
      parseFormula(rule.computation.expression);
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      context.addIssue({ code: "custom", path: ["computation", "expression"], message: "payment.rule.formulaSyntax" });
    }
  });
export type FeeRule = z.infer<typeof feeRuleSchema>;
export type FeeComputation = FeeRule["computation"];

export type FeeLine = { label: LocalizedText; amount: number };
export type FeeAssessment =
  | { ok: true; amount: number; lines: FeeLine[]; inputs: { name: string; value: string }[] }
  | { ok: false; reason: "unknownAnswer" | "missingAnswer" | "notANumber" | "divisionByZero" | "formulaSyntax"; detail: string };

const FREE: FeeAssessment = { ok: true, amount: 0, lines: [], inputs: [] };

/** What the rule charges for these answers; a pure function, the same one the admin preview runs. */
export function assessFee(rule: FeeRule | null | undefined, answers: Record<string, unknown>): FeeAssessment {
  if (!rule) return FREE;
  const computation = rule.computation;
  switch (computation.kind) {
    case "free":
      return FREE;
    case "fixed":
      return { ok: true, amount: computation.amount, lines: [{ label: computation.label, amount: computation.amount }], inputs: [] };
    case "table": {
      const answer = answers[computation.field];
      if (answer === undefined || answer === null || answer === "") return { ok: false, reason: "missingAnswer", detail: computation.field };
      const row = computation.rows.find((candidate) => candidate.value === String(answer));
      if (!row) return { ok: false, reason: "unknownAnswer", detail: `${computation.field}=${String(answer)}` };
      return { ok: true, amount: row.amount, lines: [{ label: row.label, amount: row.amount }], inputs: [{ name: computation.field, value: String(answer) }] };
    }
    case "formula":
      return assessFormula(computation, answers);
  }
}

type FormulaComputation = Extract<FeeComputation, { kind: "formula" }>;

function assessFormula(computation: FormulaComputation, answers: Record<string, unknown>): FeeAssessment {
  const inputs = new Map<string, string>();
  const scopeOf = (values: Record<string, unknown>, outer: FormulaScope | null, prefix: string): FormulaScope => ({
    value(name) {
      const constant = computation.constants[name];
      if (constant !== undefined) return parseDecimal(constant);
      const lookup = computation.lookups[name];
      if (lookup && (lookup.field in values || !outer)) {
        const answer = values[lookup.field];
        if (answer === undefined || answer === null || answer === "") throw new FormulaError("unknownName", `missing:${lookup.field}`);
        const mapped = lookup.values[String(answer)];
        if (mapped === undefined) throw new FormulaError("unknownName", `unknown:${lookup.field}=${String(answer)}`);
        inputs.set(`${prefix}${name}`, mapped);
        return parseDecimal(mapped);
      }
      if (name in values) {
        const number = numericAnswer(values[name]);
        if (!number) throw new FormulaError("notANumber", name);
        inputs.set(`${prefix}${name}`, String(values[name]));
        return number;
      }
      if (outer) return outer.value(name);
      throw new FormulaError("unknownName", `missing:${name}`);
    },
    rows(group) {
      const rows = values[group];
      if (!Array.isArray(rows)) throw new FormulaError("notAGroup", group);
      return rows.map((row, index) => scopeOf((row ?? {}) as Record<string, unknown>, this, `${group}[${index + 1}].`));
    },
  });
  let total: Fraction;
  try {
    total = evaluateFormula(parseFormula(computation.expression), scopeOf(answers, null, ""));
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return formulaFailure(error);
  }
  const amount = Math.max(0, roundRupiah(total, computation.rounding.mode, computation.rounding.step));
  return { ok: true, amount, lines: [{ label: computation.label, amount }], inputs: [...inputs].map(([name, value]) => ({ name, value })) };
}

function formulaFailure(error: FormulaError): FeeAssessment {
  if (error.reason === "divisionByZero") return { ok: false, reason: "divisionByZero", detail: "" };
  if (error.reason === "syntax") return { ok: false, reason: "formulaSyntax", detail: error.detail };
  if (error.reason === "notANumber") return { ok: false, reason: "notANumber", detail: error.detail };
  const [kind, name = ""] = error.detail.split(/:(.*)/s);
  return { ok: false, reason: kind === "unknown" ? "unknownAnswer" : "missingAnswer", detail: name };
}

function numericAnswer(value: unknown): Fraction | null {
  if (typeof value === "number" && Number.isFinite(value)) return fromNumber(value);
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return parseDecimal(value);
  return null;
}

/** Names a formula reads that neither the rule nor the form defines: what the admin editor flags before publishing. */
export function undefinedFormulaNames(computation: FeeComputation, formFieldKeys: readonly string[]): string[] {
  if (computation.kind === "table") return formFieldKeys.includes(computation.field) ? [] : [computation.field];
  if (computation.kind !== "formula") return [];
  let tree;
  try {
    tree = parseFormula(computation.expression);
  } catch {
    return [];
  }
  const { names, groups } = formulaNames(tree);
  const known = new Set([...formFieldKeys, ...Object.keys(computation.constants), ...Object.keys(computation.lookups)]);
  const lookupFields = Object.values(computation.lookups)
    .map((lookup) => lookup.field)
    .filter((field) => !formFieldKeys.includes(field));
  return [...new Set([...names.filter((name) => !known.has(name)), ...groups.filter((group) => !formFieldKeys.includes(group)), ...lookupFields])];
}

/** A rule that charges something: free and absent rules create no bill. */
export function chargesFee(rule: FeeRule | null | undefined): rule is FeeRule {
  return !!rule && rule.computation.kind !== "free";
}

/** The fee rule a standard version carries (standard.feeRule), or null for a free service or an unreadable rule. */
export function feeRuleOf(standard: unknown): FeeRule | null {
  const raw = standard && typeof standard === "object" ? (standard as { feeRule?: unknown }).feeRule : undefined;
  if (raw === undefined) return null;
  const parsed = feeRuleSchema.safeParse(raw);
  return parsed.success && chargesFee(parsed.data) ? parsed.data : null;
}

/** The rule bills at this step: the transition that reaches it goes to AWAITING_PAYMENT instead. */
export function billsAt(rule: FeeRule | null, trigger: FeeTrigger): FeeRule | null {
  return rule && rule.trigger === trigger ? rule : null;
}
