import { beforeAll, describe, expect, it } from "vitest";
import { getServiceForAdmin } from "@/lib/catalog/admin-queries";
import { inputFromStandard } from "@/lib/catalog/standard-input";
import { inputFromWalletDeclarations, WALLET_INPUT } from "@/lib/catalog/wallet-input";
import { walletDeclarationsOf } from "@/lib/catalog/standard";
import { previewFeeRule } from "@/lib/catalog/use-cases/preview-fee-rule";
import { saveStandardDraft } from "@/lib/catalog/use-cases/save-standard-draft";
import { inputFromFeeRule } from "@/lib/payments/fee-rule-input";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { actorFor, DISDUKCAPIL_OFFICER, rejectionOf, type UserActor } from "@/tests/fixtures/applications";
import { adminContext, buildForm, draftRevision, publish, publishedTestService, textField } from "@/tests/fixtures/catalog";

let admin: UserActor;
let officer: UserActor;

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
});

const rule = {
  "feeRule.kind": "formula",
  "feeRule.trigger": "verification",
  "feeRule.legalBasis.id": "Peraturan Daerah Kota Harapan Jaya Nomor 1 Tahun 2024",
  "feeRule.legalBasis.en": "Harapan Jaya City Regional Regulation No. 1 of 2024",
  "feeRule.validDays": "10",
  "feeRule.label.id": "Retribusi uji",
  "feeRule.label.en": "Test levy",
  "feeRule.expression": "area * rate * kindIndex",
  "feeRule.constants": "rate = 2500",
  "feeRule.lookups": "kindIndex | kind | baru=1, perpanjangan=0.5",
  "feeRule.roundingMode": "down",
  "feeRule.roundingStep": "100",
};

/** A published test service whose draft form has the answers the rule reads. */
async function serviceWithAnswers() {
  const { id } = await publishedTestService(admin);
  await buildForm(admin, id, [
    { kind: "addField", section: 0, values: textField("area") },
    { kind: "addField", section: 0, values: textField("kind") },
  ]);
  const service = await getServiceForAdmin(admin, id);
  const base = { ...inputFromStandard(service.draft.standard), slaWorkingDays: "5", feeAmount: "0" };
  return { id, base };
}

