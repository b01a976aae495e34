"use server";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { SETTLEMENT_MAX_CHARS, type SettlementLineError } from "./reconciliation";
import { approveRefund } from "./use-cases/approve-refund";
import { reconcileSettlement } from "./use-cases/reconcile-settlement";
import { recordRefundPayout } from "./use-cases/record-refund-payout";
import { rejectRefund } from "./use-cases/reject-refund";
import { requestRefund } from "@/lib/applications/use-cases/request-refund";

export type ReconciliationFormState = FormState & { lineErrors: SettlementLineError[] };

const PROBLEM_KEYS = {
  empty: "reconciliation.error.empty",
  header: "reconciliation.error.header",
  tooMany: "reconciliation.error.tooMany",
  lines: "reconciliation.error.lines",
} as const;

/** The settlement file, chosen or pasted (a chosen file wins); its text comes back in the textarea on error. */
export async function reconcileSettlementAction(_previous: ReconciliationFormState, formData: FormData): Promise<ReconciliationFormState> {
  const file = formData.get("file");
  let csv = String(formData.get("csv") ?? "");
  let fileName = "";
  if (file instanceof File && file.size > 0) {
    if (file.size > SETTLEMENT_MAX_CHARS * 4) return { values: { csv: "" }, fieldErrors: { file: ["reconciliation.error.tooLarge"] }, lineErrors: [] };
    csv = await file.text();
    fileName = file.name;
  }
  return runFormAction<Awaited<ReturnType<typeof reconcileSettlement>>, ReconciliationFormState>(
    formData,
    ({ actor, context }) => reconcileSettlement(actor, { csv, fileName }, context),
    {
      values: { csv },
      extras: { lineErrors: [] },
      onSuccess: (result, values) =>
        result.ok
          ? `/petugas/bendahara/rekonsiliasi/${result.runId}${result.created ? "" : "?hasil=sudah-ada"}`
          : { values, fieldErrors: { csv: [PROBLEM_KEYS[result.problem]] }, lineErrors: result.errors },
    },
  );
}

/** The citizen (or staff) asks for a paid bill's money back; back on the bill page. */
export async function requestRefundAction(code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => requestRefund(actor, { code }, context), {
    onSuccess: `/bayar/${encodeURIComponent(code)}?hasil=pengembalian-diajukan`,
    formError: "always",
  });
}

const REFUNDS_PAGE = "/petugas/pengembalian-dana";

export async function approveRefundAction(refundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => approveRefund(actor, refundId, context), {
    onSuccess: `${REFUNDS_PAGE}?hasil=disetujui`,
    formError: "always",
  });
}

export async function rejectRefundAction(refundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => rejectRefund(actor, refundId, { note: values.note ?? "" }, context), {
    onSuccess: `${REFUNDS_PAGE}?hasil=ditolak`,
    formError: "always",
  });
}

export async function recordRefundPayoutAction(refundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => recordRefundPayout(actor, refundId, { reference: values.reference ?? "" }, context), {
    onSuccess: `${REFUNDS_PAGE}?hasil=dibayarkan`,
    formError: "always",
  });
}
