import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { fieldProblem, formMessages, summaryLine, textFrom } from "./use-form-messages";

const messages = messagesFor("id", ["form.", "validation.", "complaint.categoryRequired"]);

describe("form messages that name their field", () => {
  it("lists each blank field by name in the summary and beside the field, once", () => {
    const state = { values: {}, fieldErrors: { email: ["validation.required" as const], name: ["validation.required" as const] } };
    const { summary, fieldErrors } = formMessages(messages, state, { name: "Nama lengkap", email: "Email" });
    expect(summary).toEqual([
      { field: "name", message: "Masukkan nama lengkap." },
      { field: "email", message: "Masukkan email." },
    ]);
    expect(fieldErrors("email")).toEqual(["Masukkan email."]);
  });

  it("shows one problem per field, even when the check found the same one twice", () => {
    const text = textFrom(messages);
    expect(fieldProblem(text, ["complaint.categoryRequired", "complaint.categoryRequired"], "Kategori")).toEqual(["Pilih kategori."]);
    expect(fieldProblem(text, undefined, "Kategori")).toEqual([]);
  });

  it("prefixes a summary line with the label only when the message does not name the field", () => {
    expect(summaryLine("Nomor telepon", "Nomor telepon wajib diisi.")).toBe("Nomor telepon wajib diisi.");
    expect(summaryLine("NIK", "Masukkan 16 digit angka.")).toBe("NIK: Masukkan 16 digit angka.");
  });

  it("follows the language the page handed down, plural forms included", () => {
    const text = textFrom(messagesFor("en", ["complaints.supportCount"]));
    expect(text("complaints.supportCount", { count: 1 })).toBe("1 citizen supports this");
  });
});
