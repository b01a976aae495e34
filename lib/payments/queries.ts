import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import type { LocalizedText } from "@/lib/platform/i18n/localized";
import type { FeeLine } from "./fee-rule";

/** What a bank's inquiry learns about a virtual account: no personal data, the service pays as the name. */
export async function loadBillForInquiry(virtualAccountNo: string) {
  const bill = await db.bill.findUnique({
    where: { virtualAccountNo },
    select: { status: true, amount: true, expiresAt: true, application: { select: { service: { select: { nameId: true } } } } },
  });
  return (
    bill && { status: bill.status, amount: bill.amount, expiresAt: bill.expiresAt, payeeName: `SatuPintu ${bill.application.service.nameId}`.slice(0, 255) }
  );
}

const billSelect = {
  id: true,
  code: true,
  status: true,
  trigger: true,
  round: true,
  amount: true,
  breakdown: true,
  legalBasis: true,
  virtualAccountNo: true,
  issuedAt: true,
  expiresAt: true,
  paidAt: true,
  agencyId: true,
  application: {
    select: {
      id: true,
      citizenId: true,
      trackingNumber: true,
      service: { select: { nameId: true, nameEn: true } },
      agency: { select: { nameId: true, nameEn: true, timezone: true } },
    },
  },
  payments: {
    where: { outcome: "SETTLED" as const },
    select: { id: true, provider: true, providerReference: true, amount: true, paidAt: true, receivedAt: true },
    take: 1,
  },
} as const;

/**
 * A bill for whoever may see it (policy "bill.view"): the applicant, the
 * agency's staff, the revenue office. Anyone else gets "not found".
 */
export async function loadBillForViewer(actor: Actor, code: string) {
  const bill = await db.bill.findUnique({ where: { code }, select: billSelect });
  if (!bill) {
    authorize(actor, "bill.view", { agencyId: null });
    throw notFound();
  }
  authorize(actor, "bill.view", { agencyId: bill.agencyId, ownerId: bill.application.citizenId });
  const breakdown = bill.breakdown as { lines: FeeLine[]; inputs: { name: string; value: string }[] };
  return { ...bill, breakdown, legalBasis: bill.legalBasis as LocalizedText, settledPayment: bill.payments[0] ?? null };
}

export type ViewedBill = Awaited<ReturnType<typeof loadBillForViewer>>;

/** The bills of one application, newest first, for its pages (the caller has already authorised the case). */
export async function billsOfApplication(applicationId: string) {
  return db.bill.findMany({
    where: { applicationId },
    select: { code: true, status: true, amount: true, expiresAt: true, trigger: true, round: true },
    orderBy: [{ issuedAt: "desc" }, { round: "desc" }],
  });
}
