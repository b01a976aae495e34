import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv";
import { publishCount, publishDerived } from "@/lib/platform/suppression";

describe("CSV", () => {
  it("quotes what needs quoting and reads back what it wrote", () => {
    const csv = toCsv(
      ["nama", "jumlah", "catatan"],
      [
        ['Dinas "A", Kota', 12, null],
        ["B", 3.5, true],
        [" spasi", "<5", "baris\nbaru"],
      ],
    );
    expect(csv).toBe('nama,jumlah,catatan\r\n"Dinas ""A"", Kota",12,\r\nB,3.5,true\r\n" spasi",<5,"baris\nbaru"\r\n');
    expect(parseCsv(csv)).toEqual([
      ["nama", "jumlah", "catatan"],
      ['Dinas "A", Kota', "12", ""],
      ["B", "3.5", "true"],
      [" spasi", "<5", "baris\nbaru"],
    ]);
  });

  it("writes a text cell a spreadsheet would run as a formula with a leading quote, and leaves numbers alone", () => {
    const hostile = ['=HYPERLINK("http://evil.test","Klik")', "+62 811", "-1+1", "@SUM(A1)", "\tTab", "\rCR"];
    const csv = toCsv(["nama"], [...hostile.map((name) => [name]), [-3], ["Dinas - Kota"]]);
    const cells = parseCsv(csv)
      .slice(1)
      .map((row) => row[0]);
    expect(cells).toEqual(['\'=HYPERLINK("http://evil.test","Klik")', "'+62 811", "'-1+1", "'@SUM(A1)", "'\tTab", "'\rCR", "-3", "Dinas - Kota"]);
    expect(toCsv(["nama"], [["=1+1"]], "excel-id")).toBe("\uFEFFnama\r\n'=1+1\r\n");
  });

  it("writes the Excel (id-ID) variant with a byte order mark, semicolons and decimal commas", () => {
    const csv = toCsv(
      ["nama", "jumlah", "rata"],
      [
        ["Dinas; Kota", 12, 3.5],
        ["Béla", "<5", null],
      ],
      "excel-id",
    );
    expect(csv).toBe('\uFEFFnama;jumlah;rata\r\n"Dinas; Kota";12;3,5\r\nBéla;<5;\r\n');
    expect(parseCsv(csv, "excel-id")).toEqual([
      ["nama", "jumlah", "rata"],
      ["Dinas; Kota", "12", "3,5"],
      ["Béla", "<5", ""],
    ]);
  });
});

describe("small-count suppression", () => {
  it("shows 0 and 5+, hides 1–4 as <5, and drops figures derived from fewer than 5 records", () => {
    expect([0, 1, 4, 5, 120].map((n) => publishCount(n, true))).toEqual([0, "<5", "<5", 5, 120]);
    expect(publishCount(3, false)).toBe(3);
    expect(publishDerived(87.5, 4, true)).toBeNull();
    expect(publishDerived(87.5, 5, true)).toBe(87.5);
    expect(publishDerived(87.5, 1, false)).toBe(87.5);
  });
});
