import { describe, expect, it } from "vitest";
import { checkDraft, EMPTY_DRAFT, workingDraft } from "./draft";
import { inputFromStandard, standardFromInput } from "./standard-input";

const version = {
  standard: { requirements: [{ id: "KTP", en: "ID card" }] },
  formDefinition: { sections: [] },
  slaWorkingDays: 3,
  feeAmount: 0,
};

describe("the working draft", () => {
  it("starts from the published version, or empty, and keeps a stored draft", () => {
    expect(workingDraft(null, version)).toMatchObject({ revision: 0, publishedAs: null, slaWorkingDays: 3, standard: version.standard });
    expect(workingDraft(null, null)).toEqual(EMPTY_DRAFT);
    const stored = { ...EMPTY_DRAFT, revision: 7, feeAmount: 5000 };
    expect(workingDraft(stored, version)).toEqual(stored);
    expect(workingDraft({ revision: "x" }, null)).toEqual(EMPTY_DRAFT);
  });

  it("lists every gap of an empty draft by where it is fixed", () => {
    const result = checkDraft(EMPTY_DRAFT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toContain("standard.requirements");
    expect(paths).toContain("standard.performanceEvaluation");
    expect(paths).toEqual(expect.arrayContaining(["form.sections", "slaWorkingDays", "feeAmount"]));
    expect(result.issues.find((issue) => issue.path === "form.sections")?.message).toBe("catalogAdmin.error.noSections");
  });

  it("pairs a list component's Indonesian and English lines and keeps single texts whole", () => {
    const standard = standardFromInput({
      "standard.requirements.id": "KTP-el\n\nKK\n",
      "standard.requirements.en": "ID card\nFamily card",
      "standard.fee.id": " Gratis ",
      "standard.fee.en": "Free",
    });
    expect(standard.requirements).toEqual([
      { id: "KTP-el", en: "ID card" },
      { id: "KK", en: "Family card" },
    ]);
    expect(standard.fee).toEqual({ id: "Gratis", en: "Free" });
    expect(inputFromStandard(standard)["standard.requirements.en"]).toBe("ID card\nFamily card");
  });
});

describe("a fee rule whose answer the form no longer has", () => {
  it("blocks publishing, named at the fee rule", () => {
    const feeRule = {
      computation: { kind: "table", field: "purpose", rows: [{ value: "kerja", amount: 10000, label: { id: "Kerja", en: "Job" } }] },
      trigger: "verification",
      legalBasis: { id: "Perda 1/2024", en: "Regulation 1/2024" },
    };
    const form = (key: string) => ({ sections: [{ key: "data", title: { id: "Data", en: "Details" }, fields: [{ key, type: "text" }] }] });
    const draft = { ...EMPTY_DRAFT, standard: { feeRule }, formDefinition: form("reason") };
    const blocked = checkDraft(draft);
    expect(!blocked.ok && blocked.issues).toContainEqual({ path: "standard.feeRule", message: "payment.rule.unknownFieldAtPublish" });
    const fine = checkDraft({ ...draft, formDefinition: form("purpose") });
    expect(!fine.ok && fine.issues.map((issue) => issue.path)).not.toContain("standard.feeRule");
  });
});

describe("wallet facts whose answer the form no longer has", () => {
  it("block publishing, named at the output's facts", () => {
    const form = (key: string) => ({ sections: [{ key: "data", title: { id: "Data", en: "Details" }, fields: [{ key, type: "text" }] }] });
    const draft = { ...EMPTY_DRAFT, standard: { outputDocumentType: "surat-uji", outputFacts: { purpose: "purpose" } }, formDefinition: form("reason") };
    const blocked = checkDraft(draft);
    expect(!blocked.ok && blocked.issues).toContainEqual({ path: "standard.outputFacts", message: "catalogAdmin.wallet.unknownFieldAtPublish" });
    const fine = checkDraft({ ...draft, formDefinition: form("purpose") });
    expect(!fine.ok && fine.issues.map((issue) => issue.path)).not.toContain("standard.outputFacts");
    const shared = checkDraft({ ...draft, standard: { sharedFacts: [{ documentType: "kartu-keluarga", fields: [{ fact: "kk", field: "kkNumber" }] }] } });
    expect(!shared.ok && shared.issues.map((issue) => issue.path)).toContain("standard.outputFacts");
  });
});
