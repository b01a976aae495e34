import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { sha256Hex } from "@/lib/documents/hash";
import { receiptVerificationView, type ReceiptVerificationResult } from "@/lib/outputs/receipt-verification";
import { verifyReceiptByCode, verifyReceiptByFileHash } from "@/lib/outputs/use-cases/verify-receipt";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { verifyOutputByCode, verifyOutputByFile } from "./use-cases/verify-output";
import { normalizeVerificationCode } from "./verification-code";
import { verificationView, type VerificationMethod, type VerificationResult, type VerificationView } from "./verification-result";

/**
 * What /verifikasi checks: a code (or a file) may be an output document's or
 * a payment receipt's — one code space, one page. The output is looked up
 * first (it also counts the visitor's check against the rate limit); only a
 * code no output has is looked up among receipts. A tampered or unknown one
 * of either kind is the same "unknown".
 */
export type PresentedAnswer = { kind: "output"; result: VerificationResult } | { kind: "receipt"; result: ReceiptVerificationResult };

export async function verifyPresentedCode(actor: Actor, code: string, context: { ip: string | null; now?: Date }): Promise<PresentedAnswer> {
  const output = await verifyOutputByCode(actor, code, context);
  const normalized = normalizeVerificationCode(code);
  if (output.state !== "unknown" || !normalized) return { kind: "output", result: output };
  const receipt = await verifyReceiptByCode(actor, normalized);
  return receipt.state === "unknown" ? { kind: "output", result: output } : { kind: "receipt", result: receipt };
}

export async function verifyPresentedFile(actor: Actor, bytes: Uint8Array, context: { ip: string | null; now?: Date }): Promise<PresentedAnswer> {
  const output = await verifyOutputByFile(actor, bytes, context);
  // verifyOutputByFile refused the size already when it answers unknown for an empty or oversized file; hashing again is cheap.
  if (output.state !== "unknown" || bytes.length === 0 || bytes.length > 5 * 1024 * 1024) return { kind: "output", result: output };
  const receipt = await verifyReceiptByFileHash(actor, sha256Hex(bytes));
  return receipt.state === "unknown" ? { kind: "output", result: output } : { kind: "receipt", result: receipt };
}

export function presentedView(answer: PresentedAnswer, method: VerificationMethod, locale: Locale, t: Translator): VerificationView {
  return answer.kind === "receipt" ? receiptVerificationView(answer.result, method, locale, t) : verificationView(answer.result, method, locale, t);
}
