import { describe, expect, it } from "vitest";
import { parsePage, parsePart, partHref } from "./parts";
import { parseSelection } from "./selection";

const catalog = {
  agencies: [{ id: "a1", slug: "disdukcapil", code: "DISDUKCAPIL", nameId: "Dinas", nameEn: "Office", timezone: "Asia/Jakarta" }],
  services: [{ id: "s1", slug: "ktp-el-baru", agencyId: "a1", nameId: "KTP", nameEn: "ID card" }],
};

describe("dashboard parts", () => {
  it("opens the summary for no part or an unknown one", () => {
    expect(parsePart({})).toBe("ringkasan");
    expect(parsePart({ bagian: "<script>" })).toBe("ringkasan");
    expect(parsePart({ bagian: ["petugas", "tren"] })).toBe("petugas");
  });

  it("keeps the period, agency and service in every part's link", () => {
    const selection = parseSelection({ periode: "bulan", bulan: "2026-11", layanan: "ktp-el-baru" }, catalog, "2026-12-06");
    expect(partHref("/petugas/dasbor", selection, "petugas")).toBe(
      "/petugas/dasbor?bagian=petugas&periode=bulan&bulan=2026-11&instansi=disdukcapil&layanan=ktp-el-baru",
    );
    expect(partHref("/petugas/dasbor", selection, "ringkasan")).toBe("/petugas/dasbor?periode=bulan&bulan=2026-11&instansi=disdukcapil&layanan=ktp-el-baru");
    expect(partHref("/petugas/dasbor", selection, "petugas", 3)).toContain("&hal=3");
  });

  it("reads a page number within the pages that exist", () => {
    expect(parsePage({}, 60, 25)).toEqual({ page: 1, pages: 3 });
    expect(parsePage({ hal: "3" }, 60, 25)).toEqual({ page: 3, pages: 3 });
    expect(parsePage({ hal: "9" }, 60, 25)).toEqual({ page: 3, pages: 3 });
    expect(parsePage({ hal: "-1" }, 60, 25)).toEqual({ page: 1, pages: 3 });
    expect(parsePage({ hal: "2" }, 0, 25)).toEqual({ page: 1, pages: 1 });
  });
});
