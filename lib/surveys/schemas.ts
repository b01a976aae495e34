import { z } from "zod";
import { SURVEY_ELEMENTS, type SurveyScore } from "./ikm";

export const SURVEY_COMMENT_MAX = 1000;

const score = z
  .preprocess((value) => (typeof value === "number" ? String(value) : value), z.enum(["1", "2", "3", "4"], { message: "survey.validation.score" }))
  .transform((value) => Number(value) as SurveyScore);

/** A survey as posted: u1…u9 (1–4, each required) and an optional comment. */
export const surveyInputSchema = z
  .object({
    u1: score,
    u2: score,
    u3: score,
    u4: score,
    u5: score,
    u6: score,
    u7: score,
    u8: score,
    u9: score,
    comment: z.preprocess(
      (value) => (typeof value === "string" ? value.trim() : value),
      z.string().max(SURVEY_COMMENT_MAX, "validation.tooLong").optional().nullable(),
    ),
  })
  .transform((input) => ({
    scores: SURVEY_ELEMENTS.map((element) => input[element]),
    comment: input.comment ? input.comment : null,
  }));

export type SurveyInput = z.output<typeof surveyInputSchema>;
