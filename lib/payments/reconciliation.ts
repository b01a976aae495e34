/**
 * The daily reconciliation (issue 20, docs/payments.md): the provider's
 * settlement file for one day matched against the payments the portal
 * recorded that day. Pure: parsing, matching and the file the simulated bank
 * writes; the use case stores the result.
 *
 * The settlement file is CSV modelled on a bank's settlement report, one
 * payment a line, with this header (column order free, names exact):
 *
 *   tanggal_settlement,nomor_va,kode_tagihan,jumlah,referensi_pembayaran,waktu_bayar
 *
 * - tanggal_settlement: the settlement day, YYYY-MM-DD (every line the same day);
 * - nomor_va: the virtual-account number (the bill's; spaces are ignored);
 * - kode_tagihan: the bill code, optional (a bank does not always know it);
 * - jumlah: the amount in whole rupiah, digits only;
 * - referensi_pembayaran: the provider's payment reference (SNAP paymentRequestId);
 * - waktu_bayar: when the customer paid, ISO 8601 with an offset.
 */

export const SETTLEMENT_COLUMNS = ["tanggal_settlement", "nomor_va", "kode_tagihan", "jumlah", "referensi_pembayaran", "waktu_bayar"] as const;
export const SETTLEMENT_MAX_ROWS = 20_000;
export const SETTLEMENT_MAX_CHARS = 2_000_000;

/** What a reconciliation line says: a match, or one kind of mismatch. */
export const RECONCILIATION_KINDS = [
  "matched",
  /** Paid in the portal that day, absent from the file. */
  "missingInFile",
  /** In the file, a known bill, but the portal recorded no such payment. */
  "missingInPortal",
  /** In the file, naming a virtual account no bill has. */
  "unknownBill",
  /** The same payment in the portal and the file, with different amounts. */
  "amountDiffers",
  /** The same payment reference twice in the file. */
  "duplicate",
] as const;
export type ReconciliationKind = (typeof RECONCILIATION_KINDS)[number];

export type SettlementRow = {
  line: number;
  settlementDate: string;
  virtualAccountNo: string;
  billCode: string | null;
  amount: number;
  reference: string;
  paidAt: Date;
};

export type SettlementLineError = { line: number; problem: "columns" | "date" | "otherDate" | "account" | "amount" | "reference" | "paidAt" };

export type ParsedSettlement =
  { ok: true; settlementDate: string; rows: SettlementRow[] } | { ok: false; problem: "empty" | "header" | "tooMany" | "lines"; errors: SettlementLineError[] };

/** One CSV record into fields: quotes, doubled quotes and commas inside quotes (RFC 4180). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields.map((value) => value.trim());
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads a settlement file; every bad line is reported (by its line number), none is guessed at. */
export function parseSettlementCsv(text: string): ParsedSettlement {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const nonEmpty = lines.map((content, index) => ({ content, line: index + 1 })).filter((entry) => entry.content.trim() !== "");
  if (nonEmpty.length === 0) return { ok: false, problem: "empty", errors: [] };
  const header = splitCsvLine(nonEmpty[0]!.content).map((name) => name.toLowerCase());
  const position = Object.fromEntries(SETTLEMENT_COLUMNS.map((name) => [name, header.indexOf(name)])) as Record<(typeof SETTLEMENT_COLUMNS)[number], number>;
  if (SETTLEMENT_COLUMNS.some((name) => name !== "kode_tagihan" && position[name] < 0)) return { ok: false, problem: "header", errors: [] };
  if (nonEmpty.length - 1 > SETTLEMENT_MAX_ROWS) return { ok: false, problem: "tooMany", errors: [] };

  const rows: SettlementRow[] = [];
  const errors: SettlementLineError[] = [];
  let settlementDate: string | null = null;
  for (const { content, line } of nonEmpty.slice(1)) {
    const fields = splitCsvLine(content);
    if (fields.length !== header.length) {
      errors.push({ line, problem: "columns" });
      continue;
    }
    const value = (name: (typeof SETTLEMENT_COLUMNS)[number]) => (position[name] >= 0 ? fields[position[name]]! : "");
    const date = value("tanggal_settlement");
    const account = value("nomor_va").replace(/\s+/g, "");
    const amount = value("jumlah");
    const reference = value("referensi_pembayaran");
    const paidAt = value("waktu_bayar");
    const problem: SettlementLineError["problem"] | null = !validDate(date)
      ? "date"
      : settlementDate !== null && date !== settlementDate
        ? "otherDate"
        : !/^\d{1,28}$/.test(account)
          ? "account"
          : !/^\d{1,12}$/.test(amount) || Number(amount) <= 0
            ? "amount"
            : !/^[\x21-\x7e]{1,64}$/.test(reference)
              ? "reference"
              : !ISO_INSTANT.test(paidAt) || Number.isNaN(new Date(paidAt).getTime())
                ? "paidAt"
                : null;
    if (problem) {
      errors.push({ line, problem });
      continue;
    }
    settlementDate ??= date;
    rows.push({
      line,
      settlementDate: date,
      virtualAccountNo: account,
      billCode: value("kode_tagihan") || null,
      amount: Number(amount),
      reference,
      paidAt: new Date(paidAt),
    });
  }
  if (errors.length) return { ok: false, problem: "lines", errors };
  if (!settlementDate) return { ok: false, problem: "empty", errors: [] };
  return { ok: true, settlementDate, rows };
}

