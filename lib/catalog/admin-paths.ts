/** The admin console's catalog pages (one place, so links and redirects agree). */
export const AGENCY_ADMIN_PATH = "/petugas/admin/instansi";
export const SERVICE_ADMIN_PATH = "/petugas/admin/layanan";

export const agencyEditHref = (id: string) => `${AGENCY_ADMIN_PATH}/${id}`;
export const serviceAdminHref = (id: string, notice?: string) => `${SERVICE_ADMIN_PATH}/${id}${notice ? `?hasil=${notice}` : ""}`;
export const standardEditHref = (id: string) => `${SERVICE_ADMIN_PATH}/${id}/standar`;
export const formBuilderHref = (id: string, notice?: string, anchor?: string) =>
  `${SERVICE_ADMIN_PATH}/${id}/formulir${notice ? `?hasil=${notice}` : ""}${anchor ? `#${anchor}` : ""}`;
export const fieldEditHref = (id: string, address: string) => `${SERVICE_ADMIN_PATH}/${id}/formulir/${address}`;
export const previewHref = (id: string) => `${SERVICE_ADMIN_PATH}/${id}/pratinjau`;
export const exportHref = (id: string) => `${SERVICE_ADMIN_PATH}/${id}/ekspor`;
export const IMPORT_HREF = `${SERVICE_ADMIN_PATH}/impor`;

/** Outcome notices shown after a redirect: ?hasil=<one of these>. */
export const CATALOG_NOTICES = ["disimpan", "dibuat", "diterbitkan", "diimpor", "kedaluwarsa"] as const;
export type CatalogNotice = (typeof CATALOG_NOTICES)[number];

export function catalogNotice(value: unknown): CatalogNotice | null {
  return typeof value === "string" && (CATALOG_NOTICES as readonly string[]).includes(value) ? (value as CatalogNotice) : null;
}

/** The anchor of a field or section row in the form builder. */
export const fieldAnchor = (address: string) => `field-${address.replaceAll(".", "-")}`;
