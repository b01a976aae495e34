import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { DEFAULT_PORTAL_SETTINGS, forgetPortalSettings } from "@/lib/platform/portal-settings";
import { parseOrThrow } from "@/lib/platform/validation";
import { contrastShortfalls } from "../contrast";
import { prepareLogo } from "../logo";
import { portalSettingsSchema } from "../schemas";

export type SettingsContext = { ip: string | null };

const STALE = () => new AppError("CONFLICT", "settings.error.stale");

/**
 * An admin saves the portal's settings: the next version, written once (a
 * double submit or a form opened on an older version is refused as stale),
 * with an audit entry naming what changed. Colours under WCAG AA and unsafe
 * logos are refused with the ratio or the reason, before anything is written.
 */
export async function updatePortalSettings(
  actor: Actor,
  input: unknown,
  logoUpload: Uint8Array | null,
  context: SettingsContext,
): Promise<{ version: number }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const settings = parseOrThrow(portalSettingsSchema, input);
  // Every problem at once: a refused colour and a refused logo are both named, and the rest of the form is kept.
  const shortfalls = contrastShortfalls(settings);
  const fieldErrors: Record<string, MessageKey[]> = Object.fromEntries(
    shortfalls.map(({ field }) => [field, [`settings.error.contrast.${field}` as MessageKey]]),
  );
  const fieldParams = Object.fromEntries(shortfalls.map(({ field, ratio }) => [field, { ratio: ratio.toFixed(2), minimum: "4.5" }]));
  const logo = logoUpload && logoUpload.byteLength > 0 ? await prepareLogo(logoUpload).catch((error: unknown) => refusedLogo(error, fieldErrors)) : null;
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "error.invalidInput", fieldErrors, fieldParams);
  const { revision, removeLogo, ...fields } = settings;

  const saved = await db
    .$transaction(async (tx) => {
      const current = await tx.portalSettingsVersion.findFirst({ orderBy: { version: "desc" } });
      if ((current?.version ?? 0) !== revision) throw STALE();
      const logoId = logo
        ? (
            await tx.portalLogo.upsert({
              where: { sha256: logo.sha256 },
              create: { sha256: logo.sha256, mimeType: logo.mimeType, bytes: logo.bytes },
              update: {},
              select: { id: true },
            })
          ).id
        : removeLogo
          ? null
          : (current?.logoId ?? null);
      const version = revision + 1;
      // The unique version refuses a concurrent save that read the same revision.
      await tx.portalSettingsVersion.create({ data: { version, ...fields, logoId, createdById: admin.actorId } });
      const before: Record<string, unknown> = current ?? { ...flatDefaults(), logoId: null };
      const after: Record<string, unknown> = { ...fields, logoId };
      const changed = Object.keys(after).filter((key) => before[key] !== after[key]);
      await recordAudit(tx, {
        ...admin,
        action: "portalSettings.updated",
        entityType: "PortalSettingsVersion",
        entityId: String(version),
        ip: context.ip,
        data: { changed },
      });
      return { version };
    })
    .catch((error: unknown) => {
      if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") throw STALE();
      throw error;
    });
  forgetPortalSettings();
  return saved;
}

/** A logo refusal joins the other field errors; anything else is a real error. */
function refusedLogo(error: unknown, fieldErrors: Record<string, MessageKey[]>): null {
  if (!(error instanceof AppError)) throw error;
  Object.assign(fieldErrors, error.fieldErrors);
  return null;
}

function flatDefaults(): Record<string, unknown> {
  const d = DEFAULT_PORTAL_SETTINGS;
  return {
    portalName: d.portalName,
    governmentNameId: d.governmentName.id,
    governmentNameEn: d.governmentName.en,
    colorHeader: d.colorHeader,
    colorAction: d.colorAction,
    contactEmail: d.contact.email,
    contactPhone: d.contact.phone,
    contactAddress: d.contact.address,
    timezone: d.timezone,
  };
}
