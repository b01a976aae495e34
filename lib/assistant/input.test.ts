import { describe, expect, it } from "vitest";
import { keywordsSchema, mergeKeywords, questionSchema } from "./input";

describe("assistant input", () => {
  it("drops a malformed service or topic instead of refusing the question", () => {
    expect(questionSchema.parse({ q: " syarat skck ", layanan: "../etc", topik: "hack" })).toEqual({ q: "syarat skck", layanan: null, topik: null });
    expect(questionSchema.safeParse({ q: "x".repeat(301) }).success).toBe(false);
  });

  it("adds keywords once each, keeping the service's own", () => {
    expect(mergeKeywords("ktp e-ktp", "e-ktp  bikin ktp")).toBe("ktp e-ktp bikin");
    expect(keywordsSchema.parse({ serviceId: "s", keywords: "Surat <b>Sehat</b>!" }).keywords).toBe("surat b sehat b");
  });
});
