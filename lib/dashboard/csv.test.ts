import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv";
import { publishCount, publishDerived } from "./suppression";

describe("CSV", () => {
  it("quotes what needs quoting and reads back what it wrote", () => {
    const csv = toCsv(["nama", "jumlah", "catatan"], [["Dinas \"A\", Kota", 12, null], ["B", 3.5, true], [" spasi", "<5", "baris\nbaru"]]);
    expect(csv).toBe('nama,jumlah,catatan\r\n"Dinas ""A"", Kota",12,\r\nB,3.5,true\r\n" spasi",<5,"baris\nbaru"\r\n');
    expect(parseCsv(csv)).toEqual([
      ["nama", "jumlah", "catatan"],
      ['Dinas "A", Kota', "12", ""],
      ["B", "3.5", "true"],
      [" spasi", "<5", "baris\nbaru"],
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
