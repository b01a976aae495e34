/**
 * A service's working draft: the next standard version being prepared by an
 * admin (DESIGN.md §2). It may be incomplete while it is edited; it is checked
 * against the very schemas the runtime uses (serviceStandardSchema,
 * formDefinitionSchema) only when it is published. Pure: no database here.
 */
import { z } from "zod";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { definitionIssueMessage, flatIssues } from "./definition-issues";
import { patternCompiles } from "./field-input";
import { formDefinitionSchema, type FormDefinition } from "./form-definition";
import { feeRuleSchema, undefinedFormulaNames } from "@/lib/payments/fee-rule";
import { serviceStandardSchema, walletDeclarationsOf, type ServiceStandard } from "./standard";

/** A field as stored in a draft: the published field's shape, not yet checked as a whole. */
export type DraftField = { key: string; type: string; fields?: DraftField[] } & Record<string, unknown>;
export type DraftSection = { key: string; title: { id: string; en: string }; fields: DraftField[] };
export type DraftForm = { sections: DraftSection[] };

export type ServiceDraft = {
  /** Bumped by every edit: a form posts the revision it showed, so a resent post changes nothing twice. */
  revision: number;
  /** The version number this exact revision was published as, if it was. */
  publishedAs: number | null;
  standard: Record<string, unknown>;
  formDefinition: DraftForm;
  slaWorkingDays: number | null;
  feeAmount: number | null;
};

const draftFieldSchema: z.ZodType<DraftField> = z.lazy(() =>
  z.looseObject({ key: z.string(), type: z.string(), fields: z.array(draftFieldSchema).optional() }),
);

const storedDraftSchema = z.object({
  revision: z.number().int().min(0),
  publishedAs: z.number().int().nullable().default(null),
  standard: z.record(z.string(), z.unknown()),
  formDefinition: z.object({
    sections: z.array(z.object({ key: z.string(), title: z.object({ id: z.string(), en: z.string() }), fields: z.array(draftFieldSchema) })),
  }),
  slaWorkingDays: z.number().int().nullable(),
  feeAmount: z.number().int().nullable(),
});

export const EMPTY_DRAFT: ServiceDraft = {
  revision: 0,
  publishedAs: null,
  standard: {},
  formDefinition: { sections: [] },
  slaWorkingDays: null,
  feeAmount: null,
};

/** A draft as stored on the service; anything unreadable starts over from the published version or empty. */
export function readDraft(stored: unknown): ServiceDraft | null {
  const parsed = storedDraftSchema.safeParse(stored);
  return parsed.success ? structuredClone(parsed.data) : null;
}

type VersionContent = { standard: unknown; formDefinition: unknown; slaWorkingDays: number; feeAmount: number };

/** The draft to edit: the stored one, else a copy of the published version, else an empty one. */
export function workingDraft(stored: unknown, current: VersionContent | null): ServiceDraft {
  const draft = readDraft(stored);
  if (draft) return draft;
  if (!current) return structuredClone(EMPTY_DRAFT);
  return {
    revision: 0,
    publishedAs: null,
    standard: structuredClone(current.standard as Record<string, unknown>),
    formDefinition: structuredClone(current.formDefinition as DraftForm),
    slaWorkingDays: current.slaWorkingDays,
    feeAmount: current.feeAmount,
  };
}

/** Where a problem is, as the admin pages name inputs: "standard.requirements.en", "form.sections.0.fields.1.label.id". */
export type DraftIssue = { path: string; message: MessageKey };

export const slaWorkingDaysSchema = z
  .number({ error: "catalogAdmin.error.slaDays" })
  .int("catalogAdmin.error.slaDays")
  .min(1, "catalogAdmin.error.slaDays")
  .max(365, "catalogAdmin.error.slaDays");
export const feeAmountSchema = z
  .number({ error: "catalogAdmin.error.fee" })
  .int("catalogAdmin.error.fee")
  .min(0, "catalogAdmin.error.fee")
  .max(1_000_000_000, "catalogAdmin.error.fee");

/** The standard's problems, one per input (a list component's lines are one textarea per language). */
export function standardIssues(standard: unknown): DraftIssue[] {
  const result = serviceStandardSchema.safeParse(standard);
  if (result.success) return [];
  const seen = new Set<string>();
  const issues: DraftIssue[] = [];
  for (const issue of flatIssues(result.error.issues)) {
    const [component, second, third] = issue.path.map(String);
    const language = typeof issue.path[1] === "number" ? third : second;
    const path = language === "id" || language === "en" ? `standard.${component}.${language}` : `standard.${component}`;
    if (seen.has(path)) continue;
    seen.add(path);
    issues.push({ path, message: definitionIssueMessage(issue) });
  }
  return issues;
}

