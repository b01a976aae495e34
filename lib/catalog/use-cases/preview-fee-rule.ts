import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/platform/errors";
import { assessFee, type FeeAssessment } from "@/lib/payments/fee-rule";
import { FEE_INPUT, feeRuleFromInput, sampleAnswersFromInput } from "@/lib/payments/fee-rule-input";
import { getServiceForAdmin } from "../admin-queries";
import { draftFieldKeys } from "../draft";

export type FeePreview = Extract<FeeAssessment, { ok: true }> & { free: boolean };

/**
 * The standard editor's "Pratinjau": the fee rule as typed, applied to sample
 * answers with the very function a bill is computed with. Nothing is stored;
 * a rule or an answer that cannot be read is refused at its input.
 */
export async function previewFeeRule(actor: Actor, serviceId: string, values: Record<string, string>): Promise<FeePreview> {
  const service = await getServiceForAdmin(actor, serviceId);
  const read = feeRuleFromInput(values, draftFieldKeys(service.draft.formDefinition));
  if (!read.ok) throw new AppError("INVALID", "error.invalidInput", read.fieldErrors, read.fieldParams);
  const answers = sampleAnswersFromInput(values[FEE_INPUT.sample]);
  if (!answers) throw new AppError("INVALID", "error.invalidInput", { [FEE_INPUT.sample]: ["payment.rule.sampleFormat"] });
  const assessment = assessFee(read.rule, answers);
  if (!assessment.ok) {
    throw new AppError(
      "INVALID",
      "error.invalidInput",
      { [FEE_INPUT.sample]: [`payment.rule.preview.${assessment.reason}`] },
      { [FEE_INPUT.sample]: { detail: assessment.detail } },
    );
  }
  return { ...assessment, free: read.rule === null };
}
