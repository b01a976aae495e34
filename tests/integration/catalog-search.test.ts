import { describe, expect, it } from "vitest";
import { findServices, getPublishedService } from "@/lib/catalog/queries";

const slugsFor = async (q: string, extra: { category?: string; agency?: string } = {}) => (await findServices({ q, ...extra })).map((service) => service.slug);

describe("catalog full-text search (PostgreSQL, indonesian + english)", () => {
  it.each([
    ["ktp", "ktp-el-baru"],
    ["kartu tanda penduduk", "ktp-el-baru"],
    ["e-ktp", "ktp-el-baru"],
    ["akta lahir", "akta-kelahiran"],
    ["akta kelahiran", "akta-kelahiran"],
    ["birth certificate", "akta-kelahiran"],
    ["skck", "skck"],
    ["catatan kepolisian", "skck"],
  ])('ranks the right service first for "%s"', async (query, expected) => {
    const slugs = await slugsFor(query);
    expect(slugs[0]?.startsWith(expected) || slugs.slice(0, 2).includes(expected)).toBe(true);
  });

  it('finds business licensing for "izin usaha"', async () => {
    const slugs = await slugsFor("izin usaha");
    expect(slugs.slice(0, 3)).toEqual(expect.arrayContaining(["nib-oss-rba"]));
    expect(slugs).not.toContain("akta-kematian");
  });

  it("narrows a search to a category or agency", async () => {
    const all = await slugsFor("surat");
    const health = await slugsFor("surat", { category: "kesehatan" });
    expect(health.length).toBeGreaterThan(0);
    expect(health.length).toBeLessThan(all.length);
    const services = await findServices({ q: "surat", category: "kesehatan" });
    expect(services.every((service) => service.category.slug === "kesehatan")).toBe(true);
  });

  it("lists everything published, alphabetically, without a query", async () => {
    const services = await findServices({ agency: "disdukcapil" });
    expect(services.length).toBeGreaterThanOrEqual(5);
    const names = services.map((service) => service.nameId);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("returns nothing for an unknown filter rather than ignoring it", async () => {
    expect(await findServices({ category: "tidak-ada" })).toEqual([]);
  });

  it("treats SQL and query syntax in the search box as plain words", async () => {
    for (const hostile of ['\'; DROP TABLE "Service"; --', "ktp & | ! ( :*", '"unterminated', "\\"]) {
      await expect(findServices({ q: hostile })).resolves.toBeInstanceOf(Array);
    }
    expect((await findServices({})).length).toBeGreaterThanOrEqual(24);
  });

  it("loads a published service with its validated standard and form", async () => {
    const service = await getPublishedService("akta-kelahiran");
    expect(service?.version.standard.requirements.length).toBeGreaterThan(0);
    expect(service?.version.formDefinition.sections.length).toBeGreaterThan(0);
    expect(await getPublishedService("tidak-ada")).toBeNull();
  });
});
