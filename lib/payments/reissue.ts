import type { BillStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { isReissuable } from "./workflow";

/** The bill asked about: its status and expiry, and where it stands among its step's bills. */
export type ReissueSubject = { status: BillStatus; expiresAt: Date; trigger: string; round: number };
/** The other bills of the same application. */
export type SiblingBill = { code: string; trigger: string; round: number };

export type ReissueDecision =
  | { kind: "reissue" }
  /** The bill's own replacement exists and is the newest: a retry or a double submit lands on it. */
  | { kind: "already"; code: string }
  | { kind: "refused"; message: MessageKey };

/**
 * Whether an expired bill gets a new payment code now. A replacement already
 * made answers with itself before anything else is asked, so a retry after
 * success succeeds even once the new bill was paid and the case moved on.
 * Only the step's newest bill is replaced: an older one whose replacement
 * expired too is refused (the newest is the one to renew).
 */
export function decideReissue(bill: ReissueSubject, siblings: readonly SiblingBill[], applicationAwaitsPayment: boolean, now: Date): ReissueDecision {
  const newest = replacementOf(bill, siblings);
  if (newest) return newest.round === bill.round + 1 ? { kind: "already", code: newest.code } : { kind: "refused", message: "bill.reissue.newerExists" };
  if (!applicationAwaitsPayment) return { kind: "refused", message: "bill.reissue.notAwaitingPayment" };
  if (!isReissuable(bill, now)) return { kind: "refused", message: "bill.reissue.notExpired" };
  return { kind: "reissue" };
}

/** The newest bill that replaced this one, if any: what its page links to instead of offering a new code. */
export function replacementOf(bill: { trigger: string; round: number }, siblings: readonly SiblingBill[]): SiblingBill | null {
  return siblings.filter((other) => other.trigger === bill.trigger && other.round > bill.round).sort((a, b) => b.round - a.round)[0] ?? null;
}
