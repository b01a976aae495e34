/**
 * Complaint tracking codes: `ADU-<YYYY>-<6 digits>` for complaints,
 * aspirations and information requests, `WBS-<YYYY>-<6 digits>` for
 * whistleblowing reports. The secret that goes with a code has the format of
 * an application's tracking secret (lib/applications/tracking.ts).
 */
export const COMPLAINT_CODE_PREFIX = "ADU";
export const WHISTLEBLOWING_CODE_PREFIX = "WBS";
export type ComplaintCodePrefix = typeof COMPLAINT_CODE_PREFIX | typeof WHISTLEBLOWING_CODE_PREFIX;

const SERIAL_DIGITS = 6;
const MAX_SERIAL = 10 ** SERIAL_DIGITS - 1;

export function formatComplaintCode(prefix: ComplaintCodePrefix, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) {
    throw new RangeError(`complaint serial ${serial} is outside 1..${MAX_SERIAL}`);
  }
  return `${prefix}-${year}-${String(serial).padStart(SERIAL_DIGITS, "0")}`;
}

const CODE = /^(ADU|WBS)-(\d{4})-(\d{6})$/;

/** The canonical form of a typed code (case, spaces, a missing dash forgiven), or null. */
export function normalizeComplaintCode(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/\s+/g, "");
  const dashed = compact.replace(/^(ADU|WBS)-?(\d{4})-?(\d{6})$/, "$1-$2-$3");
  return CODE.test(dashed) ? dashed : null;
}

export function isWhistleblowingCode(code: string): boolean {
  return code.startsWith(`${WHISTLEBLOWING_CODE_PREFIX}-`);
}

/** The counter that numbers a channel's codes (lib/platform/serials.ts; an agency's tracking numbers count under its id). */
export function counterKey(prefix: ComplaintCodePrefix): string {
  return `complaints:${prefix}`;
}
