/**
 * How long an issued document is valid and what the wallet says about it
 * (DESIGN.md §16). The validity period is data: a service standard declares
 * `outputValidityMonths` next to its output (the SKCK: 6 months); without it
 * the document does not expire. Pure.
 */

/** Reminders go out this many days before a document expires. */
export const EXPIRY_REMINDER_DAYS = 30;
const DAY_MS = 86_400_000;

export type WalletState = "valid" | "expiringSoon" | "expired" | "revoked";

/** `issuedAt` plus whole calendar months (UTC), clamped to the month's last day: 31 Aug + 6 months is 28/29 Feb. */
export function expiryOf(issuedAt: Date, validityMonths: number | null | undefined): Date | null {
  if (!validityMonths) return null;
  const target = new Date(issuedAt);
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + validityMonths);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

export function walletState(document: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): WalletState {
  if (document.revokedAt) return "revoked";
  if (!document.expiresAt) return "valid";
  if (document.expiresAt.getTime() <= now.getTime()) return "expired";
  if (document.expiresAt.getTime() - now.getTime() <= EXPIRY_REMINDER_DAYS * DAY_MS) return "expiringSoon";
  return "valid";
}

/** The validity months a stored standard declares, or null (none, or not a sensible number). */
export function validityMonthsOf(standard: unknown): number | null {
  if (!standard || typeof standard !== "object") return null;
  const months = (standard as { outputValidityMonths?: unknown }).outputValidityMonths;
  return typeof months === "number" && Number.isInteger(months) && months > 0 && months <= 240 ? months : null;
}
