import { describe, expect, it } from "vitest";
import { buildOutputRecord, canonicalJson, canonicalRecordBytes, maskName, parseOutputRecord, type OutputRecord } from "./canonical-record";

const input = {
  documentId: "0b8f3c1e-5a8e-4e0c-9a55-1f0d2c3b4a59",
  verificationCode: "7K3M-Q9RT-2HXW",
  service: { slug: "ktp-el-baru", nameId: "KTP-el Baru (Perekaman Pertama)", nameEn: "New e-KTP (first recording)" },
  agencyCode: "DISDUKCAPIL",
  holderName: "Siti Rahayu",
  trackingNumber: "DISDUKCAPIL-2026-000123",
  issuedAt: new Date("2026-11-24T03:15:00.250Z"),
  pdfSha256: "a".repeat(64),
};

/** The same object with its keys (at every level) in reverse order, as jsonb may hand it back. */
function reversed(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe("canonical output record", () => {
  it("builds the signed fields, with the holder's name masked and the time in UTC ISO form", () => {
    const record = buildOutputRecord(input);
    expect(record).toEqual({
      v: 1,
      documentId: input.documentId,
      verificationCode: "7K3M-Q9RT-2HXW",
      service: input.service,
      agencyCode: "DISDUKCAPIL",
      holderNameMasked: "S*** R*****",
      trackingNumber: "DISDUKCAPIL-2026-000123",
      issuedAt: "2026-11-24T03:15:00.250Z",
      pdfSha256: "a".repeat(64),
    });
  });

  it("serialises with sorted keys and no whitespace", () => {
    const text = canonicalJson(buildOutputRecord(input));
    // Re-serialising without indentation changes nothing: there is no whitespace between tokens.
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(Object.keys(JSON.parse(text))).toEqual([...Object.keys(JSON.parse(text))].sort());
    expect(text.startsWith('{"agencyCode":"DISDUKCAPIL","documentId":')).toBe(true);
    expect(text).toContain('"service":{"nameEn":"New e-KTP (first recording)","nameId":"KTP-el Baru (Perekaman Pertama)","slug":"ktp-el-baru"}');
    expect(text.endsWith(',"trackingNumber":"DISDUKCAPIL-2026-000123","v":1,"verificationCode":"7K3M-Q9RT-2HXW"}')).toBe(true);
  });

  it("is stable under key order: a record read back in any order gives the same bytes", () => {
    const record = buildOutputRecord(input);
    const shuffled = reversed(record) as OutputRecord;
    expect(Object.keys(shuffled)).toEqual(Object.keys(record).reverse());
    expect(canonicalRecordBytes(shuffled)).toEqual(canonicalRecordBytes(record));
    expect(canonicalRecordBytes(parseOutputRecord(shuffled) as OutputRecord)).toEqual(canonicalRecordBytes(record));
    expect(canonicalJson({ b: [2, { y: 1, x: null }], a: true })).toBe('{"a":true,"b":[2,{"x":null,"y":1}]}');
  });

  it("escapes strings as JSON does and refuses numbers with several spellings", () => {
    expect(canonicalJson({ name: 'Nur "Aini"\n' })).toBe('{"name":"Nur \\"Aini\\"\\n"}');
    expect(() => canonicalJson({ x: 1.5 })).toThrow();
  });

  it("rejects stored JSON that is not a record", () => {
    const record = buildOutputRecord(input);
    expect(parseOutputRecord(null)).toBeNull();
    expect(parseOutputRecord({ ...record, v: 2 })).toBeNull();
    expect(parseOutputRecord({ ...record, extra: "field" })).toBeNull();
    expect(parseOutputRecord({ ...record, pdfSha256: "xyz" })).toBeNull();
    expect(parseOutputRecord({ ...record, issuedAt: "2026-11-24" })).toBeNull();
  });
});

describe("maskName", () => {
  it.each([
    ["Siti Rahayu", "S*** R*****"],
    ["  Budi   Santoso ", "B*** S******"],
    ["Sukarno", "S******"],
    ["I Made Suarta", "I M*** S*****"],
    ["dr. Nur Aini", "d** N** A***"],
    ["Ñoño Łukasz", "Ñ*** Ł*****"],
    ["", ""],
  ])("%j → %j", (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(maskName("𝒜bc")).toBe("𝒜**");
  });
});
