import "server-only";
import { PDFDocument, rgb, StandardFonts, type PDFFont } from "pdf-lib";
import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/actor";
import { displayVirtualAccount } from "@/lib/payments/bill-view";
import { loadBillForViewer, type ViewedBill } from "@/lib/payments/queries";
import { AppError } from "@/lib/platform/errors";
import { formatMoment, formatRupiah } from "@/lib/platform/i18n/format";
import { translate, type MessageKey } from "@/lib/platform/i18n/messages";
import type { ServedFile } from "@/lib/platform/http";
import { saveWithPadesSignature } from "./pades/pades";
import { sanitizeForFont, wrapText } from "./pdf-text";

/**
 * The bill (tagihan) and the payment receipt (bukti bayar) as PDFs, in both
 * languages. The receipt is issued once (lib/outputs/use-cases/issue-receipt.ts):
 * it carries a verification code and a QR code to /verifikasi/<code>, and an
 * embedded PAdES signature by the agency's seal, like an output document.
 */

/** What the receipt prints beyond the bill: its verification code and where to check it. */
export type ReceiptPrint = {
  verificationCode: string;
  verificationUrl: string;
  verificationPageUrl: string;
  issuedAt: Date;
  /** The agency whose seal signs. */
  agencyCode: string;
};

const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 56;

/** Version 1 (receipts downloaded before they had a code): the printed Ed25519 signature is over this record's canonical JSON. */
export type LegacyReceiptRecord = {
  kind: "paymentReceipt";
  billCode: string;
  trackingNumber: string;
  service: string;
  amount: number;
  provider: string;
  reference: string;
  paidAt: string;
};

export function legacyReceiptRecord(bill: ViewedBill): LegacyReceiptRecord {
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

async function render(bill: ViewedBill, receipt: ReceiptPrint | null): Promise<Uint8Array> {
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
    y -= 8;
    const qr = await pdf.embedPng(await QRCode.toBuffer(receipt.verificationUrl, { type: "png", errorCorrectionLevel: "M", margin: 1, scale: 6 }));
    const qrSize = 96;
    page.drawImage(qr, { x: MARGIN, y: y - qrSize, width: qrSize, height: qrSize });
    const textTop = y;
    const indent = (text: string, font: PDFFont, size: number) => {
      page.drawText(sanitizeForFont(text, new Set(font.getCharacterSet())), { x: MARGIN + qrSize + 14, y, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size + 5;
    };
    y -= 10;
    indent(both("output.pdf.verificationCode"), bold, 10);
    indent(receipt.verificationCode, bold, 18);
    indent(receipt.verificationUrl, regular, 9);
    y = Math.min(y, textTop - qrSize) - 12;
    write(translate("id", "output.pdf.howToVerify", { url: receipt.verificationPageUrl }), regular, 8);
    write(translate("en", "output.pdf.howToVerify", { url: receipt.verificationPageUrl }), regular, 8);
    y -= 6;
    const signatureTop = y;
    const signatureHeight = 40;
    page.drawRectangle({
      x: MARGIN,
      y: signatureTop - signatureHeight,
      width: WIDTH - 2 * MARGIN,
      height: signatureHeight,
      borderWidth: 1,
      borderColor: rgb(0.02, 0.23, 0.43),
    });
    y -= 14;
    page.drawText(`${translate("id", "output.pdf.signature.heading")} · ${translate("en", "output.pdf.signature.heading")}`, {
      x: MARGIN + 10,
      y,
      size: 8,
      font: bold,
    });
    y -= 12;
    const office = sanitizeForFont(
      `${translate("id", "output.pdf.signature.office", { agency: bill.application.agency.nameId })} · ${formatMoment(receipt.issuedAt, "id", zone)}`,
      new Set(regular.getCharacterSet()),
    );
    page.drawText(office.slice(0, 110), { x: MARGIN + 10, y, size: 8, font: regular });
    finish(pdf, bill, true);
    return saveWithPadesSignature(pdf, {
      party: { code: receipt.agencyCode, name: bill.application.agency.nameId },
      signerName: bill.application.agency.nameId,
      reason: `${translate("id", "bill.pdf.receiptTitle")} ${bill.code}`,
      location: bill.application.agency.nameId,
      contactInfo: receipt.verificationUrl,
      signingTime: receipt.issuedAt,
      page,
      rect: [MARGIN, signatureTop - signatureHeight, WIDTH - MARGIN, signatureTop],
    });
  } else {
    field("bill.virtualAccount", displayVirtualAccount(bill.virtualAccountNo));
    field("bill.expiresAt", formatMoment(bill.expiresAt, "id", zone));
  }
  finish(pdf, bill, false);
  return pdf.save();
}

function finish(pdf: PDFDocument, bill: ViewedBill, receipt: boolean) {
  pdf.setTitle(`${bill.code}`);
  pdf.setCreator("SatuPintu");
  pdf.setProducer("SatuPintu");
  pdf.setLanguage("id-ID");
  pdf.setCreationDate(receipt && bill.paidAt ? bill.paidAt : bill.issuedAt);
  pdf.setModificationDate(receipt && bill.paidAt ? bill.paidAt : bill.issuedAt);
}

function served(bytes: Uint8Array, fileName: string): ServedFile {
  return { body: new Blob([new Uint8Array(bytes)]).stream(), size: bytes.byteLength, fileName, mimeType: "application/pdf" };
}

/** The bill as a PDF, for whoever may see the bill. */
export async function openBillPdf(actor: Actor, code: string): Promise<ServedFile> {
  const bill = await loadBillForViewer(actor, code);
  return served(await render(bill, null), `tagihan-${bill.code}.pdf`);
}

/** The receipt of a paid bill, PAdES-signed: rendered once, by issueReceipt, which stores it. */
export async function renderReceiptPdf(bill: ViewedBill, print: ReceiptPrint): Promise<Uint8Array> {
  if (!bill.settledPayment) throw new AppError("NOT_FOUND", "error.notFound");
  return render(bill, print);
}
