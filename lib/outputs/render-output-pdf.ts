import "server-only";
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import QRCode from "qrcode";
import type { LocalizedText } from "@/lib/platform/i18n/localized";
import { formatMoment } from "@/lib/platform/i18n/format";
import { translate, type MessageKey, type MessageParams } from "@/lib/platform/i18n/messages";
import { saveWithPadesSignature } from "./pades/pades";
import type { Particular } from "./particulars";
import { sanitizeForFont, wrapText } from "./pdf-text";

/** Everything printed on an output document; the caller has already checked who may see it. */
export type OutputPdfInput = {
  documentId: string;
  /** `code` names the agency whose seal signs (DESIGN.md §16); without it the portal's own seal signs. */
  agency: { nameId: string; nameEn: string; timezone: string; code?: string };
  service: { nameId: string; nameEn: string };
  /** The standard's output product (Standar Pelayanan component 5): the document's title. */
  output: LocalizedText;
  /** In full: it is the holder's own document. */
  holderName: string;
  nikMasked: string | null;
  trackingNumber: string;
  issuedAt: Date;
  verificationCode: string;
  /** `${PUBLIC_URL}/verifikasi/<code>`: what the QR code opens. */
  verificationUrl: string;
  /** `${PUBLIC_URL}/verifikasi`: where the footer tells readers to go. */
  verificationPageUrl: string;
  /** The official who issued it, named in the visible signature; without one the signature names the issuing office. */
  signedBy?: { name: string; role: LocalizedText };
  /** What the document states about its subject, from the answers its standard names (outputParticulars). */
  particulars?: Particular[];
  /** The end of its validity, for a document that expires (the standard's outputValidityMonths). */
  validUntil?: Date | null;
};

// A4 in points.
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 50;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const LABEL_WIDTH = 150;
const VALUE_X = MARGIN + LABEL_WIDTH + 12;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - 12;
const QR_SIZE = 118;
const MAX_LIST_LINES = 8;
const BOX_HEIGHT = QR_SIZE + 34;
const SIGNATURE_GAP = 6;
const SIGNATURE_HEIGHT = 44;
/** The verification box and the visible signature below it: kept together. */
const BLOCK_HEIGHT = BOX_HEIGHT + SIGNATURE_GAP + SIGNATURE_HEIGHT;

const BRAND = rgb(0x06 / 255, 0x3a / 255, 0x6e / 255);
const BRAND_TEXT = rgb(0x08 / 255, 0x4a / 255, 0x8c / 255);
const INK = rgb(0.07, 0.09, 0.15);
const MUTED = rgb(0.33, 0.36, 0.42);
const RULE = rgb(0.8, 0.82, 0.86);
const WHITE = rgb(1, 1, 1);

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont; mono: PDFFont };
type TextStyle = { font: PDFFont; size: number; color: RGB; x?: number; width?: number; maxLines?: number };

const id = (key: MessageKey, params?: MessageParams) => translate("id", key, params);
const en = (key: MessageKey, params?: MessageParams) => translate("en", key, params);

/**
 * Draws text top-down from a cursor, wrapping to the column and making every
 * string drawable by the standard fonts first (see pdf-text.ts).
 */
class Cursor {
  private readonly charsets = new Map<PDFFont, Set<number>>();

  constructor(
    readonly page: PDFPage,
    public top: number,
    /** Measures only: moves the cursor as drawing would, draws nothing. */
    private readonly dryRun = false,
  ) {}

  lines(text: string, style: TextStyle): string[] {
    let charset = this.charsets.get(style.font);
    if (!charset) {
      charset = new Set(style.font.getCharacterSet());
      this.charsets.set(style.font, charset);
    }
    const clean = sanitizeForFont(text, charset);
    const width = style.width ?? CONTENT_WIDTH;
    const all = wrapText(clean, width, (t) => style.font.widthOfTextAtSize(t, style.size));
    const max = style.maxLines ?? Infinity;
    if (all.length <= max) return all;
    // Clip overlong text (a very long output description) rather than run off the page.
    const kept = all.slice(0, max);
    let last = kept[max - 1] ?? "";
    while (last && style.font.widthOfTextAtSize(`${last}…`, style.size) > width) last = last.slice(0, -1);
    kept[max - 1] = `${last.trimEnd()}…`;
    return kept;
  }

