/**
 * The fee rule as the admin standard editor posts it: one input per part of
 * the rule, lists one item a line (a table row, a constant, a lookup), and the
 * preview's sample answers as "name = value" lines. Pure: the editor's save
 * and its preview read the rule the same way, and the preview computes with
 * the very function the bill uses (assessFee).
 */
import type { MessageKey } from "@/lib/platform/i18n/messages";
import type { MessageParams } from "@/lib/platform/i18n/interpolate";
import { feeRuleSchema, undefinedFormulaNames, type FeeRule } from "./fee-rule";

export const FEE_RULE_KINDS = ["free", "fixed", "table", "formula"] as const;
export type FeeRuleKind = (typeof FEE_RULE_KINDS)[number];
export const ROUNDING_MODES = ["down", "up", "nearest"] as const;
export const ROUNDING_STEPS = ["1", "100", "1000"] as const;

/** The editor's input names, in the order the page shows them. */
export const FEE_INPUT = {
  kind: "feeRule.kind",
  trigger: "feeRule.trigger",
  legalBasisId: "feeRule.legalBasis.id",
  legalBasisEn: "feeRule.legalBasis.en",
  validDays: "feeRule.validDays",
  labelId: "feeRule.label.id",
  labelEn: "feeRule.label.en",
  amount: "feeRule.amount",
  field: "feeRule.field",
  rows: "feeRule.rows",
  expression: "feeRule.expression",
  constants: "feeRule.constants",
  lookups: "feeRule.lookups",
  roundingMode: "feeRule.roundingMode",
  roundingStep: "feeRule.roundingStep",
  sample: "feeRule.sample",
} as const;
export const VALIDITY_INPUT = "outputValidityMonths";

export type FeeInputErrors = { fieldErrors: Record<string, MessageKey[]>; fieldParams: Record<string, MessageParams> };
export type FeeRuleRead = { ok: true; rule: FeeRule | null } | ({ ok: false } & FeeInputErrors);

