import { describe, expect, it } from "vitest";
import { timeOrderedId } from "./ids";

describe("timeOrderedId", () => {
  it("sorts in the order the ids were made, within one millisecond and across them", () => {
    const moment = Date.UTC(2026, 11, 7, 3, 0, 0);
    const ids = [timeOrderedId(moment), timeOrderedId(moment), timeOrderedId(moment), timeOrderedId(moment + 1), timeOrderedId(moment + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has the shape of Prisma's cuid(), so it sorts by time among ids Prisma made", () => {
    const made = timeOrderedId(Date.UTC(2026, 11, 7));
    expect(made).toMatch(/^c[0-9a-z]{24}$/);
    // A cuid Prisma made a day earlier sorts before it, one made a day later after it.
    const cuidAt = (ms: number) => `c${ms.toString(36)}0000abcdefghijkl`;
    expect([cuidAt(Date.UTC(2026, 11, 8)), made, cuidAt(Date.UTC(2026, 11, 6))].sort()).toEqual([
      cuidAt(Date.UTC(2026, 11, 6)),
      made,
      cuidAt(Date.UTC(2026, 11, 8)),
    ]);
  });

  it("never goes back when the clock does", () => {
    const later = timeOrderedId(Date.UTC(2026, 11, 7, 4));
    expect(timeOrderedId(Date.UTC(2026, 11, 7, 3)) > later).toBe(true);
  });
});
