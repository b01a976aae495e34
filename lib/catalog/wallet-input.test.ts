import { describe, expect, it } from "vitest";
import { walletFieldKeys } from "./draft";
import { inputFromWalletDeclarations, walletDeclarationsFromInput, withWalletDeclarations, WALLET_INPUT } from "./wallet-input";

const form = {
  sections: [
    {
      key: "data",
      title: { id: "Data", en: "Data" },
      fields: [
        { key: "childName", type: "text" },
        { key: "birthDate", type: "date" },
        { key: "familyCard", type: "file" },
        { key: "witnesses", type: "group", fields: [{ key: "witnessName", type: "text" }] },
      ],
    },
  ],
};

describe("the standard editor's wallet declarations", () => {
  it("names top-level answers only: an output's facts no upload, a form's filled fields no upload and no group", () => {
    expect(walletFieldKeys(form)).toEqual({ outputFacts: ["childName", "birthDate", "witnesses"], fillable: ["childName", "birthDate"] });
  });

  it("reads the output's type, its facts and the facts taken from another output, and writes them back as typed", () => {
    const values = {
      [WALLET_INPUT.outputDocumentType]: " akta-kelahiran ",
      [WALLET_INPUT.outputFacts]: "childName = childName\n\nbirthDate=birthDate",
      [WALLET_INPUT.sharedFacts]: "kartu-keluarga: headName -> childName\nkartu-keluarga: kkNumber -> birthDate",
    };
    const read = walletDeclarationsFromInput(values, walletFieldKeys(form));
    expect(read).toEqual({
      ok: true,
      declarations: {
        outputDocumentType: "akta-kelahiran",
        outputFacts: { childName: "childName", birthDate: "birthDate" },
        sharedFacts: [
          {
            documentType: "kartu-keluarga",
            fields: [
              { fact: "headName", field: "childName" },
              { fact: "kkNumber", field: "birthDate" },
            ],
          },
        ],
      },
    });
    if (!read.ok) return;
    expect(inputFromWalletDeclarations(withWalletDeclarations({ fee: "x" }, read.declarations))).toEqual({
      [WALLET_INPUT.outputDocumentType]: "akta-kelahiran",
      [WALLET_INPUT.outputFacts]: "childName = childName\nbirthDate = birthDate",
      [WALLET_INPUT.sharedFacts]: "kartu-keluarga: headName -> childName\nkartu-keluarga: kkNumber -> birthDate",
    });
  });

  it("names the answer the draft form does not have, and the line it cannot read", () => {
    expect(walletDeclarationsFromInput({ [WALLET_INPUT.outputFacts]: "nama = namaAnak" }, walletFieldKeys(form))).toEqual({
      ok: false,
      fieldErrors: { [WALLET_INPUT.outputFacts]: ["catalogAdmin.wallet.unknownField"] },
      fieldParams: { [WALLET_INPUT.outputFacts]: { key: "namaAnak" } },
    });
    expect(walletDeclarationsFromInput({ [WALLET_INPUT.outputFacts]: "childName = witnessName" }, walletFieldKeys(form)).ok).toBe(false);
    expect(walletDeclarationsFromInput({ [WALLET_INPUT.sharedFacts]: "kartu-keluarga: saksi -> witnesses" }, walletFieldKeys(form)).ok).toBe(false);
    expect(walletDeclarationsFromInput({ [WALLET_INPUT.outputFacts]: "saksi = witnesses" }, walletFieldKeys(form)).ok).toBe(true);
    expect(
      walletDeclarationsFromInput(
        { [WALLET_INPUT.outputDocumentType]: "Akta Kelahiran", [WALLET_INPUT.sharedFacts]: "kartu-keluarga headName childName" },
        walletFieldKeys(form),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { [WALLET_INPUT.outputDocumentType]: ["catalogAdmin.wallet.documentType"], [WALLET_INPUT.sharedFacts]: ["catalogAdmin.wallet.sharedLine"] },
      fieldParams: {
        [WALLET_INPUT.outputDocumentType]: { value: "Akta Kelahiran" },
        [WALLET_INPUT.sharedFacts]: { line: "kartu-keluarga headName childName" },
      },
    });
  });

  it("removes every declaration left blank rather than storing it empty", () => {
    const read = walletDeclarationsFromInput({}, walletFieldKeys(form));
    expect(read.ok && withWalletDeclarations({ fee: "x", outputDocumentType: "skck", outputFacts: { a: "b" } }, read.declarations)).toEqual({ fee: "x" });
  });
});
