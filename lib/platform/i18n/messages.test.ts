import { describe, expect, it } from "vitest";
import { en } from "./en";
import { domainCatalogs, id } from "./id";
import { messagesFor, translate } from "./messages";

// A plain `{name}` or a plural choice `{name, plural, ...}`; each name once.
const placeholders = (text: string) =>
  [...new Set([...text.replace(/(=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g, "").matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();

describe("message catalogs", () => {
  it("gives every Indonesian message an English text with the same placeholders", () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it("gives every key to exactly one domain catalog", () => {
    const total = domainCatalogs.reduce((sum, catalog) => sum + Object.keys(catalog.id).length, 0);
    expect(total).toBe(Object.keys(id).length);
  });

  it("files every key in the catalog that declares the longest prefix it starts with", () => {
    const declared = domainCatalogs.flatMap((catalog) => catalog.prefixes.map((prefix) => ({ prefix, catalog })));
    for (const catalog of domainCatalogs) {
      for (const key of Object.keys(catalog.id)) {
        const owner = declared.filter(({ prefix }) => key.startsWith(prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
        expect(owner?.catalog.prefixes, `${key} is in the catalog declaring ${catalog.prefixes.join(" ")}`).toBe(catalog.prefixes);
      }
    }
  });

  it("lets one catalog alone declare a prefix", () => {
    const prefixes = domainCatalogs.flatMap((catalog) => catalog.prefixes);
    expect(prefixes.filter((prefix, index) => prefixes.indexOf(prefix) !== index)).toEqual([]);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("id", "service.workingDays", { count: 3 })).toBe("3 hari kerja");
    expect(translate("en", "service.workingDays", { count: 3 })).toBe("3 working days");
    expect(translate("en", "service.workingDays")).toContain("{count, plural,");
    expect(translate("en", "service.workingDays", { count: 1 })).toBe("1 working day");
  });

  it("hands a client form only the messages it asks for, plus the general errors any action may answer with", () => {
    const subset = messagesFor("en", ["auth."]);
    expect(subset["auth.signInSubmit"]).toBe("Sign in");
    expect(subset["error.serviceUnavailable"]).toBe(translate("en", "error.serviceUnavailable"));
    expect(subset["error.forbidden"]).toBe(translate("en", "error.forbidden"));
    expect(Object.keys(subset).every((key) => key.startsWith("auth.") || key.startsWith("error.") || key === "i18n.locale")).toBe(true);
    // The language goes along, so the form picks plural forms by its rules.
    expect(subset["i18n.locale"]).toBe("en");
    // Page chrome stays on the server: a form never shows an error page's title or its link home.
    expect(subset["error.notFoundTitle"]).toBeUndefined();
    expect(subset["error.backHome"]).toBeUndefined();
  });
});
