import "server-only";
import type { FormDefinition, FormField } from "@/lib/catalog/form-definition";
import { maskNik } from "@/lib/identity/nik";
import { decryptPii, encryptPii } from "@/lib/identity/nik-vault";
import type { Answers } from "@/lib/catalog/form-schema";

/**
 * Answers are stored as JSON, but identity numbers in them (NIK, KK) get the
 * same protection as the profile's: encrypted at rest, readable only through
 * this module. Everything else stays plain so officers can read the case.
 */
type StoredAnswers = Record<string, unknown>;

const SEALED_PREFIX = "enc:";

function isSecretField(field: { type: string; profileBinding?: string }): boolean {
  return field.type === "nik" || field.profileBinding === "nik" || field.profileBinding === "kkNumber";
}

function mapSecrets(fields: readonly FormField[], answers: StoredAnswers, transform: (value: string) => string): StoredAnswers {
  const result: StoredAnswers = { ...answers };
  for (const field of fields) {
    const value = answers[field.key];
    if (field.type === "group") {
      if (Array.isArray(value)) {
        result[field.key] = value.map((item) => (item && typeof item === "object" ? mapSecrets(field.fields, item as StoredAnswers, transform) : item));
      }
    } else if (isSecretField(field) && typeof value === "string" && value !== "") {
      result[field.key] = transform(value);
    }
  }
  return result;
}

const allFields = (definition: FormDefinition) => definition.sections.flatMap((section) => section.fields);

export function sealAnswers(definition: FormDefinition, answers: Readonly<StoredAnswers>): StoredAnswers {
  return mapSecrets(allFields(definition), answers, (value) => (value.startsWith(SEALED_PREFIX) ? value : `${SEALED_PREFIX}${encryptPii(value).ciphertext}`));
}

/** Stored answers were written by this portal through sealAnswers, so their shape is the answers' shape. */
export function openAnswers(definition: FormDefinition, stored: unknown): Answers {
  const answers = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as StoredAnswers) : {};
  return mapSecrets(allFields(definition), answers, (value) =>
    value.startsWith(SEALED_PREFIX) ? decryptPii(value.slice(SEALED_PREFIX.length)) : value,
  ) as Answers;
}

/** Identity numbers masked (`3301**********03`), for screens where a full number must be an audited reveal. */
export function maskAnswers(definition: FormDefinition, answers: Answers): Answers {
  return mapSecrets(allFields(definition), answers, (value) => maskNik(value)) as Answers;
}