  /** Draws the text at the cursor and moves the cursor below it; returns the height used. */
  write(text: string, style: TextStyle): number {
    const lineHeight = style.size * 1.3;
    const lines = this.lines(text, style);
    if (!this.dryRun)
      lines.forEach((line, index) => {
        this.page.drawText(line, {
          x: style.x ?? MARGIN,
          y: PAGE_HEIGHT - this.top - style.size - index * lineHeight,
          size: style.size,
          font: style.font,
          color: style.color,
        });
      });
    const used = lines.length * lineHeight;
    this.top += used;
    return used;
  }

  gap(points: number) {
    this.top += points;
  }

  rule() {
    if (this.dryRun) return;
    this.page.drawLine({
      start: { x: MARGIN, y: PAGE_HEIGHT - this.top },
      end: { x: PAGE_WIDTH - MARGIN, y: PAGE_HEIGHT - this.top },
      thickness: 0.75,
      color: RULE,
    });
  }
}

function drawHeader(page: PDFPage, fonts: Fonts, input: OutputPdfInput): number {
  const content = (cursor: Cursor) => {
    cursor.write(id("output.pdf.portal"), { font: fonts.bold, size: 10, color: WHITE });
    cursor.write(en("output.pdf.portal"), { font: fonts.italic, size: 9, color: WHITE });
    cursor.gap(8);
    cursor.write(input.agency.nameId, { font: fonts.bold, size: 14, color: WHITE, maxLines: 2 });
    cursor.write(input.agency.nameEn, { font: fonts.italic, size: 9, color: WHITE, maxLines: 2 });
  };
  // Measure first, so the coloured band behind the text fits the agency's name however long it is.
  const measured = new Cursor(page, 24, true);
  content(measured);
  const bandHeight = measured.top + 20;
  page.drawRectangle({ x: 0, y: PAGE_HEIGHT - bandHeight, width: PAGE_WIDTH, height: bandHeight, color: BRAND });
  content(new Cursor(page, 24));
  return bandHeight;
}

function drawDetail(cursor: Cursor, fonts: Fonts, key: MessageKey, value: string, subtitle?: string, maxLines = 3) {
  drawLabelled(cursor, fonts, { id: id(key), en: en(key) }, value, subtitle, maxLines);
}

/** A label (Indonesian, English below) and its value beside it; a value's lines (a list) each start a line. */
function drawLabelled(cursor: Cursor, fonts: Fonts, label: LocalizedText, value: string, subtitle?: string, maxLines = 3) {
  const start = cursor.top;
  cursor.write(label.id, { font: fonts.bold, size: 10, color: INK, width: LABEL_WIDTH, maxLines: 2 });
  cursor.write(label.en, { font: fonts.italic, size: 8, color: MUTED, width: LABEL_WIDTH, maxLines: 2 });
  const labelBottom = cursor.top;
  cursor.top = start;
  const lines = value.split("\n");
  // A long list (twenty lost items) keeps the page: its first entries, then how many more there are.
  const kept = lines.length > MAX_LIST_LINES ? [...lines.slice(0, MAX_LIST_LINES - 1), `… (+${lines.length - MAX_LIST_LINES + 1})`] : lines;
  for (const line of kept) cursor.write(line, { font: fonts.regular, size: 11, color: INK, x: VALUE_X, width: VALUE_WIDTH, maxLines });
  if (subtitle) cursor.write(subtitle, { font: fonts.italic, size: 9, color: MUTED, x: VALUE_X, width: VALUE_WIDTH, maxLines: Math.min(2, maxLines) });
  cursor.top = Math.max(cursor.top, labelBottom) + 9;
}