const lines = (raw: string | undefined) =>
  (raw ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const text = (values: Record<string, string | undefined>, name: string) => (values[name] ?? "").trim();

/** "30.000" and "30000" are both thirty thousand rupiah; "-5" stays negative so the schema names it. */
function rupiahOf(raw: string): number | string {
  const cleaned = raw.replace(/[.\s]/g, "");
  return /^-?\d{1,12}$/.test(cleaned) ? Number(cleaned) : raw;
}

/**
 * The posted rule, checked whole: the schema's own messages, plus the answers
 * it reads that the draft form does not have (`formFieldKeys`). Free (or no
 * kind) is no rule at all.
 */
export function feeRuleFromInput(values: Record<string, string | undefined>, formFieldKeys: readonly string[]): FeeRuleRead {
  const kind = text(values, FEE_INPUT.kind) || "free";
  if (kind === "free") return { ok: true, rule: null };
  const errors: FeeInputErrors = { fieldErrors: {}, fieldParams: {} };
  const add = (name: string, message: MessageKey, params?: MessageParams) => {
    if (errors.fieldErrors[name]) return;
    errors.fieldErrors[name] = [message];
    if (params) errors.fieldParams[name] = params;
  };
  const label = { id: text(values, FEE_INPUT.labelId), en: text(values, FEE_INPUT.labelEn) };
  let computation: unknown;
  if (kind === "fixed") computation = { kind, amount: rupiahOf(text(values, FEE_INPUT.amount)), label };
  else if (kind === "table") {
    const rows = lines(values[FEE_INPUT.rows]).map((line) => {
      const [value = "", amount = "", labelId = "", labelEn = ""] = line.split("|").map((part) => part.trim());
      if (!value || !amount || !labelId || !labelEn) add(FEE_INPUT.rows, "payment.rule.rowFormat");
      return { value, amount: rupiahOf(amount), label: { id: labelId, en: labelEn } };
    });
    computation = { kind, field: text(values, FEE_INPUT.field), rows };
  } else if (kind === "formula") {
    const constants: Record<string, string> = {};
    for (const line of lines(values[FEE_INPUT.constants])) {
      const [name = "", number = ""] = line.split("=").map((part) => part.trim());
      if (!name || !number) add(FEE_INPUT.constants, "payment.rule.constantFormat");
      constants[name] = number;
    }
    const lookups: Record<string, { field: string; values: Record<string, string> }> = {};
    for (const line of lines(values[FEE_INPUT.lookups])) {
      const [name = "", field = "", pairs = ""] = line.split("|").map((part) => part.trim());
      const mapped: Record<string, string> = {};
      for (const pair of pairs.split(",").map((part) => part.trim())) {
        const [answer = "", number = ""] = pair.split("=").map((part) => part.trim());
        if (!answer || !number) add(FEE_INPUT.lookups, "payment.rule.lookupFormat");
        mapped[answer] = number;
      }
      if (!name || !field) add(FEE_INPUT.lookups, "payment.rule.lookupFormat");
      lookups[name] = { field, values: mapped };
    }
    computation = {
      kind,
      expression: text(values, FEE_INPUT.expression),
      label,
      constants,
      lookups,
      rounding: { mode: text(values, FEE_INPUT.roundingMode), step: Number(text(values, FEE_INPUT.roundingStep)) },
    };
  } else {
    add(FEE_INPUT.kind, "catalogAdmin.error.choiceInvalid");
  }
  const validDays = text(values, FEE_INPUT.validDays);
  const candidate = {
    computation,
    trigger: text(values, FEE_INPUT.trigger),
    legalBasis: { id: text(values, FEE_INPUT.legalBasisId), en: text(values, FEE_INPUT.legalBasisEn) },
    validDays: /^\d{1,3}$/.test(validDays) ? Number(validDays) : validDays || undefined,
  };
  const parsed = feeRuleSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const input = inputOf(issue.path);
      add(input, messageOf(issue, input));
    }
  } else {
    const unknown = undefinedFormulaNames(parsed.data.computation, formFieldKeys);
    if (unknown.length)
      add(parsed.data.computation.kind === "table" ? FEE_INPUT.field : FEE_INPUT.expression, "payment.rule.unknownField", { names: unknown.join(", ") });
  }
  if (Object.keys(errors.fieldErrors).length) return { ok: false, ...errors };
  return { ok: true, rule: parsed.data! };
}

/** Our schemas write catalog keys; zod's own messages (a wrong type, a missing text) become "fill this in". */
function messageOf(issue: { message: string }, input: string): MessageKey {
  if (issue.message.startsWith("payment.rule.")) return issue.message as MessageKey;
  if (input === FEE_INPUT.amount) return "payment.rule.wholeRupiah";
  if (input === FEE_INPUT.rows) return "payment.rule.rowFormat";
  return "payment.rule.required";
}

/** The input a schema issue is about. */
function inputOf(path: readonly PropertyKey[]): string {
  const [first, second, third] = path.map(String);
  if (first === "trigger") return FEE_INPUT.trigger;
  if (first === "validDays") return FEE_INPUT.validDays;
  if (first === "legalBasis") return third === undefined && second === "en" ? FEE_INPUT.legalBasisEn : FEE_INPUT.legalBasisId;
  if (first !== "computation") return FEE_INPUT.kind;
  switch (second) {
    case "amount":
      return FEE_INPUT.amount;
    case "label":
      return third === "en" ? FEE_INPUT.labelEn : FEE_INPUT.labelId;
    case "field":
      return FEE_INPUT.field;
    case "rows":
      return FEE_INPUT.rows;
    case "expression":
      return FEE_INPUT.expression;
    case "constants":
      return FEE_INPUT.constants;
    case "lookups":
      return FEE_INPUT.lookups;
    case "rounding":
      return third === "step" ? FEE_INPUT.roundingStep : FEE_INPUT.roundingMode;
    default:
      return FEE_INPUT.kind;
  }
}

