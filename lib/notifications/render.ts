import type { LocalizedText } from "@/lib/catalog/localized";
import type { Prisma } from "@/lib/generated/prisma/client";
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
 * What fills a notification's placeholders: a string or number, or a name
 * published in both languages ({ id, en }, e.g. a service's name), which is
 * read in the language of whoever reads the notification (issue 17).
 */
export type NotificationParams = Record<string, string | number | LocalizedText>;

const isLocalized = (value: unknown): value is LocalizedText =>
  typeof value === "object" && value !== null && typeof (value as LocalizedText).id === "string" && typeof (value as LocalizedText).en === "string";

/** Stored params are JSON; only strings, numbers and two-language names fill placeholders. */
export function notificationParams(json: Prisma.JsonValue): NotificationParams {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  const params: NotificationParams = {};
  for (const [name, value] of Object.entries(json)) {
    if (typeof value === "string" || typeof value === "number") params[name] = value;
    else if (isLocalized(value)) params[name] = { id: value.id, en: value.en };
  }
  return params;
}

/** The params in the reader's language. */
export function paramsIn(locale: Locale, params: NotificationParams): MessageParams {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === "object" ? value[locale] : value]));
}

/** The in-app text; a key that was since removed from the catalog shows as itself rather than failing the page. */
export function notificationText(locale: Locale, notification: { messageKey: string; params: NotificationParams }): string {
  return isMessageKey(notification.messageKey)
    ? translate(locale, notification.messageKey, paramsIn(locale, notification.params))
    : notification.messageKey;
}

export type RenderedEmail = { subject: string; text: string };

/** Undefined when the key has no email body in the catalog. */
export function renderNotificationEmail(
  locale: Locale,
  notification: { messageKey: string; params: NotificationParams; link: string | null },
  publicUrl: string,
): RenderedEmail | undefined {
  const body = emailBodyKey(notification.messageKey);
  if (!body || !isMessageKey(notification.messageKey)) return undefined;
  const link = new URL(notification.link ?? String(notification.params.link ?? "/"), publicUrl).toString();
  const params = { ...paramsIn(locale, notification.params), link };
  return {
    subject: translate(locale, notification.messageKey, params),
    text: translate(locale, body, params),
  };
}