async function drawVerificationBlock(pdf: PDFDocument, cursor: Cursor, fonts: Fonts, input: OutputPdfInput) {
  const { page, top } = cursor;
  const boxHeight = BOX_HEIGHT;
  page.drawRectangle({
    x: MARGIN,
    y: PAGE_HEIGHT - top - boxHeight,
    width: CONTENT_WIDTH,
    height: boxHeight,
    borderColor: RULE,
    borderWidth: 1,
  });
  const png = await QRCode.toBuffer(input.verificationUrl, { type: "png", errorCorrectionLevel: "M", margin: 1, scale: 8 });
  const image = await pdf.embedPng(png);
  page.drawImage(image, { x: MARGIN + 12, y: PAGE_HEIGHT - top - 12 - QR_SIZE, width: QR_SIZE, height: QR_SIZE });

  const textX = MARGIN + 12 + QR_SIZE + 18;
  const textWidth = CONTENT_WIDTH - (textX - MARGIN) - 12;
  cursor.top = top + 16;
  cursor.write(id("output.pdf.verificationCode"), { font: fonts.bold, size: 10, color: INK, x: textX, width: textWidth });
  cursor.write(en("output.pdf.verificationCode"), { font: fonts.italic, size: 8, color: MUTED, x: textX, width: textWidth });
  cursor.gap(6);
  cursor.write(input.verificationCode, { font: fonts.mono, size: 22, color: BRAND_TEXT, x: textX, width: textWidth });
  cursor.gap(8);
  cursor.write(input.verificationUrl, { font: fonts.regular, size: 9, color: INK, x: textX, width: textWidth, maxLines: 2 });
  cursor.gap(6);
  cursor.write(id("output.pdf.qrCaption"), { font: fonts.regular, size: 9, color: MUTED, x: textX, width: textWidth });
  cursor.write(en("output.pdf.qrCaption"), { font: fonts.italic, size: 8, color: MUTED, x: textX, width: textWidth });
  cursor.top = top + boxHeight;
}

/** Draws the footer so that it ends at the bottom margin; returns where it starts. */
function drawFooter(page: PDFPage, fonts: Fonts, input: OutputPdfInput, dryRun = false): number {
  const url = input.verificationPageUrl;
  const documentId = `${id("output.pdf.documentId", { id: input.documentId })} · ${en("output.pdf.documentId", { id: input.documentId })}`;
  const content = (cursor: Cursor) => {
    cursor.rule();
    cursor.gap(10);
    cursor.write(id("output.pdf.howToVerify", { url }), { font: fonts.regular, size: 9, color: INK, maxLines: 3 });
    cursor.write(en("output.pdf.howToVerify", { url }), { font: fonts.italic, size: 8, color: MUTED, maxLines: 3 });
    cursor.gap(6);
    cursor.write(id("output.pdf.signedNote"), { font: fonts.regular, size: 9, color: INK, maxLines: 3 });
    cursor.write(en("output.pdf.signedNote"), { font: fonts.italic, size: 8, color: MUTED, maxLines: 3 });
    cursor.gap(6);
    cursor.write(documentId, { font: fonts.regular, size: 7, color: MUTED, maxLines: 2 });
  };
  const measured = new Cursor(page, 0, true);
  content(measured);
  const top = PAGE_HEIGHT - MARGIN - measured.top;
  if (!dryRun) content(new Cursor(page, top));
  return top;
}

/**
 * The output document as an A4 PDF: Bahasa Indonesia with English subtitles,
 * the holder's details, the verification code and a QR code to the public
 * verification page. The same input always gives the same bytes (the PDF's
 * dates are the issue moment), so its SHA-256 identifies this rendering.
 */
export async function renderOutputPdf(input: OutputPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
    mono: await pdf.embedFont(StandardFonts.CourierBold),
  };
  const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  const bodyTop = drawHeader(page, fonts, input) + 28;
  const footerTop = drawFooter(page, fonts, input, true);
  const fits = (compact: boolean) => {
    const measured = new Cursor(page, bodyTop, true);
    drawBody(measured, fonts, input, compact);
    return measured.top + 6 + BLOCK_HEIGHT <= footerTop - 12;
  };
  // Long titles and names first give up lines; only if that is not enough does the check move to a second page.
  const compact = !fits(false);
  const cursor = new Cursor(page, bodyTop);
  drawBody(cursor, fonts, input, compact);
  cursor.gap(6);
  const verificationCursor = compact && !fits(true) ? new Cursor(pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]), MARGIN) : cursor;
  await drawVerificationBlock(pdf, verificationCursor, fonts, input);
  verificationCursor.gap(SIGNATURE_GAP);
  const signatureRect = drawSignatureAppearance(verificationCursor, fonts, input);
  drawFooter(verificationCursor.page, fonts, input);

  pdf.setTitle(`${input.output.id} (${input.trackingNumber})`, { showInWindowTitleBar: true });
  pdf.setSubject(`${input.service.nameId} / ${input.service.nameEn}`);
  pdf.setAuthor(input.agency.nameId);
  pdf.setKeywords([input.verificationCode, input.trackingNumber]);
  pdf.setCreator("SatuPintu");
  pdf.setProducer("SatuPintu");
  pdf.setLanguage("id-ID");
  pdf.setCreationDate(input.issuedAt);
  pdf.setModificationDate(input.issuedAt);
  return saveWithPadesSignature(pdf, {
    party: input.agency.code ? { code: input.agency.code, name: input.agency.nameId } : null,
    signerName: input.signedBy?.name ?? input.agency.nameId,
    reason: `${input.output.id} (${input.trackingNumber})`,
    location: input.agency.nameId,
    contactInfo: input.verificationUrl,
    signingTime: input.issuedAt,
    page: verificationCursor.page,
    rect: signatureRect,
  });
}

