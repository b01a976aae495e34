import "server-only";
import { PDFDocument, rgb, StandardFonts, type PDFFont } from "pdf-lib";
import type { Actor } from "@/lib/auth/actor";
import { displayVirtualAccount } from "@/lib/payments/bill-view";
import { loadBillForViewer, type ViewedBill } from "@/lib/payments/queries";
import { isSettled } from "@/lib/payments/workflow";
import { AppError } from "@/lib/platform/errors";
import { formatMoment, formatRupiah } from "@/lib/platform/i18n/format";
import { translate, type MessageKey } from "@/lib/platform/i18n/messages";
import type { ServedFile } from "@/lib/platform/http";
import { canonicalJson } from "./canonical-record";
import { sanitizeForFont, wrapText } from "./pdf-text";
import { signBytes } from "./signing";

/**
 * The bill (tagihan) and the payment receipt (bukti bayar) as PDFs, in both
 * languages. The receipt carries an Ed25519 signature by the key that signs
 * output documents (lib/outputs/signing.ts) over a canonical record of the
 * payment, so anyone with the portal's published key can check it.
 */

const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 56;

export type ReceiptRecord = {
  kind: "paymentReceipt";
  billCode: string;
  trackingNumber: string;
  service: string;
  amount: number;
  provider: string;
  reference: string;
  paidAt: string;
};

export function receiptRecord(bill: ViewedBill): ReceiptRecord {
  const payment = bill.settledPayment;
  if (!payment) throw new AppError("NOT_FOUND", "error.notFound");
  return {
    kind: "paymentReceipt",
    billCode: bill.code,
    trackingNumber: bill.application.trackingNumber ?? "",
    service: bill.application.service.nameId,
    amount: payment.amount,
    provider: payment.provider,
    reference: payment.providerReference,
    paidAt: payment.receivedAt.toISOString(),
  };
}

async function render(bill: ViewedBill, receipt: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  const write = (text: string, font: PDFFont = regular, size = 11) => {
    const supported = new Set(font.getCharacterSet());
    for (const line of wrapText(sanitizeForFont(text, supported), WIDTH - 2 * MARGIN, (part) => font.widthOfTextAtSize(part, size))) {
      page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size + 5;
    }
  };
  const both = (key: MessageKey, params?: Record<string, string>) => `${translate("id", key, params)} / ${translate("en", key, params)}`;
  const zone = bill.application.agency.timezone;
  const field = (key: MessageKey, value: string) => {
    write(both(key), bold, 10);
    write(value);
    y -= 4;
  };

  write("SatuPintu", bold, 14);
  write(`${bill.application.agency.nameId} / ${bill.application.agency.nameEn}`, regular, 10);
  y -= 12;
  write(translate("id", receipt ? "bill.pdf.receiptTitle" : "bill.pdf.title"), bold, 18);
  write(translate("en", receipt ? "bill.pdf.receiptTitle" : "bill.pdf.title"), regular, 11);
  y -= 10;
  field("bill.pageTitle", bill.code);
  field("bill.service", `${bill.application.service.nameId} / ${bill.application.service.nameEn}`);
  field("bill.trackingNumber", bill.application.trackingNumber ?? "");
  field("bill.amount", formatRupiah(bill.amount, "id"));
  for (const line of bill.breakdown.lines) write(`• ${line.label.id} / ${line.label.en}: ${formatRupiah(line.amount, "id")}`);
  if (bill.breakdown.inputs.length) write(bill.breakdown.inputs.map((input) => `${input.name} = ${input.value}`).join("; "), regular, 9);
  y -= 4;
  field("bill.legalBasis", `${bill.legalBasis.id} / ${bill.legalBasis.en}`);
  if (receipt && bill.settledPayment) {
    field("bill.paidAt", formatMoment(bill.settledPayment.receivedAt, "id", zone));
    field("bill.pdf.reference", `${bill.settledPayment.provider} ${bill.settledPayment.providerReference}`);
    const { signature, keyId } = signBytes(new TextEncoder().encode(canonicalJson(receiptRecord(bill))));
    y -= 8;
    write(translate("id", "bill.pdf.signature", { keyId, signature }), regular, 8);
  } else {
    field("bill.virtualAccount", displayVirtualAccount(bill.virtualAccountNo));
    field("bill.expiresAt", formatMoment(bill.expiresAt, "id", zone));
  }
  pdf.setTitle(`${bill.code}`);
  pdf.setCreator("SatuPintu");
  pdf.setProducer("SatuPintu");
  pdf.setLanguage("id-ID");
  pdf.setCreationDate(receipt && bill.paidAt ? bill.paidAt : bill.issuedAt);
  pdf.setModificationDate(receipt && bill.paidAt ? bill.paidAt : bill.issuedAt);
  return pdf.save();
}

function served(bytes: Uint8Array, fileName: string): ServedFile {
  return { body: new Blob([new Uint8Array(bytes)]).stream(), size: bytes.byteLength, fileName, mimeType: "application/pdf" };
}

/** The bill as a PDF, for whoever may see the bill. */
export async function openBillPdf(actor: Actor, code: string): Promise<ServedFile> {
  const bill = await loadBillForViewer(actor, code);
  return served(await render(bill, false), `tagihan-${bill.code}.pdf`);
}

/** The signed receipt of a paid bill. */
export async function openReceiptPdf(actor: Actor, code: string): Promise<ServedFile> {
  const bill = await loadBillForViewer(actor, code);
  if (!isSettled(bill.status) || !bill.settledPayment) throw new AppError("NOT_FOUND", "error.notFound");
  return served(await render(bill, true), `bukti-bayar-${bill.code}.pdf`);
}