/** The form definition's problems, each at the place the form builder shows it. */
export function formIssues(definition: DraftForm): DraftIssue[] {
  const result = formDefinitionSchema.safeParse(definition);
  const issues = result.success
    ? []
    : flatIssues(result.error.issues).map((issue) => ({ path: ["form", ...issue.path].join("."), message: definitionIssueMessage(issue) }));
  // The schema accepts any pattern text; one the browser cannot compile would break the citizen's form.
  definition.sections.forEach((section, s) =>
    section.fields.forEach((field, f) =>
      [field, ...(field.fields ?? [])].forEach((candidate, index) => {
        if (typeof candidate.pattern === "string" && !patternCompiles(candidate.pattern)) {
          const at = index === 0 ? `form.sections.${s}.fields.${f}` : `form.sections.${s}.fields.${f}.fields.${index - 1}`;
          issues.push({ path: `${at}.pattern`, message: "catalogAdmin.error.patternInvalid" });
        }
      }),
    ),
  );
  return issues;
}

export type PublishableContent = {
  standard: ServiceStandard;
  formDefinition: FormDefinition;
  slaWorkingDays: number;
  feeAmount: number;
};

/** Checks a whole draft with the runtime's schemas: the content of a new version, or every problem. */
export function checkDraft(draft: ServiceDraft): { ok: true; content: PublishableContent } | { ok: false; issues: DraftIssue[] } {
  const issues = [...standardIssues(draft.standard), ...formIssues(draft.formDefinition), ...feeRuleFormIssues(draft), ...walletFormIssues(draft)];
  const sla = slaWorkingDaysSchema.safeParse(draft.slaWorkingDays);
  if (!sla.success) issues.push({ path: "slaWorkingDays", message: "catalogAdmin.error.slaDays" });
  const fee = feeAmountSchema.safeParse(draft.feeAmount);
  if (!fee.success) issues.push({ path: "feeAmount", message: "catalogAdmin.error.fee" });
  if (issues.length || !sla.success || !fee.success) return { ok: false, issues };
  return {
    ok: true,
    content: {
      standard: serviceStandardSchema.parse(draft.standard),
      formDefinition: formDefinitionSchema.parse(draft.formDefinition),
      slaWorkingDays: sla.data,
      feeAmount: fee.data,
    },
  };
}

/** Every answer key of a draft form, a group's members included: the names a fee rule may read. */
export function draftFieldKeys(definition: DraftForm): string[] {
  return definition.sections.flatMap((section) => section.fields.flatMap((field) => [field.key, ...(field.fields ?? []).map((member) => member.key)]));
}

/**
 * The draft form's answers the wallet may name (DESIGN.md §16): an output's facts come from top-level answers
 * other than uploads (a group is printed on the document as a list), and facts taken from another output fill
 * top-level answers that are neither uploads nor groups.
 */
export function walletFieldKeys(form: DraftForm): { outputFacts: string[]; fillable: string[] } {
  const fields = form.sections.flatMap((section) => section.fields).filter((field) => field.type !== "file");
  return { outputFacts: fields.map((field) => field.key), fillable: fields.filter((field) => field.type !== "group").map((field) => field.key) };
}

/** Wallet facts saved before their form changed may name an answer the form no longer has: empty on every output, so it blocks publishing. */
function walletFormIssues(draft: ServiceDraft): DraftIssue[] {
  const { outputFacts, sharedFacts } = walletDeclarationsOf(draft.standard);
  const keys = walletFieldKeys(draft.formDefinition);
  const fine =
    Object.values(outputFacts).every((key) => keys.outputFacts.includes(key)) &&
    sharedFacts.every((declaration) => declaration.fields.every(({ field }) => keys.fillable.includes(field)));
  return fine ? [] : [{ path: "standard.outputFacts", message: "catalogAdmin.wallet.unknownFieldAtPublish" }];
}

/** A fee rule saved before its form changed may read an answer the form no longer has: it would refuse every bill, so it blocks publishing. */
function feeRuleFormIssues(draft: ServiceDraft): DraftIssue[] {
  const rule = feeRuleSchema.safeParse(draft.standard.feeRule);
  if (!rule.success) return [];
  return undefinedFormulaNames(rule.data.computation, draftFieldKeys(draft.formDefinition)).length
    ? [{ path: "standard.feeRule", message: "payment.rule.unknownFieldAtPublish" }]
    : [];
}
