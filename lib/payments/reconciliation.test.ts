import { describe, expect, it } from "vitest";
import { compactAccount, matchSettlement, parseSettlementCsv, settlementCsv, settlementDayBounds, type KnownBill } from "./reconciliation";

const HEADER = "tanggal_settlement,nomor_va,kode_tagihan,jumlah,referensi_pembayaran,waktu_bayar";

describe("the settlement file", () => {
  it("round-trips what the simulated bank writes, with the padding of the VA number removed", () => {
    const paidAt = new Date("2026-12-06T03:04:05.000Z");
    const csv = settlementCsv("2026-12-06", [{ virtualAccountNo: "   88899000000000042", billCode: "TGABC", amount: 30000, reference: "SIM1", paidAt }]);
    expect(csv.split("\r\n")[1]).toBe("2026-12-06,88899000000000042,TGABC,30000,SIM1,2026-12-06T03:04:05.000Z");
    expect(parseSettlementCsv(csv)).toEqual({
      ok: true,
      settlementDate: "2026-12-06",
      rows: [{ line: 2, settlementDate: "2026-12-06", virtualAccountNo: "88899000000000042", billCode: "TGABC", amount: 30000, reference: "SIM1", paidAt }],
    });
  });

  it("takes the columns in any order, quoted fields, a byte order mark, and no bill code", () => {
    const csv = `\uFEFFwaktu_bayar,jumlah,nomor_va,referensi_pembayaran,tanggal_settlement\n"2026-12-06T10:00:00+07:00",1500,"8889 9000 1",R-1,2026-12-06\n`;
    const parsed = parseSettlementCsv(csv);
    expect(parsed).toMatchObject({ ok: true, rows: [{ virtualAccountNo: "888990001", billCode: null, amount: 1500, reference: "R-1" }] });
  });

  it("reports every bad line and refuses a file with another header, none or two dates", () => {
    expect(parseSettlementCsv("")).toMatchObject({ ok: false, problem: "empty" });
    expect(parseSettlementCsv("tanggal,va\n")).toMatchObject({ ok: false, problem: "header" });
    const csv = [
      HEADER,
      "2026-12-06,8889901,,1000,R1,2026-12-06T01:00:00Z",
      "2026-12-07,8889902,,1000,R2,2026-12-06T01:00:00Z",
      "2026-02-30,8889903,,1000,R3,2026-12-06T01:00:00Z",
      "2026-12-06,ABC,,1000,R4,2026-12-06T01:00:00Z",
      "2026-12-06,8889905,,-5,R5,2026-12-06T01:00:00Z",
      "2026-12-06,8889906,,5,,2026-12-06T01:00:00Z",
      "2026-12-06,8889907,,5,R7,06/12/2026",
      "2026-12-06,8889908,,5",
    ].join("\n");
    expect(parseSettlementCsv(csv)).toEqual({
      ok: false,
      problem: "lines",
      errors: [
        { line: 3, problem: "otherDate" },
        { line: 4, problem: "date" },
        { line: 5, problem: "account" },
        { line: 6, problem: "amount" },
        { line: 7, problem: "reference" },
        { line: 8, problem: "paidAt" },
        { line: 9, problem: "columns" },
      ],
    });
  });
});

describe("matching", () => {
  const row = (line: number, reference: string, amount: number, account = "1") => ({
    line,
    settlementDate: "2026-12-06",
    virtualAccountNo: account,
    billCode: null,
    amount,
    reference,
    paidAt: new Date(0),
  });
  const payment = (reference: string, amount: number, billId = reference) => ({ billId, billCode: `TG${billId}`, virtualAccountNo: "1", reference, amount });

  it("puts every file line and every portal payment in exactly one result line", () => {
    const bills = new Map<string, KnownBill>([["9", { billId: "b9", billCode: "TG9", virtualAccountNo: "9" }]]);
    const lines = matchSettlement(
      [row(2, "A", 100), row(3, "B", 90), row(4, "A", 100), row(5, "C", 10, "9"), row(6, "D", 10, "404")],
      [payment("A", 100), payment("B", 100), payment("E", 70)],
      bills,
    );
    expect(lines.map((line) => [line.kind, line.line, line.billCode])).toEqual([
      ["matched", 2, "TGA"],
      ["amountDiffers", 3, "TGB"],
      ["duplicate", 4, "TGA"],
      ["missingInPortal", 5, "TG9"],
      ["unknownBill", 6, null],
      ["missingInFile", null, "TGE"],
    ]);
  });
});

it("a settlement day is a day of the home calendar (WIB)", () => {
  expect(settlementDayBounds("2026-12-06")).toEqual({ from: new Date("2026-12-05T17:00:00Z"), to: new Date("2026-12-06T17:00:00Z") });
  expect(compactAccount("   88899 0001")).toBe("888990001");
});
