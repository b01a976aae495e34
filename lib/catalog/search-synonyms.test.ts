import { describe, expect, it } from "vitest";
import { expandSearchQuery } from "./search-synonyms";

describe("expanding a catalog search query", () => {
  it("offers every equivalent of a word people spell differently", () => {
    expect(expandSearchQuery("Ijin usaha")).toEqual([["ijin", "izin", "perizinan", "perijinan"], ["usaha"]]);
  });

  it("expands an abbreviation into its phrase, and the phrase's words stay a phrase", () => {
    expect(expandSearchQuery("KK")).toEqual([["kk", "kartu keluarga"]]);
  });

  it("drops words that say what to do rather than which service, unless nothing else is left", () => {
    expect(expandSearchQuery("cara bikin akte")).toEqual([["akte", "akta"]]);
    expect(expandSearchQuery("bikin")[0]).toContain("buat");
  });

  it("strips punctuation around words and ignores empty ones", () => {
    expect(expandSearchQuery('  "akte",  (lahir) ')).toEqual([
      ["akte", "akta"],
      ["lahir", "kelahiran"],
    ]);
    expect(expandSearchQuery("  & | ! ")).toEqual([]);
  });

  it("bounds the number and length of words", () => {
    const groups = expandSearchQuery(`${"a".repeat(100)} ${"kata ".repeat(20)}`);
    expect(groups).toHaveLength(8);
    expect(groups[0]![0]).toHaveLength(40);
  });
});
