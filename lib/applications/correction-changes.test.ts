import { describe, expect, it } from "vitest";
import { correctionChanges, snapshotOf } from "./correction-changes";

const kk = (id: string, fileName: string) => ({ id, fieldKey: "familyCardScan", fileName });

describe("what a correction changed", () => {
  it("keeps only the named fields in a snapshot", () => {
    const snapshot = snapshotOf(["birthPlace", "familyCardScan"], { birthPlace: "Bandung", phone: "0812" }, [
      kk("d1", "kk.pdf"),
      { id: "d2", fieldKey: "photo", fileName: "foto.jpg" },
    ]);
    expect(snapshot).toEqual({ answers: { birthPlace: "Bandung" }, documents: [kk("d1", "kk.pdf")] });
  });

  it("lists changed answers with their stored values, and replaced documents by name", () => {
    const fields = ["birthPlace", "kkNumber", "phone", "familyCardScan"];
    const changes = correctionChanges({
      fields,
      openBefore: { birthPlace: "Bandung", kkNumber: "3275031201090007", phone: "0812" },
      openAfter: { birthPlace: "Kota Bandung", kkNumber: "3275031201090007", phone: "0812" },
      // Sealed identity numbers differ each time they are sealed: compared as read, not as stored.
      before: { answers: { birthPlace: "Bandung", kkNumber: "enc:aaa", phone: "0812" }, documents: [kk("d1", "kk.pdf")] },
      after: { answers: { birthPlace: "Kota Bandung", kkNumber: "enc:bbb", phone: "0812" }, documents: [kk("d3", "kk-baru.pdf")] },
    });
    expect(changes).toEqual({
      answers: [{ field: "birthPlace", before: "Bandung", after: "Kota Bandung" }],
      documents: [{ field: "familyCardScan", before: ["kk.pdf"], after: ["kk-baru.pdf"] }],
    });
  });

  it("records nothing when the citizen sent the named fields back unchanged", () => {
    const snapshot = { answers: { birthPlace: "Bandung" }, documents: [kk("d1", "kk.pdf")] };
    expect(
      correctionChanges({
        fields: ["birthPlace", "familyCardScan"],
        openBefore: { birthPlace: "Bandung" },
        openAfter: { birthPlace: "Bandung" },
        before: snapshot,
        after: snapshot,
      }),
    ).toEqual({ answers: [], documents: [] });
  });
});
