import { describe, expect, it } from "vitest";
import { interpolate, labelInSentence } from "./interpolate";
import { translate } from "./messages";

describe("interpolate", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("en", "Hello {name}, {missing}", { name: "Siti" })).toBe("Hello Siti, {missing}");
  });

  it("picks English plural forms by Intl.PluralRules, with # for the number", () => {
    const drafts = "You have {count, plural, one {# draft} other {# drafts}}.";
    expect(interpolate("en", drafts, { count: 1 })).toBe("You have 1 draft.");
    expect(interpolate("en", drafts, { count: 0 })).toBe("You have 0 drafts.");
    expect(interpolate("en", drafts, { count: 2 })).toBe("You have 2 drafts.");
    expect(interpolate("en", "{n, plural, =0 {none} other {# left}}", { n: 0 })).toBe("none");
  });

  it("uses Indonesian's single plural form: 'other' even for one", () => {
    expect(interpolate("id", "{count, plural, one {# satu} other {# warga}}", { count: 1 })).toBe("1 warga");
  });

  it("treats a number already formatted for reading as plural", () => {
    expect(interpolate("en", "{days, plural, one {# working day} other {# working days}}", { days: "1,234.5" })).toBe("1,234.5 working days");
  });

  it("names the field: as it is at the start of a sentence, lower-cased inside one, acronyms kept", () => {
    expect(interpolate("id", "Masukkan {field}.", { field: "Nama lengkap" })).toBe("Masukkan nama lengkap.");
    expect(interpolate("id", "{field} wajib diisi.", { field: "Nomor telepon" })).toBe("Nomor telepon wajib diisi.");
    expect(interpolate("id", "Masukkan {field}.", { field: "NIK (Nomor Induk Kependudukan)" })).toBe("Masukkan NIK (Nomor Induk Kependudukan).");
    expect(interpolate("en", "Enter {field}.", { field: "Email" })).toBe("Enter email.");
  });

  it("still reads when a problem is shown without its field's label", () => {
    expect(interpolate("id", "{field} terlalu panjang.", {})).toBe("Isian ini terlalu panjang.");
    expect(interpolate("en", "Enter {field}.", { field: "" })).toBe("Enter this entry.");
  });

  it("keeps acronyms and lower-cases words", () => {
    expect(labelInSentence("KK")).toBe("KK");
    expect(labelInSentence("Kata sandi saat ini")).toBe("kata sandi saat ini");
    expect(labelInSentence("A")).toBe("a");
  });
});

describe("catalog messages that name their field and count", () => {
  it("registration's required fields each say which field (no more six times 'Kolom ini wajib diisi.')", () => {
    const names = ["Nama lengkap sesuai KTP", "Email", "Tanggal lahir"].map((field) => translate("id", "validation.required", { field }));
    expect(names).toEqual(["Masukkan nama lengkap sesuai KTP.", "Masukkan email.", "Masukkan tanggal lahir."]);
    expect(translate("en", "validation.chooseOne", { field: "Sex" })).toBe("Select sex.");
  });

  it("says '1 citizen supports this' in English and one form in Indonesian", () => {
    expect(translate("en", "complaints.supportCount", { count: 1 })).toBe("1 citizen supports this");
    expect(translate("en", "complaints.supportCount", { count: 3 })).toBe("3 citizens support this");
    expect(translate("id", "complaints.supportCount", { count: 1 })).toBe("1 warga mendukung");
    expect(translate("en", "application.existingDrafts", { count: 1 })).toBe("You have 1 draft for this service.");
  });
});
