import { applicationPages } from "./catalog/application-pages";
import { applications } from "./catalog/applications";
import { core } from "./catalog/core";
import { documents } from "./catalog/documents";
import { holidays } from "./catalog/holidays";
import { notifications } from "./catalog/notifications";
import { sla } from "./catalog/sla";

/** Every domain's messages; a key belongs to exactly one domain (a test checks). */
export const domainCatalogs = [core, applications, applicationPages, documents, notifications, sla, holidays] as const;

/** Bahasa Indonesia: the source catalog, merged from one file per domain in ./catalog. */
export const id = {
  ...core.id,
  ...applications.id,
  ...applicationPages.id,
  ...documents.id,
  ...notifications.id,
  ...sla.id,
  ...holidays.id,
};
