import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { MessageParams } from "@/lib/platform/i18n/interpolate";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { parseOrThrow } from "@/lib/platform/validation";
import { FEE_INPUT, VALIDITY_INPUT, feeRuleFromInput, validityFromInput } from "@/lib/payments/fee-rule-input";
import { draftNumbersSchema } from "../admin-input";
import { draftFieldKeys, walletFieldKeys, type DraftForm } from "../draft";
import { standardFromInput } from "../standard-input";
import { WALLET_INPUT, walletDeclarationsFromInput, withWalletDeclarations } from "../wallet-input";
import { z } from "zod";
import { editServiceDraft, type AdminContext } from "./catalog-writes";

const inputSchema = z.object({ revision: z.coerce.number().int().min(0) }).and(draftNumbersSchema);

/**
 * Saves the draft standard: the 14 components, SLA working days and fee, the
 * fee rule, the output's validity and its wallet declarations. An unfinished
 * standard may be saved (the publish step checks it whole); the numbers must
 * be numbers, and a fee rule and the wallet's facts must read only answers
 * the draft form has, since a wrong rule would bill a wrong amount and a
 * wrong fact would be empty on every output.
 */
export async function saveStandardDraft(actor: Actor, serviceId: string, values: Record<string, string>, context: AdminContext): Promise<{ revision: number }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const numbers = parseOrThrow(inputSchema, values);
  const standard = standardFromInput(values);
  const draft = await db.$transaction((tx) =>
    editServiceDraft(tx, admin, { serviceId, revision: numbers.revision, action: "service.standardDraftSaved", ip: context.ip }, (current) => ({
      ...current,
      standard: withEditorExtras({ ...current.standard, ...standard }, current.formDefinition, values),
      slaWorkingDays: numbers.slaWorkingDays,
      feeAmount: numbers.feeAmount,
    })),
  );
  return { revision: draft.revision };
}

/**
 * The standard with the fee rule, the output's validity and the wallet
 * declarations as posted. A post without their inputs (an older form, an API
 * client) keeps what the draft has; a free rule or a blank input removes them.
 */
function withEditorExtras(standard: Record<string, unknown>, form: DraftForm, values: Record<string, string>): Record<string, unknown> {
  let next = { ...standard };
  let errors: Record<string, MessageKey[]> = {};
  let params: Record<string, MessageParams> = {};
  if (FEE_INPUT.kind in values) {
    const read = feeRuleFromInput(values, draftFieldKeys(form));
    if (!read.ok) [errors, params] = [{ ...read.fieldErrors }, { ...read.fieldParams }];
    else if (read.rule) next.feeRule = read.rule;
    else delete next.feeRule;
  }
  if (VALIDITY_INPUT in values) {
    const validity = validityFromInput(values[VALIDITY_INPUT]);
    if (!validity.ok) errors[VALIDITY_INPUT] = ["catalogAdmin.validity.invalid"];
    else if (validity.months) next.outputValidityMonths = validity.months;
    else delete next.outputValidityMonths;
  }
  if (WALLET_INPUT.outputFacts in values) {
    const wallet = walletDeclarationsFromInput(values, walletFieldKeys(form));
    if (!wallet.ok)
      [errors, params] = [
        { ...errors, ...wallet.fieldErrors },
        { ...params, ...wallet.fieldParams },
      ];
    else next = withWalletDeclarations(next, wallet.declarations);
  }
  if (Object.keys(errors).length) throw new AppError("INVALID", "error.invalidInput", errors, params);
  return next;
}
