import "server-only";
import QRCode from "qrcode";
import { env } from "@/lib/platform/env";
import { qrisPayload } from "./qris";

/** The QRIS payload of a bill and its QR code as SVG (rendered on the server: works without JavaScript and prints). */
export async function billQris(bill: { code: string; amount: number }) {
  const settings = env();
  const payload = qrisPayload({
    merchantId: settings.QRIS_MERCHANT_ID,
    merchantName: settings.QRIS_MERCHANT_NAME,
    city: settings.QRIS_CITY,
    postalCode: settings.QRIS_POSTAL_CODE,
    amount: bill.amount,
    billNumber: bill.code,
  });
  const svg = await QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { payload, svg };
}

/** The virtual-account number as people read it: digits in groups of four, without the padding spaces. */
export function displayVirtualAccount(virtualAccountNo: string): string {
  return virtualAccountNo
    .trim()
    .replace(/(\d{4})(?=\d)/g, "$1 ")
    .trim();
}
