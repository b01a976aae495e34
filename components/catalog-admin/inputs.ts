import { AGENCY_TIMEZONES } from "@/lib/catalog/admin-input";
import { SERVICE_STATUSES } from "@/lib/catalog/admin-input";
import { zoneAbbreviation } from "@/lib/platform/i18n/format";
import type { Translator } from "@/lib/platform/i18n/messages";
import type { InputSpec } from "./spec-form";

type Choice = { value: string; label: string };

/** The agency form's inputs; the code only when creating (it is fixed afterwards). */
export function agencyInputs(t: Translator, creating: boolean): InputSpec[] {
  const field = (name: string) => t(`catalogAdmin.agency.field.${name}` as Parameters<Translator>[0]);
  return [
    ...(creating ? [{ kind: "text", name: "code", label: field("code"), hint: t("catalogAdmin.agency.field.codeHint"), required: true } as const] : []),
    { kind: "text", name: "nameId", label: field("nameId"), required: true },
    { kind: "text", name: "nameEn", label: field("nameEn"), required: true },
    { kind: "textarea", name: "descriptionId", label: field("descriptionId") },
    { kind: "textarea", name: "descriptionEn", label: field("descriptionEn") },
    {
      kind: "select",
      name: "timezone",
      label: field("timezone"),
      options: AGENCY_TIMEZONES.map((zone) => ({ value: zone, label: `${zoneAbbreviation(zone)} (${zone})` })),
    },
    { kind: "text", name: "regionCode", label: field("regionCode"), inputMode: "numeric" },
    { kind: "text", name: "officeOpens", label: field("officeOpens"), required: true },
    { kind: "text", name: "officeCloses", label: field("officeCloses"), hint: t("catalogAdmin.agency.field.officeClosesHint"), required: true },
    { kind: "text", name: "email", label: field("email") },
    { kind: "text", name: "phone", label: field("phone") },
    { kind: "textarea", name: "address", label: field("address") },
    { kind: "text", name: "website", label: field("website") },
  ];
}

/** The service details form's inputs: the slug only when creating, the status only when editing. */
export function serviceInputs(t: Translator, options: { creating: boolean; agencies: Choice[]; categories: Choice[] }): InputSpec[] {
  const field = (name: string) => t(`catalogAdmin.service.field.${name}` as Parameters<Translator>[0]);
  return [
    ...(options.creating
      ? [{ kind: "text", name: "slug", label: field("slug"), hint: t("catalogAdmin.service.field.slugHint"), required: true } as const]
      : []),
    { kind: "select", name: "agencyId", label: field("agencyId"), options: options.agencies, placeholder: t("catalogAdmin.service.choose") },
    { kind: "select", name: "categoryId", label: field("categoryId"), options: options.categories, placeholder: t("catalogAdmin.service.choose") },
    { kind: "text", name: "nameId", label: field("nameId"), required: true },
    { kind: "text", name: "nameEn", label: field("nameEn"), required: true },
    { kind: "textarea", name: "summaryId", label: field("summaryId"), required: true },
    { kind: "textarea", name: "summaryEn", label: field("summaryEn"), required: true },
    { kind: "text", name: "keywords", label: field("keywords"), hint: t("catalogAdmin.service.field.keywordsHint") },
    ...(options.creating
      ? []
      : [
          {
            kind: "select",
            name: "status",
            label: field("status"),
            options: SERVICE_STATUSES.map((status) => ({ value: status, label: t(`catalogAdmin.service.status.${status}`) })),
          } as const,
        ]),
  ];
}
