import type { MessageKey } from "@/lib/platform/i18n/messages";
import { holidayInputSchema, type HolidayInput } from "@/lib/sla/holiday-input";

/**
 * The holiday calendar's yearly CSV import (Admin > Kalender Libur).
 *
 * Parsing never throws and never stops at the first problem: the admin page
 * shows every rejected line next to the rows that would be imported, so the
 * file can be fixed in one pass. Lines are counted in the file as a
 * spreadsheet shows them, the header being line 1.
 */
export const HOLIDAY_CSV_HEADER = ["date", "name_id", "name_en", "kind", "region_code"] as const;
export const HOLIDAY_CSV_MAX_ROWS = 1000;

export type HolidayCsvRow = HolidayInput & { line: number };
export type HolidayCsvError = { line: number; messageKey: MessageKey };
export type HolidayCsvResult = { rows: HolidayCsvRow[]; errors: HolidayCsvError[] };
export type HolidayCsvOptions = {
  /** Every date must fall in this year: the import replaces one year's calendar. */
  year?: number;
  maxRows?: number;
};

type CsvRecord = { line: number; fields: string[] };

/**
 * RFC 4180 records: comma separated, `"` quoting with `""` for a quote, CRLF
 * or LF line ends. A quoted field may span lines; the record keeps the line
 * it started on. Returns the line of an unterminated quote, if any.
 */
function splitRecords(text: string): { records: CsvRecord[]; unterminatedQuoteLine: number | null } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field === "") {
      inQuotes = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (inQuotes) return { records, unterminatedQuoteLine: recordLine };
  if (field !== "" || fields.length > 0) endRecord();
  return { records, unterminatedQuoteLine: null };
}

const isBlank = (record: CsvRecord) => record.fields.every((field) => field.trim() === "");

export function parseHolidayCsv(text: string, options: HolidayCsvOptions = {}): HolidayCsvResult {
  const maxRows = options.maxRows ?? HOLIDAY_CSV_MAX_ROWS;
  const rows: HolidayCsvRow[] = [];
  const errors: HolidayCsvError[] = [];
  // Spreadsheet programs save UTF-8 with a byte-order mark.
  const { records, unterminatedQuoteLine } = splitRecords(text.replace(/^\uFEFF/, ""));
  const [header, ...dataRecords] = records.filter((record) => !isBlank(record));

  const headerNames = header?.fields.map((name) => name.trim().toLowerCase()).join(",");
  if (!header || headerNames !== HOLIDAY_CSV_HEADER.join(",")) {
    return { rows, errors: [{ line: header?.line ?? 1, messageKey: "holiday.csv.headerInvalid" }] };
  }

  const seen = new Set<string>();
  for (const [index, record] of dataRecords.entries()) {
    if (index >= maxRows) {
      errors.push({ line: record.line, messageKey: "holiday.csv.tooManyRows" });
      break;
    }
    if (record.fields.length !== HOLIDAY_CSV_HEADER.length) {
      errors.push({ line: record.line, messageKey: "holiday.csv.columnCount" });
      continue;
    }
    const [date, nameId, nameEn, kind, regionCode] = record.fields as [string, string, string, string, string];
    const parsed = holidayInputSchema.safeParse({
      date,
      nameId,
      nameEn,
      kind: kind.trim().toUpperCase(),
      regionCode,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ line: record.line, messageKey: issue.message as MessageKey });
      }
      continue;
    }
    const holiday = parsed.data;
    if (options.year !== undefined && !holiday.date.startsWith(`${options.year}-`)) {
      errors.push({ line: record.line, messageKey: "holiday.csv.wrongYear" });
      continue;
    }
    // One date is off once per scope; a second line for it is a copy-paste slip.
    const scope = `${holiday.date}|${holiday.regionCode ?? ""}`;
    if (seen.has(scope)) {
      errors.push({ line: record.line, messageKey: "holiday.csv.duplicate" });
      continue;
    }
    seen.add(scope);
    rows.push({ ...holiday, line: record.line });
  }

  if (unterminatedQuoteLine !== null) {
    errors.push({ line: unterminatedQuoteLine, messageKey: "holiday.csv.unterminatedQuote" });
  } else if (rows.length === 0 && errors.length === 0) {
    errors.push({ line: header.line, messageKey: "holiday.csv.noRows" });
  }
  return { rows, errors };
}
