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
import type { id } from "./id";

/** English: must cover every key of the Indonesian catalog (the type enforces it). */
export const en: Record<keyof typeof id, string> = {
  ...core.en,
  ...errorPages.en,
  ...applications.en,
  ...applicationPages.en,
  ...backOffice.en,
  ...documents.en,
  ...notifications.en,
  ...sla.en,
  ...holidays.en,
  ...oidc.en,
  ...outputs.en,
  ...trustedDocuments.en,
  ...walletReuse.en,
  ...complaints.en,
  ...surveys.en,
  ...dashboard.en,
  ...dashboardParts.en,
  ...catalogAdmin.en,
  ...accounts.en,
  ...legal.en,
  ...citizen.en,
  ...recovery.en,
  ...assistant.en,
  ...identity.en,
  ...factors.en,
  ...settings.en,
  ...developer.en,
  ...visits.en,
  ...payments.en,
  ...feeEditor.en,
  ...treasury.en,
};
