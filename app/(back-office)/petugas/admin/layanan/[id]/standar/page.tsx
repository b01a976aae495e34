import { CatalogNoticeBanner } from "@/components/catalog-admin/notice";
import { SpecForm, type InputSpec } from "@/components/catalog-admin/spec-form";
import { PageHeading } from "@/components/layout/page-heading";
import { saveStandardAction } from "@/lib/catalog/admin-actions";
import { catalogNotice, serviceAdminHref, standardEditHref } from "@/lib/catalog/admin-paths";
import { orNotFound, requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { getServiceForAdmin } from "@/lib/catalog/admin-queries";
import { DELIVERY_COMPONENTS, MANAGEMENT_COMPONENTS } from "@/lib/catalog/standard";
import { FEE_INPUT, VALIDITY_INPUT, inputFromFeeRule } from "@/lib/payments/fee-rule-input";
import { feeRuleInputs } from "@/components/catalog-admin/fee-rule-inputs";
import { inputFromStandard, isListComponent, type StandardComponent } from "@/lib/catalog/standard-input";
import { inputFromWalletDeclarations, WALLET_INPUT } from "@/lib/catalog/wallet-input";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor, type MessageKey, type Translator } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("catalogAdmin.standard.title");
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function componentInputs(components: readonly StandardComponent[], t: Translator): InputSpec[] {
  return components.flatMap((component) => {
    const name = t(`standard.${component}`);
    const list = isListComponent(component);
    return (["id", "en"] as const).map((language) => ({
      kind: "textarea" as const,
      name: `standard.${component}.${language}`,
      label: t(`catalogAdmin.standard.${language}`, { component: name }),
      hint: list ? t("catalogAdmin.standard.listHint") : undefined,
      rows: list ? 5 : 2,
    }));
  });
}

/** Admin > service > the draft's 14 standard components, SLA and fee. */
export default async function StandardEditPage({ params, searchParams }: Props) {
  const [{ id }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const actor = await requireCatalogAdmin(standardEditHref(id));
  const service = await orNotFound(getServiceForAdmin(actor, id));
  const { draft } = service;
  const known: Record<string, MessageKey[]> = {};
  for (const issue of service.standardIssues) (known[issue.path] ??= []).push(issue.message);
  if (!service.publishable.ok) {
    for (const issue of service.publishable.issues)
      if (["slaWorkingDays", "feeAmount", "standard.feeRule", "standard.outputFacts"].includes(issue.path)) known[issue.path] = [issue.message];
  }
  for (const [from, to] of [
    ["standard.feeRule", FEE_INPUT.kind],
    ["standard.outputValidityMonths", VALIDITY_INPUT],
    ["standard.outputFacts", WALLET_INPUT.outputFacts],
  ] as const) {
    if (!known[from]) continue;
    known[to] = known[from];
    delete known[from];
  }
  const inputs: InputSpec[] = [
    { kind: "heading", text: t("catalogAdmin.standard.delivery") },
    ...componentInputs(DELIVERY_COMPONENTS, t),
    { kind: "heading", text: t("catalogAdmin.standard.management") },
    ...componentInputs(MANAGEMENT_COMPONENTS, t),
    { kind: "heading", text: t("catalogAdmin.standard.numbers"), note: t("catalogAdmin.standard.documentsNote") },
    { kind: "text", name: "slaWorkingDays", label: t("catalogAdmin.standard.slaWorkingDays"), inputMode: "numeric", required: true },
    {
      kind: "text",
      name: "feeAmount",
      label: t("catalogAdmin.standard.feeAmount"),
      hint: t("catalogAdmin.standard.feeHint"),
      inputMode: "numeric",
      required: true,
    },
    ...feeRuleInputs(t),
    { kind: "heading", text: t("catalogAdmin.validity.heading") },
    { kind: "text", name: VALIDITY_INPUT, label: t("catalogAdmin.validity.months"), hint: t("catalogAdmin.validity.hint"), inputMode: "numeric" },
    { kind: "heading", text: t("catalogAdmin.wallet.heading"), note: t("catalogAdmin.wallet.note") },
    {
      kind: "text",
      name: WALLET_INPUT.outputDocumentType,
      label: t("catalogAdmin.wallet.outputDocumentType"),
      hint: t("catalogAdmin.wallet.outputDocumentTypeHint"),
    },
    {
      kind: "textarea",
      name: WALLET_INPUT.outputFacts,
      label: t("catalogAdmin.wallet.outputFacts"),
      hint: t("catalogAdmin.wallet.outputFactsHint"),
      rows: 3,
    },
    {
      kind: "textarea",
      name: WALLET_INPUT.sharedFacts,
      label: t("catalogAdmin.wallet.sharedFacts"),
      hint: t("catalogAdmin.wallet.sharedFactsHint"),
      rows: 3,
    },
  ];
  return (
    <div>
      <PageHeading
        back={{ href: serviceAdminHref(service.id), label: t("catalogAdmin.form.back") }}
        title={`${t("catalogAdmin.standard.title")}: ${pick(locale, service, "name")}`}
        lead={t("catalogAdmin.standard.lead")}
      />
      <CatalogNoticeBanner notice={catalogNotice(query.hasil)} t={t} />
      <SpecForm
        action={saveStandardAction.bind(null, service.id)}
        messages={messagesFor(locale, ["form.", "catalogAdmin.error.", "catalogAdmin.validity.invalid", "catalogAdmin.wallet.", "payment.rule."])}
        hidden={{ revision: String(draft.revision) }}
        inputs={inputs}
        initialValues={{
          ...inputFromStandard(draft.standard),
          ...inputFromFeeRule(draft.standard.feeRule),
          ...inputFromWalletDeclarations(draft.standard),
          [VALIDITY_INPUT]: typeof draft.standard.outputValidityMonths === "number" ? String(draft.standard.outputValidityMonths) : "",
          slaWorkingDays: draft.slaWorkingDays === null ? "" : String(draft.slaWorkingDays),
          feeAmount: draft.feeAmount === null ? "" : String(draft.feeAmount),
        }}
        initialErrors={known}
        submitLabel={t("catalogAdmin.standard.submit")}
      />
    </div>
  );
}
