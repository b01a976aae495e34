import { describe, expect, it } from "vitest";
import { INTENTS, recognizeIntent } from "./intent";
import { LABELLED_QUESTIONS } from "./labelled-questions";
import { editDistance, normalizeQuestion } from "./normalize";

describe("what a question asks (intent recognition), on the labelled set", () => {
  it("recognises the intent of at least 95 % of the labelled questions", () => {
    const missed = LABELLED_QUESTIONS.filter((item) => recognizeIntent(item.q).intent !== item.intent).map((item) => item.q);
    expect(missed.length / LABELLED_QUESTIONS.length, missed.join(" | ")).toBeLessThanOrEqual(0.05);
  });

  it("covers every intent, in Indonesian and English, with at least 150 questions", () => {
    expect(LABELLED_QUESTIONS.length).toBeGreaterThanOrEqual(150);
    for (const intent of INTENTS)
      expect(
        LABELLED_QUESTIONS.some((item) => item.intent === intent),
        intent,
      ).toBe(true);
    expect(LABELLED_QUESTIONS.filter((item) => recognizeIntent(item.q).english).length).toBeGreaterThanOrEqual(25);
  });
});

describe("intent recognition on everyday spelling", () => {
  it.each([
    ["syarat bikin ktp", "requirements"],
    ["persyaratn akta", "requirements"],
    ["syrat kk", "requirements"],
    ["brp lama skck", "duration"],
    ["biayanya brp", "fee"],
    ["gmn caranya daftar nib", "procedure"],
    ["dmn rekam ktp", "location"],
    ["jam buka disdukcapil", "location"],
    ["how do I complain", "complaint"],
    ["lacak permohonan", "tracking"],
    ["What do I need for a birth certificate?", "requirements"],
    ["How much is the PBG fee?", "fee"],
  ] as const)("%j asks about %s", (question, intent) => {
    expect(recognizeIntent(question).intent).toBe(intent);
  });

  it("tells one's own case from a question about a service", () => {
    expect(recognizeIntent("kenapa permohonan saya dikembalikan?").intent).toBe("myCase");
    expect(recognizeIntent("kapan selesai?").intent).toBe("myCase");
    expect(recognizeIntent("kapan selesai DISDUKCAPIL-2026-000123").intent).toBe("myCase");
    expect(recognizeIntent("my application was rejected, why").intent).toBe("myCase");
    // The same words about a named service ask how long it takes, not about a filed case.
    expect(recognizeIntent("kapan selesai ktp baru").intent).toBe("duration");
    // A lost-item report is a service, not a complaint.
    expect(recognizeIntent("lapor kehilangan dompet syaratnya").intent).toBe("requirements");
  });

  it("leaves the service's words as the subject, without what is asked or small talk", () => {
    expect(recognizeIntent("Min, syarat bikin akte lahir anak apa aja ya?").subject).toEqual(["akta", "lahir", "anak"]);
    expect(recognizeIntent("berapa biaya ijin keramaian").subject).toEqual(["izin", "keramaian"]);
    expect(recognizeIntent("halo").intent).toBe("unknown");
  });

  it("marks an English question, so its answer quotes the English text", () => {
    expect(recognizeIntent("what are the requirements for SKCK").english).toBe(true);
    expect(recognizeIntent("apa syarat SKCK").english).toBe(false);
  });
});

describe("normalising a question", () => {
  it("folds case, accents and punctuation and replaces everyday spellings", () => {
    expect(normalizeQuestion("Brp biaya IJIN praktek?? (di mana)")).toEqual(["berapa", "biaya", "izin", "praktik", "dimana"]);
    expect(normalizeQuestion("e-KTP, KTP-el")).toEqual(["ktp", "ktp"]);
  });

  it("bounds a pasted essay", () => {
    expect(normalizeQuestion("kata ".repeat(500)).length).toBeLessThanOrEqual(24);
  });

  it("counts a typo's edits, a swap of neighbours as one", () => {
    expect(editDistance("syarat", "syrat")).toBe(1);
    expect(editDistance("biaya", "biyaa")).toBe(1);
    expect(editDistance("prosedur", "prosedru")).toBe(1);
    expect(editDistance("lokasi", "biaya")).toBeGreaterThan(2);
  });
});
