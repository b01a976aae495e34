/**
 * The portal's one CSV writer (open data, complaint statistics).
 *
 * Two dialects:
 * - `rfc4180` (default): comma separated, CRLF line ends, fields quoted when
 *   they need it; what scripts and most tools read.
 * - `excel-id`: what Excel in an Indonesian locale opens by double click:
 *   a UTF-8 byte order mark (else names like "Dinas Kependudukan" with accents
 *   come out garbled), `;` between fields (the id-ID list separator) and a
 *   decimal comma (`3,5`; `3.5` would be read as a thousands separator).
 *
 * Either way a text cell that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a
 * leading `'`, so an admin-set name such as `=HYPERLINK(...)` stays text.
 * Numbers are never changed: `-3` is a number, not a formula.
 */
export type CsvValue = string | number | boolean | null;
export type CsvDialect = "rfc4180" | "excel-id";

const FORMULA_START = /^[=+\-@\t\r]/;
const BYTE_ORDER_MARK = "\uFEFF";

function separatorOf(dialect: CsvDialect): string {
  return dialect === "excel-id" ? ";" : ",";
}

/** A text cell a spreadsheet would not evaluate. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: CsvValue, dialect: CsvDialect): string {
  if (value === null) return "";
  const separator = separatorOf(dialect);
  let text: string;
  if (typeof value === "boolean") text = value ? "true" : "false";
  else if (typeof value === "number") text = dialect === "excel-id" ? String(value).replace(".", ",") : String(value);
  else text = neutraliseFormula(value);
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[], dialect: CsvDialect = "rfc4180"): string {
  const separator = separatorOf(dialect);
  const body = [columns, ...rows].map((row) => row.map((value) => field(value, dialect)).join(separator)).join("\r\n") + "\r\n";
  return dialect === "excel-id" ? BYTE_ORDER_MARK + body : body;
}

/** Reads CSV written by toCsv (and other simple RFC 4180 CSV): rows of strings. */
export function parseCsv(input: string, dialect: CsvDialect = "rfc4180"): string[][] {
  const separator = separatorOf(dialect);
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        value += '"';
        index++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(value);
      value = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      row.push(value);
      rows.push(row);
      row = [];
      value = "";
    } else value += char;
  }
  if (value !== "" || row.length) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}