/** A payment the portal recorded on the settlement day (any outcome: the money arrived). */
export type PortalPayment = { billId: string; billCode: string; virtualAccountNo: string; reference: string; amount: number };
/** A bill the file may name that had no payment that day. */
export type KnownBill = { billId: string; billCode: string; virtualAccountNo: string };

export type ReconciliationLine = {
  kind: ReconciliationKind;
  line: number | null;
  billId: string | null;
  billCode: string | null;
  virtualAccountNo: string;
  paymentReference: string;
  fileAmount: number | null;
  portalAmount: number | null;
};

/**
 * Matches the file against the portal, by the payment reference (the
 * idempotency key of the notification, so it names one payment exactly):
 * every file line and every portal payment ends in exactly one line of the
 * result. `billsByAccount` resolves file lines the portal has no payment for.
 */
export function matchSettlement(
  rows: readonly SettlementRow[],
  payments: readonly PortalPayment[],
  billsByAccount: ReadonlyMap<string, KnownBill>,
): ReconciliationLine[] {
  const portalByReference = new Map(payments.map((payment) => [payment.reference, payment]));
  const seen = new Set<string>();
  const result: ReconciliationLine[] = [];
  for (const row of rows) {
    const base = { line: row.line, virtualAccountNo: row.virtualAccountNo, paymentReference: row.reference, fileAmount: row.amount };
    if (seen.has(row.reference)) {
      const bill = portalByReference.get(row.reference) ?? billsByAccount.get(row.virtualAccountNo);
      result.push({ ...base, kind: "duplicate", billId: bill?.billId ?? null, billCode: bill?.billCode ?? row.billCode, portalAmount: null });
      continue;
    }
    seen.add(row.reference);
    const payment = portalByReference.get(row.reference);
    if (payment) {
      const kind = payment.amount === row.amount ? "matched" : "amountDiffers";
      result.push({ ...base, kind, billId: payment.billId, billCode: payment.billCode, portalAmount: payment.amount });
      continue;
    }
    const bill = billsByAccount.get(row.virtualAccountNo);
    result.push({
      ...base,
      kind: bill ? "missingInPortal" : "unknownBill",
      billId: bill?.billId ?? null,
      billCode: bill?.billCode ?? row.billCode,
      portalAmount: null,
    });
  }
  for (const payment of payments) {
    if (seen.has(payment.reference)) continue;
    result.push({
      kind: "missingInFile",
      line: null,
      billId: payment.billId,
      billCode: payment.billCode,
      virtualAccountNo: payment.virtualAccountNo,
      paymentReference: payment.reference,
      fileAmount: null,
      portalAmount: payment.amount,
    });
  }
  return result;
}

/** The instants of one day on the portal's home calendar (WIB, UTC+7, as the dashboard's). */
export function settlementDayBounds(date: string): { from: Date; to: Date } {
  const from = new Date(`${date}T00:00:00+07:00`);
  return { from, to: new Date(from.getTime() + 86_400_000) };
}

/** A virtual-account number without the padding spaces of its partnerServiceId: how banks print it and how the file is matched. */
export function compactAccount(virtualAccountNo: string): string {
  return virtualAccountNo.replace(/\s+/g, "");
}

/** Today's date on the portal's home calendar. */
export function treasuryToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The settlement file a bank would send for these payments (what the simulated bank offers the treasury). */
export function settlementCsv(
  date: string,
  payments: readonly { virtualAccountNo: string; billCode: string; amount: number; reference: string; paidAt: Date }[],
): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = payments.map((payment) =>
    [date, compactAccount(payment.virtualAccountNo), payment.billCode, String(payment.amount), payment.reference, payment.paidAt.toISOString()]
      .map(quote)
      .join(","),
  );
  return [SETTLEMENT_COLUMNS.join(","), ...lines].join("\r\n") + "\r\n";
}
