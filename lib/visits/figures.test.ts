import { describe, expect, it } from "vitest";
import { publishVisitFigures, type RawVisitFigures } from "./figures";

const raw = (overrides: Partial<RawVisitFigures> = {}): RawVisitFigures => ({
  tickets: 12,
  called: 10,
  served: 8,
  medianWait: 17.5,
  medianService: 6.4,
  finished: 8,
  absent: 1,
  ...overrides,
});

describe("publishing the visit figures", () => {
  it("rounds minutes to whole ones and the no-show rate to one decimal", () => {
    expect(publishVisitFigures(raw(), true)).toEqual({ tickets: 12, medianWaitMinutes: 18, medianServiceMinutes: 6, noShowPercent: 12.5 });
  });

  it("writes a count of 1–4 as <5 but shows zero", () => {
    expect(publishVisitFigures(raw({ tickets: 4 }), true).tickets).toBe("<5");
    expect(publishVisitFigures(raw({ tickets: 0 }), true).tickets).toBe(0);
  });

  it("hides each figure whose own base is under 5: waits by called tickets, service time by served ones, no-shows by finished bookings", () => {
    expect(publishVisitFigures(raw({ called: 4 }), true)).toMatchObject({ medianWaitMinutes: null, medianServiceMinutes: 6, noShowPercent: 12.5 });
    expect(publishVisitFigures(raw({ served: 4 }), true)).toMatchObject({ medianWaitMinutes: 18, medianServiceMinutes: null });
    expect(publishVisitFigures(raw({ finished: 4, absent: 2 }), true).noShowPercent).toBeNull();
  });

  it("shows a supervisor the exact figures", () => {
    expect(publishVisitFigures(raw({ tickets: 3, called: 2, finished: 2, absent: 1 }), false)).toEqual({
      tickets: 3,
      medianWaitMinutes: 18,
      medianServiceMinutes: 6,
      noShowPercent: 50,
    });
  });

  it("has no rate without finished bookings", () => {
    expect(publishVisitFigures(raw({ finished: 0, absent: 0 }), false).noShowPercent).toBeNull();
  });
});
