import { z } from "zod";

/** A text published in both portal languages: Bahasa Indonesia first, English second. */
export const localizedTextSchema = z.object({
  id: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const localizedListSchema = z.array(localizedTextSchema).min(1);
