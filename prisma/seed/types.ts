import type { FormDefinitionInput } from "../../lib/catalog/form-definition";
import type { ServiceStandard } from "../../lib/catalog/standard";

export type SeedAgency = {
  code: string; // upper-case, used in tracking numbers, e.g. "DISDUKCAPIL"
  slug: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  timezone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
  regionCode?: string; // two-digit province code, for regional holidays
  officeOpens: string; // "07:30"
  officeCloses: string; // "16:00"
  email: string;
  phone: string;
  address: string;
  website?: string;
};

export type SeedCategory = { slug: string; nameId: string; nameEn: string; sortOrder: number };

export type SeedService = {
  slug: string;
  agencyCode: string;
  categorySlug: string;
  nameId: string;
  nameEn: string;
  summaryId: string;
  summaryEn: string;
  /** Abbreviations and other words people search with, space separated. */
  keywords: string;
  decreeNumber: string;
  effectiveFrom: string; // YYYY-MM-DD
  slaWorkingDays: number;
  feeAmount: number; // Rupiah, 0 = free
  standard: ServiceStandard;
  formDefinition: FormDefinitionInput;
};

export type SeedHoliday = {
  date: string; // YYYY-MM-DD
  nameId: string;
  nameEn: string;
  kind: "NATIONAL" | "CUTI_BERSAMA" | "REGIONAL";
  regionCode?: string;
};
