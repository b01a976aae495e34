import "server-only";
import { oneTimeLinkUrl } from "@/lib/auth/account-tokens";
import type { Db, Tx } from "@/lib/platform/db";
import type { MessageParams } from "@/lib/platform/i18n/messages";

/**
 * An email with a one-time link (an invitation, an activation, an unlock or a
 * password recovery) is stored with this placeholder where the link goes. The
 * link is filled in only on its way out: when the email is handed to SMTP, or,
 * with no SMTP server, when an admin opens the outbox to pass it on (and only
 * while the link still works). So neither the EmailOutbox nor the Notification
 * table, nor a backup of them, holds a usable token (lib/auth/account-tokens.ts).
 */
export const ONE_TIME_LINK_PLACEHOLDER = "[one-time-link]";

/** The id of the one-time link a notice carries (see notify), if any. */
export function oneTimeLinkIdOf(params: MessageParams): string | null {
  return typeof params.oneTimeLinkId === "string" ? params.oneTimeLinkId : null;
}

/**
 * The email's text with its link filled in, or with `stale` in its place when
 * the link was used, replaced or has expired.
 */
export async function withOneTimeLink(
  client: Db | Tx,
  email: { text: string; oneTimeLinkId: string | null },
  publicUrl: string,
  stale: string,
): Promise<string> {
  if (!email.oneTimeLinkId) return email.text;
  const path = await oneTimeLinkUrl(client, email.oneTimeLinkId);
  return email.text.replaceAll(ONE_TIME_LINK_PLACEHOLDER, path ? new URL(path, publicUrl).toString() : stale);
}
