/**
 * The satisfaction index (IKM) of PermenPANRB 14/2017 (DESIGN.md §6), computed
 * exactly from integer totals and rounded only for display.
 *
 * For n responses with element totals s1…s9 (each score 1–4):
 *   NRR per element        = si / n
 *   weighted NRR           = NRR × 1/9
 *   IKM (1–4)              = Σ weighted NRR = T / (9n), T = s1 + … + s9
 *   IKM unit score (25–100) = IKM × 25 = 25T / (9n)
 *
 * The unit score is a rational number; it is rounded half up to hundredths
 * with integer arithmetic, never through a float, and never in between (the
 * NRRs are not rounded first, as spreadsheets often do). The grade bands of
 * the regulation are written in hundredths (A 88.31–100.00, B 76.61–88.30,
 * C 65.00–76.60, D 25.00–64.99), so a grade is read from the rounded score:
 * what is displayed and the grade shown beside it always agree.
 */

export const SURVEY_ELEMENTS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;
export type SurveyElement = (typeof SURVEY_ELEMENTS)[number];
export const SURVEY_SCORES = [1, 2, 3, 4] as const;
export type SurveyScore = (typeof SURVEY_SCORES)[number];

export type IkmGrade = "A" | "B" | "C" | "D";
export const IKM_GRADES = ["A", "B", "C", "D"] as const satisfies readonly IkmGrade[];

/** Lower bound of each grade, in hundredths of the unit score. */
const GRADE_FLOORS: readonly [IkmGrade, number][] = [
  ["A", 8831],
  ["B", 7661],
  ["C", 6500],
  ["D", 2500],
];

/** What the index is computed from: the number of responses and each element's total. */
export type SurveyTotals = { respondents: number; sums: readonly number[] };

export type IkmResult = {
  respondents: number;
  /** Mean score per element (u1…u9), for display. */
  nrr: number[];
  /** Σ of every score given: the exact numerator of the index. */
  total: number;
  /** IKM on the 1–4 scale, T / (9n), for display. */
  value: number;
  /** The unit score 25T / (9n) rounded half up to hundredths, as an integer (8831 is 88.31). */
  scoreHundredths: number;
  grade: IkmGrade;
};

/** Exact ⌊a / b⌋ for non-negative safe integers. */
function floorDivide(a: number, b: number): number {
  return (a - (a % b)) / b;
}

export function gradeOf(scoreHundredths: number): IkmGrade {
  for (const [grade, floor] of GRADE_FLOORS) if (scoreHundredths >= floor) return grade;
  return "D";
}

/** Null when there is no response: an index of nothing is not 0. */
export function computeIkm(totals: SurveyTotals): IkmResult | null {
  const { respondents, sums } = totals;
  if (!Number.isSafeInteger(respondents) || respondents < 0) throw new RangeError(`respondents must be a whole number, got ${respondents}`);
  if (sums.length !== SURVEY_ELEMENTS.length) throw new RangeError(`expected ${SURVEY_ELEMENTS.length} element totals, got ${sums.length}`);
  if (respondents === 0) {
    if (sums.some((sum) => sum !== 0)) throw new RangeError("element totals without respondents");
    return null;
  }
  for (const sum of sums) {
    if (!Number.isSafeInteger(sum) || sum < respondents || sum > 4 * respondents) {
      throw new RangeError(`an element total must lie between n and 4n (n = ${respondents}), got ${sum}`);
    }
  }
  const total = sums.reduce((a, b) => a + b, 0);
  // 25T/(9n) in hundredths, rounded half up: ⌊(2·2500·T + 9n) / (18n)⌋.
  const scoreHundredths = floorDivide(5000 * total + 9 * respondents, 18 * respondents);
  return {
    respondents,
    nrr: sums.map((sum) => sum / respondents),
    total,
    value: total / (9 * respondents),
    scoreHundredths,
    grade: gradeOf(scoreHundredths),
  };
}

/** The totals of a list of responses, each a score 1–4 per element. */
export function totalsOf(responses: readonly (readonly number[])[]): SurveyTotals {
  const sums = SURVEY_ELEMENTS.map(() => 0);
  for (const response of responses) {
    if (response.length !== SURVEY_ELEMENTS.length) throw new RangeError("a response scores every element");
    response.forEach((score, index) => {
      if (!Number.isInteger(score) || score < 1 || score > 4) throw new RangeError(`a score is 1–4, got ${score}`);
      sums[index]! += score;
    });
  }
  return { respondents: responses.length, sums };
}

/** Adds totals up: the index of a larger scope comes from its parts' totals, never from their indices. */
export function addTotals(parts: readonly SurveyTotals[]): SurveyTotals {
  const sums = SURVEY_ELEMENTS.map(() => 0);
  let respondents = 0;
  for (const part of parts) {
    respondents += part.respondents;
    part.sums.forEach((sum, index) => (sums[index]! += sum));
  }
  return { respondents, sums };
}

/** "88.31" — two decimals, from the integer hundredths (the caller localises the separator). */
export function scoreText(scoreHundredths: number): string {
  return `${floorDivide(scoreHundredths, 100)}.${String(scoreHundredths % 100).padStart(2, "0")}`;
}
