import { describe, expect, it } from "vitest";
import { en } from "@/lib/platform/i18n/en";
import { id } from "@/lib/platform/i18n/id";
import { holidays2026 } from "@/prisma/seed/data/holidays-2026";
import { parseHolidayCsv } from "@/lib/sla/holiday-csv";
import { holidayDateValue, holidayInputSchema } from "@/lib/sla/holiday-input";

const HEADER = "date,name_id,name_en,kind,region_code";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\n");

describe("holiday CSV import", () => {
  it("reads rows with their line numbers", () => {
    const result = parseHolidayCsv(
      csv(
        "2026-08-17,Hari Proklamasi Kemerdekaan,Independence Day,NATIONAL,",
        "2026-12-24,Cuti bersama Natal,Collective leave for Christmas,CUTI_BERSAMA,",
        "2026-06-17,Hari Raya Galungan,Galungan,REGIONAL,51",
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, date: "2026-08-17", nameId: "Hari Proklamasi Kemerdekaan", nameEn: "Independence Day", kind: "NATIONAL", regionCode: null },
      { line: 3, date: "2026-12-24", nameId: "Cuti bersama Natal", nameEn: "Collective leave for Christmas", kind: "CUTI_BERSAMA", regionCode: null },
      { line: 4, date: "2026-06-17", nameId: "Hari Raya Galungan", nameEn: "Galungan", kind: "REGIONAL", regionCode: "51" },
    ]);
  });

  it("accepts what spreadsheets save: a byte-order mark, CRLF, quoted commas and quotes, blank lines", () => {
    const text = `\uFEFF${HEADER}\r\n"2026-01-01","Tahun Baru, 2026 Masehi","New Year's Day ""2026""",NATIONAL,\r\n\r\n2026-05-01,Hari Buruh,Labour Day,national,\r\n`;
    const result = parseHolidayCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.nameId, row.nameEn, row.kind])).toEqual([
      [2, "Tahun Baru, 2026 Masehi", 'New Year\'s Day "2026"', "NATIONAL"],
      [4, "Hari Buruh", "Labour Day", "NATIONAL"],
    ]);
  });

  it("keeps counting lines through a quoted line break", () => {
    const result = parseHolidayCsv(csv('2026-01-01,"Tahun Baru\n2026",New Year,NATIONAL,', "2026-13-01,X,Y,NATIONAL,"));
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(result.errors).toEqual([{ line: 4, messageKey: "holiday.error.dateInvalid" }]);
  });

  it.each([
    ["an impossible date", "2026-02-30,A,B,NATIONAL,", ["holiday.error.dateInvalid"]],
    ["a date in another format", "17/08/2026,A,B,NATIONAL,", ["holiday.error.dateInvalid"]],
    ["a missing date", ",A,B,NATIONAL,", ["holiday.error.dateRequired"]],
    ["a missing Indonesian name", "2026-08-17, ,B,NATIONAL,", ["holiday.error.nameIdRequired"]],
    ["a missing English name", "2026-08-17,A,,NATIONAL,", ["holiday.error.nameEnRequired"]],
    ["an unknown kind", "2026-08-17,A,B,LOCAL,", ["holiday.error.kindInvalid"]],
    ["a regional holiday without a region", "2026-06-17,A,B,REGIONAL,", ["holiday.error.regionCodeRequired"]],
    ["a regional holiday with a malformed region", "2026-06-17,A,B,REGIONAL,Bali", ["holiday.error.regionCodeInvalid"]],
    ["a national holiday with a region", "2026-08-17,A,B,NATIONAL,51", ["holiday.error.regionCodeNotAllowed"]],
    ["cuti bersama with a region", "2026-12-24,A,B,CUTI_BERSAMA,51", ["holiday.error.regionCodeNotAllowed"]],
    ["too few columns", "2026-08-17,A,B,NATIONAL", ["holiday.csv.columnCount"]],
    ["too many columns", "2026-08-17,A,B,NATIONAL,,extra", ["holiday.csv.columnCount"]],
    [
      "every problem of a row at once",
      "2026-02-30,,B,REGIONAL,",
      ["holiday.error.dateInvalid", "holiday.error.nameIdRequired", "holiday.error.regionCodeRequired"],
    ],
  ])("rejects %s, keeping the other rows", (_case, line, messageKeys) => {
    const result = parseHolidayCsv(csv("2026-01-01,Tahun Baru,New Year,NATIONAL,", line));
    expect(result.rows.map((row) => row.date)).toEqual(["2026-01-01"]);
    expect(result.errors).toEqual(messageKeys.map((messageKey) => ({ line: 3, messageKey })));
  });

  it("rejects a second line for the same date and scope, but not the same date in a region", () => {
    const result = parseHolidayCsv(
      csv("2026-03-19,Nyepi,Nyepi,NATIONAL,", "2026-03-19,Nyepi (daerah),Nyepi (regional),REGIONAL,51", "2026-03-19,Nyepi lagi,Nyepi again,CUTI_BERSAMA,"),
    );
    expect(result.rows.map((row) => row.line)).toEqual([2, 3]);
    expect(result.errors).toEqual([{ line: 4, messageKey: "holiday.csv.duplicate" }]);
  });

  it("rejects dates outside the year being imported", () => {
    const result = parseHolidayCsv(csv("2026-12-31,A,B,NATIONAL,", "2027-01-01,C,D,NATIONAL,"), { year: 2026 });
    expect(result.rows.map((row) => row.date)).toEqual(["2026-12-31"]);
    expect(result.errors).toEqual([{ line: 3, messageKey: "holiday.csv.wrongYear" }]);
  });

  it("rejects a wrong header and reads nothing else", () => {
    const result = parseHolidayCsv("tanggal,nama,name,jenis,wilayah\n2026-08-17,A,B,NATIONAL,");
    expect(result).toEqual({ rows: [], errors: [{ line: 1, messageKey: "holiday.csv.headerInvalid" }] });
  });

  it("accepts the header in any letter case, with spaces around names", () => {
    const result = parseHolidayCsv("Date, Name_ID ,name_en,KIND,region_code\n2026-08-17,A,B,NATIONAL,");
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it.each([
    ["an empty file", "", "holiday.csv.headerInvalid"],
    ["only blank lines", "\n\n", "holiday.csv.headerInvalid"],
    ["a header without rows", `${HEADER}\n`, "holiday.csv.noRows"],
  ])("reports %s", (_case, text, messageKey) => {
    expect(parseHolidayCsv(text)).toEqual({ rows: [], errors: [{ line: 1, messageKey }] });
  });

  it("reports a quote that is never closed, on the line it opened", () => {
    const result = parseHolidayCsv(csv("2026-01-01,A,B,NATIONAL,", '2026-01-02,"Open,B,NATIONAL,', "2026-01-03,C,D,NATIONAL,"));
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(result.errors).toEqual([{ line: 3, messageKey: "holiday.csv.unterminatedQuote" }]);
  });

  it("stops reading past the row limit", () => {
    const result = parseHolidayCsv(csv("2026-01-01,A,B,NATIONAL,", "2026-01-02,A,B,NATIONAL,", "2026-01-03,A,B,NATIONAL,"), {
      maxRows: 2,
    });
    expect(result.rows).toHaveLength(2);
    expect(result.errors).toEqual([{ line: 4, messageKey: "holiday.csv.tooManyRows" }]);
  });

  it("imports the seed's 2026 calendar without a single error", () => {
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const lines = holidays2026.map((h) => [h.date, quote(h.nameId), quote(h.nameEn), h.kind, h.regionCode ?? ""].join(","));
    const result = parseHolidayCsv(csv(...lines), { year: 2026 });
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.date, row.nameEn, row.kind, row.regionCode])).toEqual(
      holidays2026.map((h) => [h.date, h.nameEn, h.kind, h.regionCode ?? null]),
    );
  });

  it("only produces message keys that both catalogs translate", () => {
    const inputs = [
      csv("2026-02-30,,,LOCAL,x", "2026-01-01", "2026-06-17,A,B,REGIONAL,", "2026-06-17,A,B,REGIONAL,Bali"),
      csv("2026-08-17,A,B,NATIONAL,51", "2026-08-17,A,B,CUTI_BERSAMA,", "2027-01-01,A,B,NATIONAL,", '"'),
      "nope",
      HEADER,
    ];
    const keys = new Set(inputs.flatMap((text) => parseHolidayCsv(text, { year: 2026 }).errors.map((e) => e.messageKey)));
    expect(keys.size).toBeGreaterThanOrEqual(9);
    for (const key of keys) {
      expect(id[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  });
});

describe("holiday form input", () => {
  it("trims text and stores a blank region as none", () => {
    const parsed = holidayInputSchema.parse({
      date: " 2026-08-17 ",
      nameId: "  Hari Proklamasi ",
      nameEn: "Independence Day",
      kind: "NATIONAL",
      regionCode: "  ",
    });
    expect(parsed).toEqual({ date: "2026-08-17", nameId: "Hari Proklamasi", nameEn: "Independence Day", kind: "NATIONAL", regionCode: null });
  });

  it("treats a missing region like a blank one", () => {
    const parsed = holidayInputSchema.parse({ date: "2026-08-17", nameId: "A", nameEn: "B", kind: "CUTI_BERSAMA" });
    expect(parsed.regionCode).toBeNull();
  });

  it("answers missing fields with the form's message keys", () => {
    const result = holidayInputSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["date", "holiday.error.dateRequired"],
      ["nameId", "holiday.error.nameIdRequired"],
      ["nameEn", "holiday.error.nameEnRequired"],
      ["kind", "holiday.error.kindInvalid"],
    ]);
  });

  it("limits names to 150 characters", () => {
    const base = { date: "2026-08-17", nameEn: "B", kind: "NATIONAL" };
    expect(holidayInputSchema.safeParse({ ...base, nameId: "a".repeat(150) }).success).toBe(true);
    const tooLong = holidayInputSchema.safeParse({ ...base, nameId: "a".repeat(151) });
    expect(tooLong.error?.issues.map((issue) => issue.message)).toEqual(["holiday.error.nameTooLong"]);
  });

  it("turns the date into the midnight-UTC value a @db.Date column stores", () => {
    expect(holidayDateValue("2026-08-17").toISOString()).toBe("2026-08-17T00:00:00.000Z");
  });
});