/**
 * The visible appearance of the PAdES signature: who signed, in which role,
 * for which office and when. Returns its rectangle for the signature widget.
 */
function drawSignatureAppearance(cursor: Cursor, fonts: Fonts, input: OutputPdfInput): [number, number, number, number] {
  const { page, top } = cursor;
  const x = MARGIN;
  const y = PAGE_HEIGHT - top - SIGNATURE_HEIGHT;
  page.drawRectangle({ x, y, width: CONTENT_WIDTH, height: SIGNATURE_HEIGHT, borderColor: BRAND, borderWidth: 1 });
  const zone = input.agency.timezone;
  const textX = x + 12;
  const width = CONTENT_WIDTH - 24;
  cursor.top = top + 6;
  cursor.write(`${id("output.pdf.signature.heading")} · ${en("output.pdf.signature.heading")}`, {
    font: fonts.bold,
    size: 8,
    color: BRAND_TEXT,
    x: textX,
    width,
    maxLines: 1,
  });
  const who = input.signedBy
    ? `${input.signedBy.name}, ${input.signedBy.role.id} (${input.signedBy.role.en}) · ${input.agency.nameId}`
    : id("output.pdf.signature.office", { agency: input.agency.nameId });
  cursor.write(who, { font: fonts.bold, size: 9, color: INK, x: textX, width, maxLines: 1 });
  cursor.write(`${formatMoment(input.issuedAt, "id", zone)} · ${id("output.pdf.signature.seal")} · ${en("output.pdf.signature.seal")}`, {
    font: fonts.italic,
    size: 7.5,
    color: MUTED,
    x: textX,
    width,
    maxLines: 1,
  });
  cursor.top = top + SIGNATURE_HEIGHT;
  return [x, y, x + CONTENT_WIDTH, y + SIGNATURE_HEIGHT];
}

/** The title and the holder's details; `compact` trims long texts to fewer lines. */
function drawBody(cursor: Cursor, fonts: Fonts, input: OutputPdfInput, compact: boolean) {
  const zone = input.agency.timezone;
  cursor.write(id("output.pdf.documentKind"), { font: fonts.bold, size: 10, color: BRAND_TEXT });
  cursor.write(en("output.pdf.documentKind"), { font: fonts.italic, size: 9, color: MUTED });
  cursor.gap(8);
  cursor.write(input.output.id, { font: fonts.bold, size: 17, color: INK, maxLines: compact ? 2 : 4 });
  cursor.gap(2);
  cursor.write(input.output.en, { font: fonts.italic, size: 11, color: MUTED, maxLines: compact ? 1 : 3 });
  cursor.gap(compact ? 8 : 14);
  cursor.rule();
  cursor.gap(compact ? 8 : 14);

  const lines = compact ? 2 : 3;
  drawDetail(cursor, fonts, "output.pdf.holderName", input.holderName, undefined, lines);
  drawDetail(cursor, fonts, "output.pdf.nik", input.nikMasked ?? id("output.pdf.nikUnavailable"));
  drawDetail(cursor, fonts, "output.pdf.service", input.service.nameId, input.service.nameEn, lines);
  drawDetail(cursor, fonts, "output.pdf.agency", input.agency.nameId, input.agency.nameEn, lines);
  drawDetail(cursor, fonts, "output.pdf.trackingNumber", input.trackingNumber);
  drawDetail(cursor, fonts, "output.pdf.issuedAt", formatMoment(input.issuedAt, "id", zone), formatMoment(input.issuedAt, "en", zone));
  if (input.validUntil) {
    drawDetail(cursor, fonts, "output.pdf.validUntil", formatMoment(input.validUntil, "id", zone), formatMoment(input.validUntil, "en", zone));
  }
  for (const particular of input.particulars ?? []) {
    // A free-text answer reads the same in both languages, and a list's English would double it: no English line under those.
    const subtitle = particular.value.en === particular.value.id || particular.value.id.includes("\n") ? undefined : particular.value.en;
    drawLabelled(cursor, fonts, particular.label, particular.value.id, subtitle, lines);
  }
}
