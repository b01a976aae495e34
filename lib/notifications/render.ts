import type { LocalizedText } from "@/lib/platform/i18n/localized";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatMoment } from "@/lib/platform/i18n/format";
import { isMessageKey, translate, type Locale, type MessageKey, type MessageParams } from "@/lib/platform/i18n/messages";

/**
 * How a notification reads. Convention (see lib/platform/i18n/catalog/notifications.ts):
 * the key itself is the in-app text and the email subject, `<key>.email` the
 * plain-text email body, which may also use `{link}` (made absolute here).
 */

/** The keys that have an email body, so `notify({ email: true })` is checked at compile time. */
export type EmailNotificationKey = {
  [K in MessageKey]: `${K}.email` extends MessageKey ? K : never;
}[MessageKey];

export function emailBodyKey(key: string): MessageKey | undefined {
  const body = `${key}.email`;
  return isMessageKey(body) ? body : undefined;
}

/**
 * A moment in a notification (a due date): stored as the instant and the
 * agency's time zone, and only written out when the notice is read, in the
 * reader's language, by the same formatter the pages use (formatMoment).
 */
export type MomentParam = { moment: string; timeZone: string };

export const momentParam = (at: Date, timeZone: string): MomentParam => ({ moment: at.toISOString(), timeZone });

/**
 * What a notification's placeholders are filled with when it is written: a
 * string or number, a moment (momentParam), or a name published in both
 * languages ({ id, en }, e.g. a service's name). Moments and names are read in
 * the language of whoever reads the notification.
 */
export type NotificationParams = Record<string, string | number | MomentParam | LocalizedText>;

function asLocalized(value: Prisma.JsonValue): LocalizedText | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const { id, en } = value;
  return typeof id === "string" && typeof en === "string" ? { id, en } : undefined;
}

function asMoment(value: Prisma.JsonValue): Date | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const { moment, timeZone } = value;
  if (typeof moment !== "string" || typeof timeZone !== "string") return undefined;
  const at = new Date(moment);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** Stored params are JSON; strings and numbers fill placeholders as they are, moments and two-language names in the reader's language. */
export function notificationParams(json: Prisma.JsonValue, locale: Locale): MessageParams {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(json)) {
    if (typeof value === "string" || typeof value === "number") params[name] = value;
    if (value === undefined || value === null) continue;
    const moment = asMoment(value);
    if (moment) params[name] = formatMoment(moment, locale, (value as MomentParam).timeZone);
    const localized = asLocalized(value);
    if (localized) params[name] = localized[locale];
  }
  return params;
}

/** The in-app text; a key that was since removed from the catalog shows as itself rather than failing the page. */
export function notificationText(locale: Locale, notification: { messageKey: string; params: MessageParams }): string {
  return isMessageKey(notification.messageKey) ? translate(locale, notification.messageKey, notification.params) : notification.messageKey;
}

export type RenderedEmail = { subject: string; text: string };

/** Undefined when the key has no email body in the catalog. */
export function renderNotificationEmail(
  locale: Locale,
  notification: { messageKey: string; params: MessageParams; link: string | null },
  publicUrl: string,
  /** Written instead of the link (a one-time link's placeholder, see lib/notifications/one-time-links.ts). */
  linkText?: string,
): RenderedEmail | undefined {
  const body = emailBodyKey(notification.messageKey);
  if (!body || !isMessageKey(notification.messageKey)) return undefined;
  const link = linkText ?? new URL(notification.link ?? String(notification.params.link ?? "/"), publicUrl).toString();
  const params = { ...notification.params, link };
  return {
    subject: translate(locale, notification.messageKey, params),
    text: translate(locale, body, params),
  };
}
