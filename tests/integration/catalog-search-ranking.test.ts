import { describe, expect, it } from "vitest";
import { findServices } from "@/lib/catalog/queries";

const slugsFor = async (q: string) => (await findServices({ q })).map((service) => service.slug);

// Seeded services whose subject is the KTP: named so, or with "ktp" among their search terms.
const ABOUT_KTP = ["ktp-el-baru", "ktp-el-penggantian", "kartu-identitas-anak", "surat-keterangan-kehilangan"];

describe("catalog search over the seeded catalog: what people really type", () => {
  it('ranks services about the KTP before the many that only ask for one ("ktp")', async () => {
    const slugs = await slugsFor("ktp");
    expect(slugs[0]).toMatch(/^ktp-el-/);
    expect(slugs.slice(0, ABOUT_KTP.length).sort()).toEqual([...ABOUT_KTP].sort());
    // A service that merely lists a KTP copy among its requirements is still found, further down.
    expect(slugs.indexOf("skck")).toBeGreaterThanOrEqual(ABOUT_KTP.length);
  });

  it('finds business licences for the common spelling "ijin usaha"', async () => {
    const slugs = await slugsFor("ijin usaha");
    expect(slugs.slice(0, 2).sort()).toEqual(["izin-usaha-mikro-kecil", "nib-oss-rba"]);
  });

  it.each([
    ["bikin akte lahir", "akta-kelahiran"],
    ["bikin kk", "kartu-keluarga"],
    ["surat kelakuan baik", "skck"],
  ])('understands everyday words and older spellings ("%s")', async (query, expected) => {
    expect((await slugsFor(query))[0]).toBe(expected);
  });

  it.each([
    ["akta kelahran", "akta-kelahiran"],
    ["kartu keluraga", "kartu-keluarga"],
    ["pajak reklam", "pajak-reklame"],
  ])('forgives a misspelling ("%s")', async (query, expected) => {
    expect((await slugsFor(query))[0]).toBe(expected);
  });

  it("does not turn a misspelling into everything", async () => {
    expect((await slugsFor("akta kelahran")).length).toBeLessThanOrEqual(3);
    expect(await slugsFor("qwxzvb")).toEqual([]);
  });

  it("treats query syntax and SQL in the search box as plain words", async () => {
    for (const hostile of ['\'; DROP TABLE "Service"; --', "ktp & | ! ( :*", '"unterminated', "\\", "ijin <-> usaha", "a".repeat(500)]) {
      await expect(findServices({ q: hostile })).resolves.toBeInstanceOf(Array);
    }
  });
});
