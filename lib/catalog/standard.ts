import { z } from "zod";
import { localizedListSchema, localizedTextSchema } from "@/lib/platform/i18n/localized";
import { feeRuleSchema } from "@/lib/payments/fee-rule";
import { documentTypeSchema } from "./form-definition";

/** The name of a fact or an answer in the wallet declarations. */
export const answerKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);

/**
 * The published service standard (Standar Pelayanan, PermenPANRB 15/2014).
 * The first six components are the delivery components shown up front; the
 * other eight are management components shown on a detail tab.
 * The numeric time limit (working days) and fee (Rupiah) live on the standard
 * version itself because the SLA engine and the fee display compute with them;
 * `timeLimit` and `fee` here are the published wording around those numbers.
 */
export const serviceStandardSchema = z.object({
  requirements: localizedListSchema,
  procedure: localizedListSchema,
  timeLimit: localizedTextSchema,
  fee: localizedTextSchema,
  /** The fee as a rule the portal bills by (lib/payments/fee-rule.ts); absent for a free service. */
  feeRule: feeRuleSchema.optional(),
  output: localizedTextSchema,
  /** How long the output document is valid, in months (the SKCK: 6); absent, it does not expire. Drives the wallet's expiry and reminders. */
  outputValidityMonths: z.number().int().min(1).max(240).optional(),
  /** The document type the output is (DESIGN.md §16): a requirement naming it can be met from the citizen's wallet. */
  outputDocumentType: documentTypeSchema.optional(),
  /** Facts the output holds, by name, each read from an answer of this service's form (`childName` → the answer `childName`). */
  outputFacts: z.record(answerKeySchema, answerKeySchema).optional(),
  /**
   * Facts this service needs from another service's output: with the citizen's
   * consent on the form, each named fact fills the field given.
   */
  sharedFacts: z
    .array(z.object({ documentType: documentTypeSchema, fields: z.array(z.object({ fact: answerKeySchema, field: answerKeySchema })).min(1) }))
    .optional(),
  complaintHandling: localizedListSchema,
  legalBasis: localizedListSchema,
  facilities: localizedListSchema,
  staffCompetence: localizedListSchema,
  internalSupervision: localizedListSchema,
  staffCount: localizedTextSchema,
  serviceGuarantee: localizedTextSchema,
  securityGuarantee: localizedTextSchema,
  performanceEvaluation: localizedTextSchema,
});
export type ServiceStandard = z.infer<typeof serviceStandardSchema>;

/**
 * What a stored standard declares for the citizen's wallet (DESIGN.md §16): the document type its output is, the
 * facts that output holds, and the facts it needs from another service's output; nothing for what does not parse.
 */
const declarationsSchema = serviceStandardSchema.pick({ outputDocumentType: true, outputFacts: true, sharedFacts: true });

export type WalletDeclarations = {
  outputDocumentType: string | null;
  outputFacts: Record<string, string>;
  sharedFacts: { documentType: string; fields: { fact: string; field: string }[] }[];
};

export function walletDeclarationsOf(standard: unknown): WalletDeclarations {
  const parsed = declarationsSchema.safeParse(standard && typeof standard === "object" ? standard : {});
  const data = parsed.success ? parsed.data : {};
  return { outputDocumentType: data.outputDocumentType ?? null, outputFacts: data.outputFacts ?? {}, sharedFacts: data.sharedFacts ?? [] };
}

export const DELIVERY_COMPONENTS = [
  "requirements",
  "procedure",
  "timeLimit",
  "fee",
  "output",
  "complaintHandling",
] as const satisfies readonly (keyof ServiceStandard)[];

export const MANAGEMENT_COMPONENTS = [
  "legalBasis",
  "facilities",
  "staffCompetence",
  "internalSupervision",
  "staffCount",
  "serviceGuarantee",
  "securityGuarantee",
  "performanceEvaluation",
] as const satisfies readonly (keyof ServiceStandard)[];
