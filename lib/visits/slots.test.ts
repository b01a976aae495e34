import { describe, expect, it } from "vitest";
import type { WeeklyHours } from "./hours";
import { bookableCapacity, generateSlots, isOpenDate, type SlotPlan } from "./slots";

const weekdays: WeeklyHours = Object.fromEntries(
  ["1", "2", "3", "4", "5"].map((day) => [day, { opens: "08:00", closes: "12:00", breaks: [{ from: "10:00", to: "10:30" }] }]),
);
const holiday = (date: string, regionCode: string | null = null) => ({ date: new Date(`${date}T00:00:00Z`), regionCode, removedAt: null });

function plan(overrides: Partial<SlotPlan> = {}): SlotPlan {
  return { timeZone: "Asia/Jakarta", regionCode: null, hours: weekdays, holidays: [], closures: new Set(), slotMinutes: 30, ...overrides };
}

// Monday 2026-03-09, 06:00 in Jakarta.
const mondayMorningWib = new Date("2026-03-08T23:00:00Z");

describe("slot generation", () => {
  it("cuts each open stretch into whole slots and leaves the break out (WIB)", () => {
    const slots = generateSlots(plan(), mondayMorningWib, 1);
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      "2026-03-09T01:00:00.000Z",
      "2026-03-09T01:30:00.000Z",
      "2026-03-09T02:00:00.000Z",
      "2026-03-09T02:30:00.000Z",
      // 10:00–10:30 is the break
      "2026-03-09T03:30:00.000Z",
      "2026-03-09T04:00:00.000Z",
      "2026-03-09T04:30:00.000Z",
    ]);
    expect(slots.every((slot) => slot.date === "2026-03-09")).toBe(true);
    expect(slots[0]!.endsAt.toISOString()).toBe("2026-03-09T01:30:00.000Z");
  });

  it("drops a slot that does not fit whole before a break or closing time", () => {
    const slots = generateSlots(plan({ slotMinutes: 45 }), mondayMorningWib, 1);
    // 08:00, 08:45 | break at 10:00 (09:30 would end 10:15) | 10:30, 11:15 (12:00 closes)
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      "2026-03-09T01:00:00.000Z",
      "2026-03-09T01:45:00.000Z",
      "2026-03-09T03:30:00.000Z",
      "2026-03-09T04:15:00.000Z",
    ]);
  });

  it("reads the hours in the location's zone: 08:00 WITA and 08:00 WIT are earlier instants than 08:00 WIB", () => {
    const first = (timeZone: string) => generateSlots(plan({ timeZone }), new Date("2026-03-08T20:00:00Z"), 1)[0]!.startsAt.toISOString();
    expect(first("Asia/Jakarta")).toBe("2026-03-09T01:00:00.000Z");
    expect(first("Asia/Makassar")).toBe("2026-03-09T00:00:00.000Z");
    expect(first("Asia/Jayapura")).toBe("2026-03-08T23:00:00.000Z");
  });

  it("offers no slot that has already started today", () => {
    const slots = generateSlots(plan(), new Date("2026-03-09T03:40:00Z"), 1); // 10:40 WIB
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual(["2026-03-09T04:00:00.000Z", "2026-03-09T04:30:00.000Z"]);
  });

  it("skips weekends, national holidays, cuti bersama and closures, and counts only open days", () => {
    // Fri 2026-03-13 national holiday, Mon 03-16 cuti bersama, Tue 03-17 closed (ceremony).
    const slots = generateSlots(
      plan({ holidays: [holiday("2026-03-13"), holiday("2026-03-16")], closures: new Set(["2026-03-17"]) }),
      new Date("2026-03-12T00:00:00Z"),
      2,
    );
    expect([...new Set(slots.map((slot) => slot.date))]).toEqual(["2026-03-12", "2026-03-18"]);
  });

  it("closes on a regional holiday only in its own province", () => {
    const nyepi = [holiday("2026-03-18", "51")];
    expect(isOpenDate(plan({ holidays: nyepi, regionCode: "51", timeZone: "Asia/Makassar" }), "2026-03-18")).toBe(false);
    expect(isOpenDate(plan({ holidays: nyepi, regionCode: "32" }), "2026-03-18")).toBe(true);
  });

  it("opens on a Saturday only when the location has Saturday hours", () => {
    expect(isOpenDate(plan(), "2026-03-14")).toBe(false);
    expect(isOpenDate(plan({ hours: { ...weekdays, "6": { opens: "08:00", closes: "12:00", breaks: [] } } }), "2026-03-14")).toBe(true);
  });

  it("keeps the walk-in share out of the bookable places", () => {
    expect(bookableCapacity(4, 25)).toBe(3);
    expect(bookableCapacity(3, 25)).toBe(2);
    expect(bookableCapacity(2, 100)).toBe(0);
  });
});
