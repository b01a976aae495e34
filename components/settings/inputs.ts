import { PORTAL_TIMEZONES } from "@/lib/settings/schemas";
import { zoneAbbreviation } from "@/lib/platform/i18n/format";
import type { Translator } from "@/lib/platform/i18n/messages";
import type { InputSpec } from "@/components/catalog-admin/spec-form";

/** The portal settings form's inputs, grouped under headings; "remove the logo" only when there is one. */
export function portalSettingsInputs(t: Translator, hasLogo: boolean): InputSpec[] {
  return [
    { kind: "heading", text: t("settings.heading.identity") },
    { kind: "text", name: "portalName", label: t("settings.field.portalName"), hint: t("settings.field.portalNameHint"), required: true },
    { kind: "text", name: "governmentNameId", label: t("settings.field.governmentNameId"), required: true },
    { kind: "text", name: "governmentNameEn", label: t("settings.field.governmentNameEn"), required: true },
    {
      kind: "file",
      name: "logo",
      label: t("settings.field.logo"),
      hint: t("settings.field.logoHint"),
      accept: ".svg,.png,.jpg,.jpeg,.webp,image/svg+xml,image/png,image/jpeg,image/webp",
    },
    ...(hasLogo ? [{ kind: "checkbox", name: "removeLogo", label: t("settings.field.removeLogo") } as const] : []),
    { kind: "heading", text: t("settings.heading.colours"), note: t("settings.heading.coloursNote") },
    { kind: "text", name: "colorHeader", label: t("settings.field.colorHeader"), hint: t("settings.field.colorHeaderHint"), required: true },
    { kind: "text", name: "colorAction", label: t("settings.field.colorAction"), hint: t("settings.field.colorActionHint"), required: true },
    { kind: "heading", text: t("settings.heading.contact") },
    { kind: "text", name: "contactEmail", label: t("settings.field.contactEmail") },
    { kind: "text", name: "contactPhone", label: t("settings.field.contactPhone") },
    { kind: "textarea", name: "contactAddress", label: t("settings.field.contactAddress") },
    {
      kind: "select",
      name: "timezone",
      label: t("settings.field.timezone"),
      hint: t("settings.field.timezoneHint"),
      options: PORTAL_TIMEZONES.map((zone) => ({ value: zone, label: `${zoneAbbreviation(zone)} (${zone})` })),
    },
  ];
}
