import { describe, expect, it } from "vitest";
import { ANSWER_THRESHOLD, decide, type ScoredService } from "./decide";

const match = (slug: string, score: number, covers: number[] = [0], named = true): ScoredService => ({ slug, agencyId: "a", score, covers, named });

describe("deciding whether to answer, and from which service", () => {
  it("answers from the one service the words clearly mean", () => {
    expect(decide({ intent: "fee", subject: ["skck"], matches: [match("skck", 1), match("izin-keramaian", 0.3)] })).toMatchObject({
      kind: "quote",
      slug: "skck",
    });
  });

  it("abstains with the close services when two fit almost equally", () => {
    const decision = decide({
      intent: "requirements",
      subject: ["ktp"],
      matches: [match("ktp-el-baru", 1), match("ktp-el-penggantian", 1), match("skck", 0.3)],
    });
    expect(decision).toEqual({ kind: "choices", slugs: ["ktp-el-baru", "ktp-el-penggantian"], confidence: 1 });
  });

  it("abstains below the threshold, and when the runner-up explains a word the leader does not", () => {
    expect(decide({ intent: "fee", subject: ["x"], matches: [match("a", ANSWER_THRESHOLD - 0.01)] }).kind).toBe("choices");
    const split = [match("ktp-el-penggantian", 0.81, [1, 2]), match("kartu-keluarga", 0.5, [0, 2])];
    expect(decide({ intent: "requirements", subject: ["kk", "rusak", "ganti"], matches: split }).kind).toBe("choices");
  });

  it("never answers from a service known only by one of its search keywords", () => {
    expect(decide({ intent: "requirements", subject: ["sim"], matches: [match("surat-keterangan-kehilangan", 0.7, [0], false)] }).kind).toBe("choices");
  });

  it("uses the page's service when the words name none, but not when they name another", () => {
    expect(decide({ intent: "fee", subject: [], matches: [], contextSlug: "skck" })).toMatchObject({ kind: "quote", slug: "skck" });
    const otherService = [match("ktp-el-baru", 1), match("ktp-el-penggantian", 1), match("skck", 0.3)];
    expect(decide({ intent: "requirements", subject: ["ktp"], matches: otherService, contextSlug: "skck" }).kind).toBe("choices");
    // A choice taken from an abstention is among the close ones: it is answered.
    expect(decide({ intent: "requirements", subject: ["ktp"], matches: otherService, contextSlug: "ktp-el-penggantian" })).toMatchObject({
      kind: "quote",
      slug: "ktp-el-penggantian",
    });
  });

  it("asks back what is wanted about a clear service, and which service for a clear topic", () => {
    expect(decide({ intent: "unknown", subject: ["skck"], matches: [match("skck", 1)] })).toMatchObject({ kind: "clarifyTopic", slug: "skck" });
    expect(decide({ intent: "fee", subject: [], matches: [] }).kind).toBe("clarifyService");
    expect(decide({ intent: "unknown", subject: ["cuaca"], matches: [] }).kind).toBe("unknown");
  });

  it("answers tracking and complaints without a service, one's own case from the case, an office from its agency", () => {
    expect(decide({ intent: "tracking", subject: [], matches: [] }).kind).toBe("guide");
    expect(decide({ intent: "complaint", subject: [], matches: [] }).kind).toBe("guide");
    expect(decide({ intent: "complaint", subject: ["skck"], matches: [match("skck", 1)] })).toMatchObject({ kind: "quote", slug: "skck" });
    expect(decide({ intent: "myCase", subject: ["ktp"], matches: [match("ktp-el-baru", 1)] }).kind).toBe("ownCase");
    expect(decide({ intent: "location", subject: ["polres"], matches: [match("skck", 1)], agency: { id: "p", onlyAgency: true } })).toMatchObject({
      kind: "agency",
      agencyId: "p",
    });
  });
});
