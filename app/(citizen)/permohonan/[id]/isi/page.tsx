import { redirect } from "next/navigation";
import { ApplicationForm } from "@/components/applications/application-form";
import { CorrectionNotice } from "@/components/applications/correction-notice";
import { PageHeading } from "@/components/layout/page-heading";
import { autosaveDraftAction, saveApplicationFormAction } from "@/lib/applications/actions";
import { flattenAnswers, prefillFromProfile, profileBoundFields } from "@/lib/catalog/form-schema";
import { agencyDateRules } from "@/lib/applications/queries";
import { isAwaitingCorrection, isEditableByCitizen } from "@/lib/applications/workflow";
import { citizenProfileValues } from "@/lib/identity/profile-values";
import { formatCalendarDate, pick } from "@/lib/platform/i18n/format";
import { SharedFactsForm } from "@/components/wallet/shared-facts-form";
import { shareWalletFactsAction } from "@/lib/wallet/actions";
import { walletOffersForForm } from "@/lib/outputs/wallet-sources";
import type { WalletCandidate } from "@/lib/applications/wallet-reuse";
import { APPLICATION_FORM_MESSAGES } from "@/lib/applications/form-messages";
import { inLocale } from "@/lib/platform/i18n/localized";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { citizenApplicationOrExit } from "../citizen-case";

export const generateMetadata = pageTitle("application.formTitle");

export default async function ApplicationFormPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const { actor, application } = await citizenApplicationOrExit(id, `/permohonan/${id}/isi`);
  if (!isEditableByCitizen(application.status)) redirect(`/permohonan/${id}`);
  const definition = application.formDefinition;
  const correcting = isAwaitingCorrection(application.status);

  // Type it once: empty profile-bound answers come from the profile (not during a correction).
  const profile = correcting ? {} : await citizenProfileValues(application.citizenId);
  const answers = prefillFromProfile(definition, profile, application.answers);
  const prefilledKeys = profileBoundFields(definition)
    .map(({ fieldKey }) => fieldKey)
    .filter((key) => answers[key] !== undefined && application.answers[key] === undefined);

  // Dokumen saya: wallet items that can stand in for an upload, facts to fill with consent, and where filled fields came from.
  const offers = await walletOffersForForm(actor, application);
  const describe = (item: WalletCandidate) =>
    t("wallet.reuse.option", {
      service: pick(locale, item.service, "name"),
      agency: pick(locale, item.agency, "name"),
      date: formatCalendarDate(item.issuedAt, locale),
    });
  const wallet = Object.fromEntries(
    Object.entries(offers.documents).map(([key, offer]) => [
      key,
      { options: offer.candidates.map((item) => ({ ref: item.ref, label: describe(item) })), chosen: offer.chosen },
    ]),
  );
  const filledFrom = Object.fromEntries(
    Object.entries(offers.filledFrom).map(([key, source]) => [
      key,
      t("wallet.reuse.filledFrom", {
        service: pick(locale, source.service, "name"),
        agency: pick(locale, source.agency, "name"),
        date: formatCalendarDate(source.issuedAt, locale),
      }),
    ]),
  );

  return (
    <div>
      <PageHeading title={pick(locale, application.service, "name")} lead={t("application.formIntro")} />
      {offers.factSources.length > 0 && !correcting ? (
        <SharedFactsForm
          sources={offers.factSources.map((item) => ({ ref: item.ref, label: describe(item) }))}
          messages={messagesFor(locale, ["form.errorSummaryTitle", "wallet.reuse."])}
          action={shareWalletFactsAction.bind(null, application.id)}
        />
      ) : null}
      {correcting && application.correction ? <CorrectionNotice correction={application.correction} definition={definition} locale={locale} t={t} /> : null}
      <ApplicationForm
        key={Object.keys(filledFrom).join(",")}
        wallet={wallet}
        filledFrom={filledFrom}
        applicationId={application.id}
        definition={inLocale(definition, locale)}
        locale={locale}
        messages={messagesFor(locale, APPLICATION_FORM_MESSAGES)}
        initialValues={flattenAnswers(definition, answers)}
        documents={application.documents}
        editable={correcting ? (application.correction?.fields ?? []) : "all"}
        prefilledKeys={prefilledKeys}
        {...await agencyDateRules(application.agency)}
        action={saveApplicationFormAction.bind(null, application.id)}
        autosave={autosaveDraftAction.bind(null, application.id)}
      />
    </div>
  );
}
