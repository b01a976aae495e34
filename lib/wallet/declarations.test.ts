import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "@/lib/catalog/form-definition";
import { walletDeclarationsOf } from "@/lib/catalog/standard";
import { answersFromFacts, documentTypesOfForm, factsOfOutput } from "./declarations";

const t = (text: string) => ({ id: text, en: text });

const definition = formDefinitionSchema.parse({
  sections: [
    {
      key: "main",
      title: t("Main"),
      fields: [
        { key: "newMemberName", type: "text", label: t("Name") },
        { key: "newMemberBirthDate", type: "date", label: t("Born") },
        { key: "birthCertificate", type: "file", label: t("Certificate"), documentType: "akta-kelahiran" },
        { key: "otherScan", type: "file", label: t("Other") },
      ],
    },
  ],
});

describe("wallet declarations of a standard", () => {
  it("reads the output's document type, its facts and the facts a service needs; anything malformed is no declaration", () => {
    expect(walletDeclarationsOf({ outputDocumentType: "akta-kelahiran", outputFacts: { childName: "childName" } })).toEqual({
      outputDocumentType: "akta-kelahiran",
      outputFacts: { childName: "childName" },
      sharedFacts: [],
    });
    expect(walletDeclarationsOf({ outputDocumentType: "Not A Type" })).toEqual({ outputDocumentType: null, outputFacts: {}, sharedFacts: [] });
    expect(walletDeclarationsOf(null).outputDocumentType).toBeNull();
  });

  it("names the document type of each file field that declares one", () => {
    expect([...documentTypesOfForm(definition)]).toEqual([["birthCertificate", "akta-kelahiran"]]);
  });

  it("maps an output's facts onto the fields declared, skipping facts the output lacks and fields the form lacks", () => {
    const facts = factsOfOutput({ childName: "childName", birthDate: "birthDate", motherName: "motherName" }, { childName: "Ayu", birthDate: "2026-11-01" });
    expect(facts).toEqual({ childName: "Ayu", birthDate: "2026-11-01" });
    const declaration = {
      documentType: "akta-kelahiran",
      fields: [
        { fact: "childName", field: "newMemberName" },
        { fact: "birthDate", field: "newMemberBirthDate" },
        { fact: "motherName", field: "newMemberMotherName" },
        { fact: "childName", field: "birthCertificate" },
      ],
    };
    expect(answersFromFacts(declaration, facts, definition)).toEqual({ newMemberName: "Ayu", newMemberBirthDate: "2026-11-01" });
  });
});
