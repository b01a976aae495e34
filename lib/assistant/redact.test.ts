import { describe, expect, it } from "vitest";
import { redactPersonalData } from "./redact";

describe("redacting personal data from a question before it is logged", () => {
  it.each([
    ["NIK saya 3275014101900001 kenapa ditolak", "NIK saya [nik] kenapa ditolak"],
    ["nik 3275 0141 0190 0001", "nik [nik]"],
    ["hubungi 081234567890 ya", "hubungi [telepon] ya"],
    ["wa +62 812-3456-7890", "wa [telepon]"],
    ["telp (021) 555 1234", "telp [telepon]"],
    ["email budi.santoso+ktp@mail.co.id tolong", "email [email] tolong"],
    ["no KK 3275010101010001", "no KK [nik]"],
    ["rekening 1234567890", "rekening [angka]"],
  ])("removes %j", (question, expected) => {
    expect(redactPersonalData(question)).toBe(expected);
    expect(redactPersonalData(question)).not.toMatch(/\d{8,}/);
  });

  it("keeps what is not personal: years, counts, short numbers and words", () => {
    for (const kept of ["syarat akta lahir 2026", "berapa lama 14 hari", "PBB-P2 tahun 2025", "jam buka 08:00", "biaya Rp50.000"]) {
      expect(redactPersonalData(kept)).toBe(kept);
    }
  });

  it("leaves no digit of a NIK or phone number hidden inside surrounding text", () => {
    const redacted = redactPersonalData("saya (NIK:3275014101900001/HP:081298765432) email a@b.id");
    expect(redacted).toBe("saya (NIK:[nik]/HP:[telepon]) email [email]");
  });
});
