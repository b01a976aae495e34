import "server-only";
import { notify } from "@/lib/notifications/notify";
import { momentParam } from "@/lib/notifications/render";
import type { Tx } from "@/lib/platform/db";
import { formatRupiah } from "@/lib/platform/i18n/format";
import type { IssuedBill } from "@/lib/payments/bills";

type BillApplication = { citizenId: string; trackingNumber: string | null; service: { nameId: string; nameEn: string } };

/** What a bill notice says of the bill: its code, amount, application, service and expiry. */
function billParams(application: BillApplication, bill: IssuedBill, timeZone: string) {
  return {
    billCode: bill.code,
    amount: { id: formatRupiah(bill.amount, "id"), en: formatRupiah(bill.amount, "en") },
    trackingNumber: application.trackingNumber ?? "",
    serviceName: { id: application.service.nameId, en: application.service.nameEn },
    expiresAt: momentParam(bill.expiresAt, timeZone),
  };
}

/** Tells the citizen a bill was issued for their application: in the app and by email, linking the bill page. */
export async function notifyBillIssued(
  tx: Tx,
  application: { id: string; citizenId: string; trackingNumber: string | null; service: { nameId: string; nameEn: string } },
  bill: IssuedBill,
  timeZone: string,
) {
  await notify(tx, {
    userId: application.citizenId,
    messageKey: "notification.billIssued",
    params: billParams(application, bill, timeZone),
    link: `/bayar/${bill.code}`,
    email: true,
  });
}

/** Tells the citizen a new payment code replaced their expired bill: in the app and by email, linking the new bill. */
export async function notifyBillReissued(
  tx: Tx,
  application: { citizenId: string; trackingNumber: string | null; service: { nameId: string; nameEn: string } },
  bill: IssuedBill,
  oldBillCode: string,
  timeZone: string,
) {
  await notify(tx, {
    userId: application.citizenId,
    messageKey: "notification.billReissued",
    params: { ...billParams(application, bill, timeZone), oldBillCode },
    link: `/bayar/${bill.code}`,
    email: true,
  });
}
