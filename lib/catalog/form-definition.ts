import { z } from "zod";
import { PROFILE_BINDINGS } from "@/lib/identity/profile-bindings";
import { localizedTextSchema } from "@/lib/platform/i18n/localized";

export const ALLOWED_UPLOAD_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;

/** A document type's name, shared by the standards that produce it and the requirements that ask for it ("akta-kelahiran"). */
export const documentTypeSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "document types are kebab-case");

const fieldKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "field keys are camelCase letters and digits");

const optionSchema = z.object({ value: z.string().min(1), label: localizedTextSchema });

const visibleWhenSchema = z.object({
  field: fieldKeySchema,
  equals: z.union([z.string(), z.boolean()]),
});

const fieldBase = {
  key: fieldKeySchema,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean().default(true),
  profileBinding: z.enum(PROFILE_BINDINGS).optional(),
  visibleWhen: visibleWhenSchema.optional(),
};

const scalarFieldSchema = z.discriminatedUnion("type", [
  z.object({
    ...fieldBase,
    type: z.literal("text"),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().positive().optional(),
    pattern: z.string().optional(),
  }),
  z.object({ ...fieldBase, type: z.literal("textarea"), maxLength: z.number().int().positive().optional() }),
  z.object({
    ...fieldBase,
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
  }),
  z.object({
    ...fieldBase,
    type: z.literal("date"),
    notInFuture: z.boolean().default(false),
    notInPast: z.boolean().default(false),
    /** Only the agency's working days (no weekend, no holiday on its calendar): a date to come to the office. */
    workingDay: z.boolean().default(false),
  }),
  z.object({ ...fieldBase, type: z.literal("select"), options: z.array(optionSchema).min(1) }),
  z.object({ ...fieldBase, type: z.literal("radio"), options: z.array(optionSchema).min(2) }),
  z.object({ ...fieldBase, type: z.literal("checkbox") }),
  z.object({ ...fieldBase, type: z.literal("nik") }),
  z.object({ ...fieldBase, type: z.literal("phone") }),
  z.object({ ...fieldBase, type: z.literal("email") }),
  z.object({ ...fieldBase, type: z.literal("address") }),
  z.object({
    ...fieldBase,
    type: z.literal("file"),
    accept: z
      .array(z.enum(ALLOWED_UPLOAD_TYPES))
      .min(1)
      .default([...ALLOWED_UPLOAD_TYPES]),
    maxSizeMb: z.number().positive().max(20).default(5),
    /** The document type this requirement names ("akta-kelahiran"): a wallet item of that type can stand in for an upload (DESIGN.md §16). */
    documentType: documentTypeSchema.optional(),
  }),
]);

const groupFieldSchema = z.object({
  ...fieldBase,
  type: z.literal("group"),
  /** A repeating group, e.g. family members; one entry per item. */
  fields: z.array(scalarFieldSchema).min(1),
  minItems: z.number().int().min(0).default(0),
  maxItems: z.number().int().positive().default(20),
  itemLabel: localizedTextSchema,
});

export const formFieldSchema = z.union([scalarFieldSchema, groupFieldSchema]);
export type FormField = z.infer<typeof formFieldSchema>;

export const formSectionSchema = z.object({
  key: fieldKeySchema,
  title: localizedTextSchema,
  fields: z.array(formFieldSchema).min(1),
});

export const formDefinitionSchema = z.object({ sections: z.array(formSectionSchema).min(1) }).superRefine((definition, ctx) => {
  const keys = new Set<string>();
  for (const [s, section] of definition.sections.entries()) {
    for (const [f, field] of section.fields.entries()) {
      if (keys.has(field.key)) {
        ctx.addIssue({
          code: "custom",
          path: ["sections", s, "fields", f, "key"],
          message: `duplicate field key "${field.key}"`,
        });
      }
      keys.add(field.key);
    }
  }
  for (const [s, section] of definition.sections.entries()) {
    for (const [f, field] of section.fields.entries()) {
      if (field.visibleWhen && !keys.has(field.visibleWhen.field)) {
        ctx.addIssue({
          code: "custom",
          path: ["sections", s, "fields", f, "visibleWhen", "field"],
          message: `visibleWhen refers to unknown field "${field.visibleWhen.field}"`,
        });
      }
    }
  }
});
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

/** The file fields of a form: the documents an applicant must upload. */
export function requiredDocumentFields(definition: FormDefinition) {
  return definition.sections.flatMap((section) => section.fields.filter((field) => field.type === "file"));
}
