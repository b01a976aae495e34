import { describe, expect, it } from "vitest";
import { addTotals, computeIkm, gradeOf, scoreText, totalsOf } from "./ikm";

/**
 * n responses whose scores add up to exactly `total` (each score 1–4): start
 * every answer at 1 and raise answers one by one until the total is reached.
 */
function responsesWithTotal(n: number, total: number): number[][] {
  let extra = total - 9 * n;
  if (extra < 0 || extra > 27 * n) throw new RangeError("impossible total");
  const responses = Array.from({ length: n }, () => Array.from({ length: 9 }, () => 1));
  for (let element = 0; element < 9 && extra > 0; element++) {
    for (let row = 0; row < n && extra > 0; row++) {
      const raise = Math.min(3, extra);
      responses[row]![element]! += raise;
      extra -= raise;
    }
  }
  return responses;
}

const ikmOf = (responses: number[][]) => computeIkm(totalsOf(responses))!;

describe("IKM (PermenPANRB 14/2017)", () => {
  it("gives 100.00, grade A, when everyone answers 4 to everything", () => {
    const result = ikmOf(Array.from({ length: 37 }, () => Array.from({ length: 9 }, () => 4)));
    expect(result.respondents).toBe(37);
    expect(result.nrr).toEqual(Array.from({ length: 9 }, () => 4));
    expect(result.value).toBe(4);
    expect(result.scoreHundredths).toBe(10_000);
    expect(scoreText(result.scoreHundredths)).toBe("100.00");
    expect(result.grade).toBe("A");
  });

  it("gives 25.00, grade D, when everyone answers 1", () => {
    const result = ikmOf([Array.from({ length: 9 }, () => 1)]);
    expect(scoreText(result.scoreHundredths)).toBe("25.00");
    expect(result.grade).toBe("D");
  });

  it("follows the worked example: NRR per element, weighted sum, × 25", () => {
    const responses = [
      [4, 4, 3, 4, 3, 4, 4, 3, 3],
      [3, 3, 3, 4, 3, 3, 4, 3, 3],
      [4, 3, 2, 4, 3, 3, 3, 2, 3],
      [3, 4, 3, 4, 4, 4, 4, 3, 3],
    ];
    const result = ikmOf(responses);
    expect(result.nrr).toEqual([3.5, 3.5, 2.75, 4, 3.25, 3.5, 3.75, 2.75, 3]);
    // Σ NRR × 1/9 = 30 / 9 = 3.3333…; × 25 = 83.333… → 83.33, B "Baik".
    expect(result.total).toBe(120);
    expect(result.value).toBeCloseTo(30 / 9, 12);
    expect(result.scoreHundredths).toBe(8333);
    expect(result.grade).toBe("B");
  });

  // Each boundary from a response set whose exact score is the boundary value:
  // 25T / (9n) with n = 2 500 is T / 9, so T = 9 × hundredths hits it exactly.
  it.each([
    [8831, "88.31", "A"],
    [8830, "88.30", "B"],
    [7661, "76.61", "B"],
    [7660, "76.60", "C"],
    [6500, "65.00", "C"],
    [6499, "64.99", "D"],
  ] as const)("scores exactly %i hundredths as %s, grade %s", (hundredths, text, grade) => {
    const result = ikmOf(responsesWithTotal(2500, 9 * hundredths));
    expect(result.scoreHundredths).toBe(hundredths);
    expect(scoreText(result.scoreHundredths)).toBe(text);
    expect(result.grade).toBe(grade);
  });

  it("hits the boundaries with small samples too, where floats would wobble", () => {
    // 88.30 from 250 responses (T = 7 947), 76.60 from 125 (T = 3 447), 65.00 from 5 (T = 117).
    expect(ikmOf(responsesWithTotal(250, 7947))).toMatchObject({ scoreHundredths: 8830, grade: "B" });
    expect(ikmOf(responsesWithTotal(125, 3447))).toMatchObject({ scoreHundredths: 7660, grade: "C" });
    expect(ikmOf(responsesWithTotal(5, 117))).toMatchObject({ scoreHundredths: 6500, grade: "C" });
  });

  it("rounds half up only at the end, and grades what it shows", () => {
    // 25 × 28 611 / 9 000 = 79.475 exactly → 79.48.
    expect(ikmOf(responsesWithTotal(1000, 28_611)).scoreHundredths).toBe(7948);
    // 88.305 exactly (n = 5 000, T = 158 949) shows as 88.31 and is an A; 88.3044… stays 88.30, a B.
    expect(ikmOf(responsesWithTotal(5000, 158_949))).toMatchObject({ scoreHundredths: 8831, grade: "A" });
    expect(ikmOf(responsesWithTotal(5000, 158_948))).toMatchObject({ scoreHundredths: 8830, grade: "B" });
  });

  it("is computed from totals, so a larger scope adds totals instead of averaging indices", () => {
    const a = totalsOf([[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    const b = totalsOf(responsesWithTotal(3, 81));
    const merged = computeIkm(addTotals([a, b]))!;
    expect(merged.respondents).toBe(4);
    expect(merged.total).toBe(36 + 81);
    // 25 × 117 / 36 = 81.25, not the mean of 100.00 and 75.00 (87.50).
    expect(merged.scoreHundredths).toBe(8125);
  });

  it("has no index without respondents and refuses impossible totals", () => {
    expect(computeIkm({ respondents: 0, sums: [0, 0, 0, 0, 0, 0, 0, 0, 0] })).toBeNull();
    expect(() => computeIkm({ respondents: 2, sums: [9, 2, 2, 2, 2, 2, 2, 2, 2] })).toThrow(RangeError);
    expect(() => computeIkm({ respondents: 1, sums: [1, 1, 1] })).toThrow(RangeError);
    expect(() => totalsOf([[5, 1, 1, 1, 1, 1, 1, 1, 1]])).toThrow(RangeError);
  });

  it("maps every band edge to its grade", () => {
    expect([10_000, 8831, 8830, 7661, 7660, 6500, 6499, 2500].map(gradeOf)).toEqual(["A", "A", "B", "B", "C", "C", "D", "D"]);
  });
});
