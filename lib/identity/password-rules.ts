export const PASSWORD_MIN_LENGTH = 10;

/** Passwords that pass the length rule but are guessed first in every attack. */
const COMMON = new Set([
  "password123",
  "passw0rd123",
  "1234567890",
  "qwertyuiop",
  "katasandi123",
  "indonesia123",
  "bismillah123",
  "admin12345",
  "12345678910",
  "iloveyou123",
]);

export type PasswordProblem = "tooShort" | "tooLong" | "needsLetterAndDigit" | "tooCommon" | "containsPersonalData";

/**
 * Strength rule: at least 10 characters with letters and digits, not a known
 * common password, and not built from the user's own email or name.
 */
export function checkPasswordStrength(password: string, personal: { email?: string; name?: string } = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > 200) return "tooLong";
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return "needsLetterAndDigit";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "tooCommon";
  const personalParts = [personal.email?.split("@")[0], ...(personal.name?.split(/\s+/) ?? [])].filter((part): part is string => !!part && part.length >= 4);
  if (personalParts.some((part) => lower.includes(part.toLowerCase()))) return "containsPersonalData";
  return null;
}
