import { FEE_INPUT, FEE_RULE_KINDS, ROUNDING_MODES, ROUNDING_STEPS } from "@/lib/payments/fee-rule-input";
import { FEE_TRIGGERS } from "@/lib/payments/fee-rule";
import type { Translator } from "@/lib/platform/i18n/messages";
import type { InputSpec } from "./spec-form";

/**
 * The standard editor's fee rule: every part shown at once (so it works
 * without JavaScript), each hint saying which kind of rule uses it, then the
 * sample answers, the "Pratinjau" button and its result.
 */
export function feeRuleInputs(t: Translator): InputSpec[] {
  return [
    { kind: "heading", text: t("catalogAdmin.fee.heading"), note: t("catalogAdmin.fee.note") },
    {
      kind: "select",
      name: FEE_INPUT.kind,
      label: t("catalogAdmin.fee.kind"),
      options: FEE_RULE_KINDS.map((kind) => ({ value: kind, label: t(`catalogAdmin.fee.kind.${kind}`) })),
    },
    {
      kind: "select",
      name: FEE_INPUT.trigger,
      label: t("catalogAdmin.fee.trigger"),
      options: FEE_TRIGGERS.map((trigger) => ({ value: trigger, label: t(`catalogAdmin.fee.trigger.${trigger}`) })),
    },
    { kind: "textarea", name: FEE_INPUT.legalBasisId, label: t("catalogAdmin.fee.legalBasisId"), rows: 2 },
    { kind: "textarea", name: FEE_INPUT.legalBasisEn, label: t("catalogAdmin.fee.legalBasisEn"), rows: 2 },
    { kind: "text", name: FEE_INPUT.validDays, label: t("catalogAdmin.fee.validDays"), inputMode: "numeric" },
    { kind: "text", name: FEE_INPUT.labelId, label: t("catalogAdmin.fee.labelId"), hint: t("catalogAdmin.fee.labelHint") },
    { kind: "text", name: FEE_INPUT.labelEn, label: t("catalogAdmin.fee.labelEn") },
    { kind: "text", name: FEE_INPUT.amount, label: t("catalogAdmin.fee.amount"), hint: t("catalogAdmin.fee.amountHint"), inputMode: "numeric" },
    { kind: "text", name: FEE_INPUT.field, label: t("catalogAdmin.fee.field"), hint: t("catalogAdmin.fee.fieldHint") },
    { kind: "textarea", name: FEE_INPUT.rows, label: t("catalogAdmin.fee.rows"), hint: t("catalogAdmin.fee.rowsHint"), rows: 4 },
    { kind: "textarea", name: FEE_INPUT.expression, label: t("catalogAdmin.fee.expression"), hint: t("catalogAdmin.fee.expressionHint"), rows: 2 },
    { kind: "textarea", name: FEE_INPUT.constants, label: t("catalogAdmin.fee.constants"), hint: t("catalogAdmin.fee.constantsHint"), rows: 3 },
    { kind: "textarea", name: FEE_INPUT.lookups, label: t("catalogAdmin.fee.lookups"), hint: t("catalogAdmin.fee.lookupsHint"), rows: 3 },
    {
      kind: "select",
      name: FEE_INPUT.roundingMode,
      label: t("catalogAdmin.fee.roundingMode"),
      options: ROUNDING_MODES.map((mode) => ({ value: mode, label: t(`catalogAdmin.fee.rounding.${mode}`) })),
    },
    {
      kind: "select",
      name: FEE_INPUT.roundingStep,
      label: t("catalogAdmin.fee.roundingStep"),
      options: ROUNDING_STEPS.map((step) => ({ value: step, label: `Rp${Number(step).toLocaleString("id-ID")}` })),
    },
    { kind: "textarea", name: FEE_INPUT.sample, label: t("catalogAdmin.fee.sample"), hint: t("catalogAdmin.fee.sampleHint"), rows: 4 },
    { kind: "submit", value: "previewFee", label: t("catalogAdmin.fee.preview") },
    { kind: "outcome", label: t("catalogAdmin.fee.previewResult") },
  ];
}
