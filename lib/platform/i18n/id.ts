import { accounts } from "./catalog/accounts";
import { applicationPages } from "./catalog/application-pages";
import { assistant } from "./catalog/assistant";
import { applications } from "./catalog/applications";
import { backOffice } from "./catalog/back-office";
import { catalogAdmin } from "./catalog/catalog-admin";
import { citizen } from "./catalog/citizen";
import { complaints } from "./catalog/complaints";
import { core } from "./catalog/core";
import { dashboard } from "./catalog/dashboard";
import { dashboardParts } from "./catalog/dashboard-parts";
import { errorPages } from "./catalog/error-pages";
import { documents } from "./catalog/documents";
import { holidays } from "./catalog/holidays";
import { oidc } from "./catalog/oidc";
import { identity } from "./catalog/identity";
import { factors } from "./catalog/factors";
import { legal } from "./catalog/legal";
import { notifications } from "./catalog/notifications";
import { outputs } from "./catalog/outputs";
import { trustedDocuments } from "./catalog/trusted-documents";
import { walletReuse } from "./catalog/wallet-reuse";
import { payments } from "./catalog/payments";
import { feeEditor } from "./catalog/fee-editor";
import { treasury } from "./catalog/treasury";
import { recovery } from "./catalog/recovery";
import { settings } from "./catalog/settings";
import { developer } from "./catalog/developer";
import { sla } from "./catalog/sla";
import { surveys } from "./catalog/surveys";
import { visits } from "./catalog/visits";

/** Every domain's messages; a key belongs to exactly one domain (a test checks). */
export const domainCatalogs = [
  core,
  errorPages,
  applications,
  applicationPages,
  backOffice,
  documents,
  notifications,
  sla,
  holidays,
  oidc,
  outputs,
  trustedDocuments,
  walletReuse,
  complaints,
  surveys,
  dashboard,
  dashboardParts,
  catalogAdmin,
  accounts,
  legal,
  citizen,
  recovery,
  assistant,
  identity,
  factors,
  settings,
  developer,
  visits,
  payments,
  feeEditor,
  treasury,
] as const;

/** Bahasa Indonesia: the source catalog, merged from one file per domain in ./catalog. */
export const id = {
  ...core.id,
  ...errorPages.id,
  ...applications.id,
  ...applicationPages.id,
  ...backOffice.id,
  ...documents.id,
  ...notifications.id,
  ...sla.id,
  ...holidays.id,
  ...oidc.id,
  ...outputs.id,
  ...trustedDocuments.id,
  ...walletReuse.id,
  ...complaints.id,
  ...surveys.id,
  ...dashboard.id,
  ...dashboardParts.id,
  ...catalogAdmin.id,
  ...accounts.id,
  ...legal.id,
  ...citizen.id,
  ...payments.id,
  ...feeEditor.id,
  ...treasury.id,
  ...recovery.id,
  ...assistant.id,
  ...identity.id,
  ...factors.id,
  ...settings.id,
  ...developer.id,
  ...visits.id,
};
