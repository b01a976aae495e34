import { describe, expect, it } from "vitest";
import { orQueryOf } from "./similarity";

describe("similar-complaint queries", () => {
  it("joins the distinct words of three letters or more with OR", () => {
    expect(orQueryOf("KTP-el saya belum jadi, belum ada kabar!")).toBe("ktp | saya | belum | jadi | ada | kabar");
  });

  it("keeps nothing a query could misread", () => {
    expect(orQueryOf("a & b | !c (d) 'e':* <-> f")).toBe("");
    expect(orQueryOf("Antrean ':*' & | tutup")).toBe("antrean | tutup");
  });

  it("keeps letters of any script and caps the number of words", () => {
    expect(orQueryOf("Pelayanan kantor Dinas Sosial 2026 café")).toBe("pelayanan | kantor | dinas | sosial | 2026 | café");
    expect(orQueryOf(Array.from({ length: 30 }, (_, i) => `kata${i}`).join(" ")).split(" | ")).toHaveLength(12);
  });
});
