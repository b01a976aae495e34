/**
 * Personal data a question may carry, replaced before anything is stored
 * (issue 21: "questions are logged without personal data"). Shapes, not
 * checks: anything that looks like one is removed, at the price of sometimes
 * removing a number that was not personal. Order matters: an email first
 * (it may hold digits), then the 16-digit NIK, then phone numbers, then any
 * other long run of digits (an account, a KK number, a tracking number).
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, "[email]"],
  // NIK: 16 digits, perhaps grouped by spaces, dots or hyphens.
  [/(?<!\d)\d(?:[ .-]?\d){15}(?!\d)/g, "[nik]"],
  // Indonesian phone numbers: +62 / 62 / 0, then 8–13 digits, perhaps grouped.
  [/(?<![\d+(])\(?(?:\+62|62|0)[ .-]?\(?\d{2,4}\)?(?:[ .-]?\d{2,5}){2,4}(?!\d)/g, "[telepon]"],
  // Any other run of 8 or more digits.
  [/(?<!\d)\d(?:[ .-]?\d){7,}(?!\d)/g, "[angka]"],
];

export function redactPersonalData(text: string): string {
  return RULES.reduce((redacted, [pattern, replacement]) => redacted.replace(pattern, replacement), text);
}