async function appError(promise: Promise<unknown>) {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the standard editor's fee rule and output validity", () => {
  it("saves a formula rule and a validity, shows them back as typed, and publishes them with the version", async () => {
    const { id, base } = await serviceWithAnswers();
    await saveStandardDraft(admin, id, { ...base, ...rule, outputValidityMonths: "6", revision: String(await draftRevision(id)) }, adminContext);
    const { draft } = await getServiceForAdmin(admin, id);
    expect(draft.standard.outputValidityMonths).toBe(6);
    expect(draft.standard.feeRule).toEqual({
      computation: {
        kind: "formula",
        expression: "area * rate * kindIndex",
        label: { id: "Retribusi uji", en: "Test levy" },
        constants: { rate: "2500" },
        lookups: { kindIndex: { field: "kind", values: { baru: "1", perpanjangan: "0.5" } } },
        rounding: { mode: "down", step: 100 },
      },
      trigger: "verification",
      legalBasis: { id: rule["feeRule.legalBasis.id"], en: rule["feeRule.legalBasis.en"] },
      validDays: 10,
    });
    expect(inputFromFeeRule(draft.standard.feeRule)).toEqual({
      ...rule,
      "feeRule.constants": "rate = 2500",
      "feeRule.lookups": "kindIndex | kind | baru=1, perpanjangan=0.5",
    });
    await publish(admin, id, "800/2/SK/UJI/2026", "2026-02-02");
    const version = await db.serviceStandardVersion.findFirstOrThrow({ where: { serviceId: id }, orderBy: { version: "desc" }, select: { standard: true } });
    expect(version.standard).toMatchObject({ outputValidityMonths: 6, feeRule: { trigger: "verification", validDays: 10 } });

    // Free and blank remove them again.
    await saveStandardDraft(admin, id, { ...base, "feeRule.kind": "free", outputValidityMonths: "", revision: String(await draftRevision(id)) }, adminContext);
    const cleared = (await getServiceForAdmin(admin, id)).draft.standard;
    expect(cleared).not.toHaveProperty("feeRule");
    expect(cleared).not.toHaveProperty("outputValidityMonths");
  });

  it("refuses an invalid rule or validity at its input and saves nothing", async () => {
    const { id, base } = await serviceWithAnswers();
    const revision = String(await draftRevision(id));
    const unknown = await appError(saveStandardDraft(admin, id, { ...base, ...rule, "feeRule.expression": "area * storeys", revision }, adminContext));
    expect(unknown.fieldErrors).toEqual({ "feeRule.expression": ["payment.rule.unknownField"] });
    expect(unknown.fieldParams).toEqual({ "feeRule.expression": { names: "storeys" } });
    const negative = await appError(
      saveStandardDraft(
        admin,
        id,
        { ...base, ...rule, "feeRule.kind": "fixed", "feeRule.amount": "-30000", outputValidityMonths: "0", revision },
        adminContext,
      ),
    );
    expect(negative.fieldErrors).toEqual({ "feeRule.amount": ["payment.rule.wholeRupiah"], outputValidityMonths: ["catalogAdmin.validity.invalid"] });
    const syntax = await appError(saveStandardDraft(admin, id, { ...base, ...rule, "feeRule.expression": "area *", revision }, adminContext));
    expect(syntax.fieldErrors).toEqual({ "feeRule.expression": ["payment.rule.formulaSyntax"] });
    expect(String(await draftRevision(id))).toBe(revision);
  });

  it("previews the amount for sample answers with the billing function, saving nothing", async () => {
    const { id } = await serviceWithAnswers();
    const revision = await draftRevision(id);
    // 12.5 × 2,500 × 0.5 = 15,625 → rounded down to the hundred.
    expect(await previewFeeRule(admin, id, { ...rule, "feeRule.sample": "area = 12.5\nkind = perpanjangan" })).toMatchObject({
      ok: true,
      free: false,
      amount: 15_600,
      lines: [{ label: { id: "Retribusi uji", en: "Test levy" }, amount: 15_600 }],
    });
    expect(await previewFeeRule(admin, id, { "feeRule.kind": "free" })).toMatchObject({ amount: 0, free: true });
    const missing = await appError(previewFeeRule(admin, id, { ...rule, "feeRule.sample": "area = 12" }));
    expect(missing.fieldErrors).toEqual({ "feeRule.sample": ["payment.rule.preview.missingAnswer"] });
    expect(missing.fieldParams).toEqual({ "feeRule.sample": { detail: "kind" } });
    const unreadable = await appError(previewFeeRule(admin, id, { ...rule, "feeRule.sample": "area twelve" }));
    expect(unreadable.fieldErrors).toEqual({ "feeRule.sample": ["payment.rule.sampleFormat"] });
    const badRule = await appError(previewFeeRule(admin, id, { ...rule, "feeRule.expression": "area * nothing", "feeRule.sample": "area = 1" }));
    expect(badRule.fieldErrors).toEqual({ "feeRule.expression": ["payment.rule.unknownField"] });
    expect(await draftRevision(id)).toBe(revision);
    await expect(previewFeeRule(officer, id, { ...rule, "feeRule.sample": "area = 1\nkind = baru" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("saves the output's wallet declarations, publishes them, and refuses a fact the draft form does not have", async () => {
    const { id, base } = await serviceWithAnswers();
    const wallet = {
      [WALLET_INPUT.outputDocumentType]: "surat-uji",
      [WALLET_INPUT.outputFacts]: "luas = area",
      [WALLET_INPUT.sharedFacts]: "kartu-keluarga: jenis -> kind",
    };
    const revision = String(await draftRevision(id));
    const unknown = await appError(
      saveStandardDraft(admin, id, { ...base, ...wallet, [WALLET_INPUT.outputFacts]: "luas = luasTanah", revision }, adminContext),
    );
    expect(unknown.fieldErrors).toEqual({ [WALLET_INPUT.outputFacts]: ["catalogAdmin.wallet.unknownField"] });
    expect(String(await draftRevision(id))).toBe(revision);

    await saveStandardDraft(admin, id, { ...base, ...wallet, revision }, adminContext);
    const { draft } = await getServiceForAdmin(admin, id);
    expect(draft.standard).toMatchObject({
      outputDocumentType: "surat-uji",
      outputFacts: { luas: "area" },
      sharedFacts: [{ documentType: "kartu-keluarga", fields: [{ fact: "jenis", field: "kind" }] }],
    });
    expect(inputFromWalletDeclarations(draft.standard)).toEqual(wallet);
    await publish(admin, id, "800/3/SK/UJI/2026", "2026-02-02");
    const version = await db.serviceStandardVersion.findFirstOrThrow({ where: { serviceId: id }, orderBy: { version: "desc" }, select: { standard: true } });
    expect(walletDeclarationsOf(version.standard).outputFacts).toEqual({ luas: "area" });
  });
});
