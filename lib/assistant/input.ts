import { z } from "zod";
import { INTENTS } from "./intent";

export const MAX_QUESTION_CHARS = 300;

/** A question as /tanya receives it (a GET: q, and the service and topic a choice carries). Anything malformed is dropped, not refused. */
export const questionSchema = z.object({
  q: z.string().trim().min(1, "assistant.error.empty").max(MAX_QUESTION_CHARS, "assistant.error.tooLong"),
  layanan: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .nullish()
    .catch(null),
  topik: z.enum(INTENTS).nullish().catch(null),
});
export type QuestionInput = z.infer<typeof questionSchema>;

/** Keywords an admin adds to a service from the unanswered questions. */
export const keywordsSchema = z.object({
  serviceId: z.string().min(1, "assistant.error.serviceRequired"),
  keywords: z
    .string()
    .trim()
    .min(2, "assistant.error.keywordsRequired")
    .max(200, "assistant.error.keywordsTooLong")
    .transform((text) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]+/gu, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .refine((text) => text.length >= 2, "assistant.error.keywordsRequired"),
  /** The unanswered question the keywords were added for (its normalised text): taken off the list. */
  question: z.string().max(400).optional().default(""),
});

/** A service's keywords with `added` merged in: each word once, the existing order kept. */
export function mergeKeywords(existing: string, added: string): string {
  const words = [...existing.split(/\s+/), ...added.split(/\s+/)].map((word) => word.trim()).filter(Boolean);
  return [...new Set(words)].join(" ");
}
