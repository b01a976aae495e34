/**
 * An Indonesian mobile or landline number as "+62…", or null. Accepts "08…",
 * "021…", "+628…" and "628…" with spaces, dashes, dots or brackets between
 * digit groups: 9–15 digits counted in the "0…" form. The national number
 * starts with 2–9 (area codes 2x–9xx, mobile 8xx).
 */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-.()]/g, "");
  let national: string;
  if (compact.startsWith("+62")) national = compact.slice(3);
  else if (compact.startsWith("62")) national = compact.slice(2);
  else if (compact.startsWith("0")) national = compact.slice(1);
  else return null;
  return /^[2-9]\d{7,13}$/.test(national) ? `+62${national}` : null;
}
