import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey, messagesFor, type MessageKey } from "@/lib/platform/i18n/messages";
import { APPLICATION_FORM_MESSAGES } from "./form-messages";

/** The form's client components and the server code whose answers it displays. */
const SOURCES = [
  "components/applications/application-form.tsx",
  "components/applications/document-field.tsx",
  "components/applications/form-sections.tsx",
  "components/applications/group-field.tsx",
  "components/applications/scalar-input.tsx",
  "components/forms/error-summary.tsx",
  "components/forms/fields.tsx",
  "lib/catalog/form-fields.ts",
  "lib/catalog/form-schema.ts",
  "lib/catalog/form-values.ts",
  "lib/catalog/form-profile.ts",
  "lib/applications/readiness.ts",
  "lib/applications/use-cases/save-draft.ts",
  "lib/applications/use-cases/upload-document.ts",
  "lib/applications/use-cases/remove-document.ts",
  "lib/applications/document-rules.ts",
  "lib/documents/upload-rules.ts",
  "lib/documents/image-sanitize.ts",
];

function keysUsedIn(path: string): MessageKey[] {
  const source = readFileSync(join(process.cwd(), path), "utf8");
  const literals = [...source.matchAll(/["'`]([a-zA-Z]+\.[A-Za-z.]+)["'`]/g)].map((match) => match[1]!);
  return literals.filter(isMessageKey);
}

describe("the messages handed to the application form", () => {
  it("include every message its components and its server answers can show, in both languages", () => {
    for (const locale of ["id", "en"] as const) {
      const sent = messagesFor(locale, APPLICATION_FORM_MESSAGES);
      for (const path of SOURCES) {
        for (const key of keysUsedIn(path)) expect(sent[key], `${key} (used in ${path}) is sent in ${locale}`).toBeTruthy();
      }
    }
  });

  it("leave out the application messages of other pages", () => {
    const sent = messagesFor("id", APPLICATION_FORM_MESSAGES);
    expect(sent["application.autosaved"]).toBeTruthy();
    expect(sent["application.withdrawConfirm"]).toBeUndefined();
    expect(sent["application.event.approved"]).toBeUndefined();
    expect(Object.keys(sent).length).toBeLessThan(Object.keys(messagesFor("id", ["form.", "application.", "upload."])).length / 2);
  });
});
