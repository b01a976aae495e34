import { describe, expect, it } from "vitest";
import { services } from "./services";

/**
 * Issue 17, item 3: the portal sends no SMS, WhatsApp message or OTP, so no
 * seeded standard or form (legally binding texts) may say it does. Asking for
 * a phone or WhatsApp number to be reached on stays allowed.
 */
const PROMISE = /pesan singkat|\bsms\b|\botp\b|text message|dikirim ke nomor|sent to this number|notifi\w* (?:lewat|via|by) (?:whatsapp|wa)\b/i;

function texts(value: unknown, path: string, found: { path: string; text: string }[]) {
  if (typeof value === "string") {
    if (PROMISE.test(value)) found.push({ path, text: value });
  } else if (Array.isArray(value)) value.forEach((item, index) => texts(item, `${path}[${index}]`, found));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) texts(item, `${path}.${key}`, found);
  return found;
}

describe("seeded services", () => {
  it("promise no SMS, WhatsApp or OTP messages the portal does not send", () => {
    // National systems' own messages are theirs to send: SP4N-LAPOR!'s SMS number 1708, OSS's one-time code.
    const found = texts(services, "services", []).filter((hit) => !/1708|\bOSS\b/.test(hit.text));
    expect(found).toEqual([]);
  });
});
