import { describe, expect, it } from "vitest";
import { effectiveLine, orderQueue, type QueueEntry } from "./queue-order";

const at = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00+07:00`);
const now = at("10:30");

describe("the hall's order rule", () => {
  it("calls on-time bookings first, then priority, then walk-ins, each in order", () => {
    const entries: QueueEntry[] = [
      { id: "walk-1", line: "WALK_IN", issuedAt: at("08:00") },
      { id: "prio-1", line: "PRIORITY", issuedAt: at("09:00") },
      { id: "book-10", line: "BOOKING", issuedAt: at("09:55"), slotStartsAt: at("10:00") },
      { id: "book-0930", line: "BOOKING", issuedAt: at("09:20"), slotStartsAt: at("09:30") },
      { id: "walk-2", line: "WALK_IN", issuedAt: at("08:30") },
      { id: "prio-2", line: "PRIORITY", issuedAt: at("08:45") },
    ];
    expect(orderQueue(entries, 15, now).map((entry) => entry.id)).toEqual(["book-0930", "book-10", "prio-2", "prio-1", "walk-1", "walk-2"]);
  });

  it("sends a booking checked in past the grace period to the walk-in line, at its check-in time", () => {
    const late: QueueEntry = { id: "late", line: "BOOKING", issuedAt: at("09:20"), slotStartsAt: at("09:00") };
    expect(effectiveLine(late, 15)).toBe("WALK_IN");
    expect(effectiveLine(late, 30)).toBe("BOOKING");
    const walkIn: QueueEntry = { id: "walk", line: "WALK_IN", issuedAt: at("09:10") };
    const later: QueueEntry = { id: "walk-later", line: "WALK_IN", issuedAt: at("09:25") };
    expect(orderQueue([later, late, walkIn], 15, now).map((entry) => entry.id)).toEqual(["walk", "late", "walk-later"]);
  });

  it("keeps an early booking behind everyone until its slot begins", () => {
    const early: QueueEntry = { id: "early", line: "BOOKING", issuedAt: at("10:00"), slotStartsAt: at("13:00") };
    const walkIn: QueueEntry = { id: "walk", line: "WALK_IN", issuedAt: at("10:10") };
    expect(orderQueue([early, walkIn], 15, now).map((entry) => entry.id)).toEqual(["walk", "early"]);
    expect(orderQueue([early, walkIn], 15, at("13:01")).map((entry) => entry.id)).toEqual(["early", "walk"]);
  });
});