/** The editor's inputs for a stored rule (absent: free, billed at submission, valid 7 days). */
export function inputFromFeeRule(rule: unknown): Record<string, string> {
  const parsed = feeRuleSchema.safeParse(rule);
  const values: Record<string, string> = {
    [FEE_INPUT.kind]: "free",
    [FEE_INPUT.trigger]: "submission",
    [FEE_INPUT.validDays]: "7",
    [FEE_INPUT.roundingMode]: "nearest",
    [FEE_INPUT.roundingStep]: "1",
  };
  if (!parsed.success) return values;
  const { computation, trigger, legalBasis, validDays } = parsed.data;
  Object.assign(values, {
    [FEE_INPUT.kind]: computation.kind,
    [FEE_INPUT.trigger]: trigger,
    [FEE_INPUT.legalBasisId]: legalBasis.id,
    [FEE_INPUT.legalBasisEn]: legalBasis.en,
    [FEE_INPUT.validDays]: String(validDays),
  });
  if (computation.kind === "fixed" || computation.kind === "formula") {
    values[FEE_INPUT.labelId] = computation.label.id;
    values[FEE_INPUT.labelEn] = computation.label.en;
  }
  if (computation.kind === "fixed") values[FEE_INPUT.amount] = String(computation.amount);
  if (computation.kind === "table") {
    values[FEE_INPUT.field] = computation.field;
    values[FEE_INPUT.rows] = computation.rows.map((row) => [row.value, row.amount, row.label.id, row.label.en].join(" | ")).join("\n");
  }
  if (computation.kind === "formula") {
    values[FEE_INPUT.expression] = computation.expression;
    values[FEE_INPUT.constants] = Object.entries(computation.constants)
      .map(([name, number]) => `${name} = ${number}`)
      .join("\n");
    values[FEE_INPUT.lookups] = Object.entries(computation.lookups)
      .map(
        ([name, lookup]) =>
          `${name} | ${lookup.field} | ${Object.entries(lookup.values)
            .map(([answer, number]) => `${answer}=${number}`)
            .join(", ")}`,
      )
      .join("\n");
    values[FEE_INPUT.roundingMode] = computation.rounding.mode;
    values[FEE_INPUT.roundingStep] = String(computation.rounding.step);
  }
  return values;
}

/**
 * The preview's sample answers: "name = value" a line; a repeating group's
 * answers are "group.1.name = value" (row 1, 2, …). Returns null when a line
 * cannot be read.
 */
export function sampleAnswersFromInput(raw: string | undefined): Record<string, unknown> | null {
  const answers: Record<string, unknown> = {};
  for (const line of lines(raw)) {
    const at = line.indexOf("=");
    if (at < 1) return null;
    const name = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    const row = /^([A-Za-z_]\w*)\.(\d{1,2})\.([A-Za-z_]\w*)$/.exec(name);
    if (row) {
      const [, group, index, key] = row as unknown as [string, string, string, string];
      const existing = answers[group];
      const rows = (Array.isArray(existing) ? existing : (answers[group] = [])) as Record<string, unknown>[];
      const position = Number(index) - 1;
      if (position < 0) return null;
      for (let i = rows.length; i <= position; i += 1) rows.push({});
      rows[position]![key] = value;
    } else if (/^[A-Za-z_]\w*$/.test(name)) answers[name] = value;
    else return null;
  }
  return answers;
}

/** The output's validity as typed: blank means the output does not expire. */
export function validityFromInput(raw: string | undefined): { ok: true; months: number | undefined } | { ok: false } {
  const value = (raw ?? "").trim();
  if (!value) return { ok: true, months: undefined };
  if (!/^\d{1,3}$/.test(value)) return { ok: false };
  const months = Number(value);
  return months >= 1 && months <= 240 ? { ok: true, months } : { ok: false };
}
