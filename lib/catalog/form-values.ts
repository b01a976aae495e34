/**
 * Checks and normalises one scalar answer against its field. Each check
 * reports only its first problem: one message per field is what a citizen can
 * act on, and the field's hint states the rule (limits, format).
 */
import { z } from "zod";
import { checkNik } from "@/lib/identity/nik";
import { normalizePhone } from "@/lib/identity/phone";
import { isWorkingDay } from "@/lib/sla/calendar";
import { type AnswerField, type FormMessageKey, type ScalarAnswer, isChecked } from "./form-fields";

export type ScalarResult = { ok: true; value: ScalarAnswer | undefined } | { ok: false; message: FormMessageKey };

/** Text without a stated limit is still bounded, so a form post cannot store megabytes. */
export const DEFAULT_TEXT_MAX = 500;
export const DEFAULT_TEXTAREA_MAX = 2000;
export const ADDRESS_MIN = 5;
export const ADDRESS_MAX = 500;
/** Earlier or later years are typing slips ("0199", "20255" cut short), not real dates on a public-service form. */
export const DATE_MIN_YEAR = 1900;
export const DATE_MAX_YEAR = 2199;

const ok = (value: ScalarAnswer | undefined): ScalarResult => ({ ok: true, value });
const fail = (message: FormMessageKey): ScalarResult => ({ ok: false, message });

/** What date rules are judged against: the agency's today and its non-working days (see CompileOptions). */
export type DateRules = { today: string; nonWorkingDates?: ReadonlySet<string> };

export function checkScalar(field: AnswerField, raw: unknown, required: boolean, dates: DateRules): ScalarResult {
  if (field.type === "checkbox") return checkCheckbox(raw, required);
  if (raw === undefined || raw === null) return required ? fail("form.required") : ok(undefined);
  if (field.type === "number") return checkNumber(field, raw, required);
  if (typeof raw !== "string") return fail("form.invalidValue");
  // Browsers post textarea line breaks as CRLF but count them as one character.
  const text = raw.replace(/\r\n?/g, "\n").trim();
  if (text === "") return required ? fail("form.required") : ok(undefined);

  switch (field.type) {
    case "text": {
      if (field.minLength !== undefined && text.length < field.minLength) return fail("form.tooShort");
      if (text.length > (field.maxLength ?? DEFAULT_TEXT_MAX)) return fail("form.tooLong");
      if (field.pattern !== undefined && !compilePattern(field.pattern).test(text)) return fail("form.invalidPattern");
      return ok(text);
    }
    case "textarea":
      return text.length > (field.maxLength ?? DEFAULT_TEXTAREA_MAX) ? fail("form.tooLong") : ok(text);
    case "address":
      if (text.length < ADDRESS_MIN) return fail("form.tooShort");
      return text.length > ADDRESS_MAX ? fail("form.tooLong") : ok(text);
    case "date":
      return checkDate(field, text, dates);
    case "select":
    case "radio":
      return field.options.some((option) => option.value === text) ? ok(text) : fail("form.invalidOption");
    case "nik": {
      const nik = text.replace(/\s+/g, "");
      return checkNik(nik) === null ? ok(nik) : fail("form.invalidNik");
    }
    case "phone": {
      const phone = normalizePhone(text);
      return phone ? ok(phone) : fail("form.invalidPhone");
    }
    case "email": {
      const email = text.toLowerCase();
      return email.length <= 254 && z.regexes.email.test(email) ? ok(email) : fail("form.invalidEmail");
    }
  }
}

function checkCheckbox(raw: unknown, required: boolean): ScalarResult {
  if (raw !== undefined && raw !== null && typeof raw !== "boolean" && !["", "on", "true", "false", "off"].includes(String(raw))) {
    return fail("form.invalidValue");
  }
  const checked = isChecked(raw);
  // A required checkbox is a declaration the citizen must tick.
  if (required && !checked) return fail("form.required");
  return ok(checked);
}

/** Plain decimal notation, as `<input type="number">` posts it; no thousands separators. */
const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function checkNumber(field: Extract<AnswerField, { type: "number" }>, raw: unknown, required: boolean): ScalarResult {
  let value: number;
  if (typeof raw === "number") {
    value = raw;
  } else if (typeof raw === "string") {
    const text = raw.trim();
    if (text === "") return required ? fail("form.required") : ok(undefined);
    if (!NUMBER_PATTERN.test(text)) return fail("form.notANumber");
    value = Number(text);
  } else {
    return fail("form.invalidValue");
  }
  if (!Number.isFinite(value)) return fail("form.notANumber");
  if (field.integer && !Number.isInteger(value)) return fail("form.notAnInteger");
  if (field.min !== undefined && value < field.min) return fail("form.tooSmall");
  if (field.max !== undefined && value > field.max) return fail("form.tooLarge");
  return ok(value);
}

function checkDate(field: Extract<AnswerField, { type: "date" }>, text: string, { today, nonWorkingDates }: DateRules): ScalarResult {
  if (!isCalendarDate(text)) return fail("form.invalidDate");
  // ISO dates compare correctly as strings; `today` is the agency's local date.
  if (field.notInFuture && text > today) return fail("form.dateInFuture");
  if (field.notInPast && text < today) return fail("form.dateInPast");
  // The SLA engine's own rule for a working day, on the agency's holiday calendar.
  if (field.workingDay && !isWorkingDay({ nonWorkingDates: nonWorkingDates ?? new Set() }, text)) return fail("form.dateNotWorkingDay");
  return ok(text);
}

/** A real "YYYY-MM-DD" calendar day between DATE_MIN_YEAR and DATE_MAX_YEAR. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < DATE_MIN_YEAR || year > DATE_MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

const patternCache = new Map<string, RegExp>();

/** Anchored like the HTML `pattern` attribute, so the browser and the server agree. */
function compilePattern(pattern: string): RegExp {
  let compiled = patternCache.get(pattern);
  if (!compiled) {
    compiled = new RegExp(`^(?:${pattern})$`);
    patternCache.set(pattern, compiled);
  }
  return compiled;
}
