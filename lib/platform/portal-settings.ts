import "server-only";
import { db } from "./db";

/**
 * The portal's own settings as every page and email reads them (issue 24):
 * the admin writes them through lib/settings (versioned, audited); this is
 * the one reader. It lives in platform because the translator and the email
 * renderer, low in the domain graph, brand their text with the portal's name.
 */
export type PortalSettings = {
  /** 0 when nothing was ever saved (the defaults below). */
  version: number;
  portalName: string;
  governmentName: { id: string; en: string };
  /** Served by /api/portal/logo/<id>; null shows no logo. */
  logo: { id: string; mimeType: string } | null;
  colorHeader: string;
  colorAction: string;
  contact: { email: string | null; phone: string | null; address: string | null };
  timezone: string;
};

/** What a fresh install shows until an admin saves the settings: the product's own name and colours. */
export const DEFAULT_PORTAL_SETTINGS: PortalSettings = {
  version: 0,
  portalName: "SatuPintu",
  governmentName: { id: "", en: "" },
  logo: null,
  colorHeader: "#063a6e",
  colorAction: "#0b5cad",
  contact: { email: null, phone: null, address: null },
  timezone: "Asia/Jakarta",
};

/** The product's name as the message catalogs write it; pages and emails show the portal's own name in its place. */
export const PRODUCT_NAME = "SatuPintu";

/** A catalog text with the configured portal name where the catalog says "SatuPintu". */
export function brandText(text: string, portalName: string): string {
  return portalName === PRODUCT_NAME ? text : text.replaceAll(PRODUCT_NAME, portalName);
}

/**
 * How long an instance reuses what it read. A save on this instance forgets
 * it at once (forgetPortalSettings); other instances follow within this time.
 */
const REUSE_MS = 5_000;

let remembered: { settings: PortalSettings; readAt: number } | null = null;

export function forgetPortalSettings(): void {
  remembered = null;
}

/** The settings in force: the highest saved version, or the defaults. When the database cannot be reached, the last ones read (or the defaults). */
export async function loadPortalSettings(now = Date.now()): Promise<PortalSettings> {
  if (remembered && now - remembered.readAt < REUSE_MS) return remembered.settings;
  try {
    const row = await db.portalSettingsVersion.findFirst({ orderBy: { version: "desc" }, include: { logo: { select: { id: true, mimeType: true } } } });
    const settings: PortalSettings = row
      ? {
          version: row.version,
          portalName: row.portalName,
          governmentName: { id: row.governmentNameId, en: row.governmentNameEn },
          logo: row.logo,
          colorHeader: row.colorHeader,
          colorAction: row.colorAction,
          contact: { email: row.contactEmail, phone: row.contactPhone, address: row.contactAddress },
          timezone: row.timezone,
        }
      : DEFAULT_PORTAL_SETTINGS;
    remembered = { settings, readAt: now };
    return settings;
  } catch {
    return remembered?.settings ?? DEFAULT_PORTAL_SETTINGS;
  }
}

/** The URL a logo is served at (content-addressed by its id, so it can be cached for good). */
export const logoUrl = (logo: { id: string }) => `/api/portal/logo/${logo.id}`;
