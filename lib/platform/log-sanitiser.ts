/**
 * What keeps personal data out of the log (issue 24, item 3; UU PDP 27/2022):
 * every value a log call receives passes through here before pino writes it.
 *
 * Two nets: by key (a field called `email`, `nik`, `password`, `name`,
 * `token`, … is replaced whatever it holds) and by shape (a string anywhere
 * that looks like a NIK, an email address, an Indonesian phone number, a
 * bearer token or a long secret is masked in place, so an error message that
 * quotes one is still safe). pino's own `redact` (lib/platform/log.ts) covers
 * the same keys as a second line.
 */

export const REDACTED = "[redacted]";

/** Keys whose value is personal or secret, whatever it looks like (compared lower-case, without _ and -). */
const SENSITIVE_KEYS = new Set([
  "password",
  "passwordhash",
  "newpassword",
  "currentpassword",
  "secret",
  "token",
  "accesstoken",
  "refreshtoken",
  "authorization",
  "cookie",
  "setcookie",
  "nik",
  "niknumber",
  "email",
  "to",
  "name",
  "fullname",
  "phone",
  "phonenumber",
  "address",
  "birthdate",
  "trackingsecret",
]);

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEYS.has(key.toLowerCase().replace(/[_-]/g, ""));
}

/** Request ids and job ids are UUIDs: long, but what a log line is for. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const unlessUuid = (match: string) => (UUID.test(match) ? match : "[token]");

const SHAPES: readonly [RegExp, string | ((match: string) => string)][] = [
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, "Bearer [token]"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "[email]"],
  // NIK: 16 digits (DESIGN.md §9), also written in groups.
  [/(?<!\d)\d{6}[ .-]?\d{6}[ .-]?\d{4}(?!\d)/g, "[nik]"],
  // Indonesian mobile and fixed numbers: +62 / 62 / 0, an area or mobile code, then groups of digits (not inside a tracking number).
  [/(?<![\w-])(?:\+62|62|0)[ -]?[1-9]\d{1,3}(?:[ -]?\d{3,4}){1,3}(?!\d)/g, "[phone]"],
  // JWTs and long random secrets (base64/base64url/hex, 32+ characters without a space).
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, "[token]"],
  // Standard base64: 40+ characters with a digit and a capital, not starting with "/" (a file path in a stack trace does).
  [/(?<![\w+/=])(?=[A-Za-z0-9+/]*\d)(?=[A-Za-z0-9+/]*[A-Z])[A-Za-z0-9+][A-Za-z0-9+/]{39,}={0,2}(?![\w+/=])/g, "[token]"],
  // Hex and base64url: 32+ characters with a digit among them (a random secret has one; long identifiers and words do not).
  [/(?<![\w-])(?=[\w-]*\d)[\w-]{32,}={0,2}(?![\w-])/g, unlessUuid],
];

/** A string with every personal- or secret-shaped part masked. */
export function sanitiseText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of SHAPES)
    result = typeof replacement === "string" ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
  return result;
}

const MAX_DEPTH = 6;
/** Request and job ids (an nginx $request_id is 32 hex characters, shaped like a secret): kept when plain. */
const ID_KEYS = new Set(["requestId", "jobId"]);
const PLAIN_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A copy of `value` fit for a log line: sensitive keys replaced, strings masked, errors flattened to type, message and stack. */
export function sanitiseForLog(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return sanitiseText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[nested]";
  if (value instanceof Date) return value;
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      type: value.name,
      message: sanitiseText(value.message),
      ...(typeof code === "string" ? { code } : {}),
      ...(value.stack ? { stack: sanitiseText(value.stack) } : {}),
      ...(value.cause !== undefined ? { cause: sanitiseForLog(value.cause, depth + 1) } : {}),
    };
  }
  if (Array.isArray(value)) return value.map((item) => sanitiseForLog(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (ID_KEYS.has(key) && typeof item === "string" && PLAIN_ID.test(item)) result[key] = item;
    else result[key] = isSensitiveKey(key) ? REDACTED : sanitiseForLog(item, depth + 1);
  }
  return result;
}
