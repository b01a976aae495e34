import { describe, expect, it } from "vitest";
import { isSurveyEditable, surveyEditableUntil, surveyOpenForApplication } from "./rules";
import { surveyInputSchema } from "./schemas";

describe("survey rules", () => {
  const given = new Date("2026-11-02T03:00:00Z");

  it("lets a response change for 7 days, then never", () => {
    expect(surveyEditableUntil(given).toISOString()).toBe("2026-11-09T03:00:00.000Z");
    expect(isSurveyEditable(given, new Date("2026-11-09T02:59:59.999Z"))).toBe(true);
    expect(isSurveyEditable(given, new Date("2026-11-09T03:00:00.000Z"))).toBe(false);
  });

  it("opens the survey after completion, not before", () => {
    expect(surveyOpenForApplication("COMPLETED")).toBe(true);
    for (const status of ["SUBMITTED", "IN_REVIEW", "APPROVED", "REJECTED", "WITHDRAWN"] as const) expect(surveyOpenForApplication(status)).toBe(false);
  });
});

describe("survey input", () => {
  const complete = { u1: "4", u2: "3", u3: "2", u4: "4", u5: "3", u6: "4", u7: "4", u8: "1", u9: "3" };

  it("takes a score 1–4 for each of the nine elements and an optional comment", () => {
    expect(surveyInputSchema.parse({ ...complete, comment: "  Cepat dan jelas.  " })).toEqual({
      scores: [4, 3, 2, 4, 3, 4, 4, 1, 3],
      comment: "Cepat dan jelas.",
    });
    expect(surveyInputSchema.parse({ ...complete, u1: 4, comment: "" }).comment).toBeNull();
  });

  it("names every element left out or out of range", () => {
    const result = surveyInputSchema.safeParse({ ...complete, u3: "", u7: "5", u9: undefined, comment: "x".repeat(1001) });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(paths).toEqual([
      ["u3", "survey.validation.score"],
      ["u7", "survey.validation.score"],
      ["u9", "survey.validation.score"],
      ["comment", "validation.tooLong"],
    ]);
  });
});
