import { describe, expect, it } from "vitest";
import { buildWorkCalendar, isWorkingDay, localDateOf, localDateTimeOf, officeClosesAt, officeDayMs, officeOpensAt, parseOfficeTime } from "@/lib/sla/calendar";
import { BALI, calendarOf, holidayRecords, HOUR, JAKARTA, JAYAPURA, seedHolidaySpecs, wib, wit, wita } from "@/lib/sla/test-support";

describe("office hours", () => {
  it("reads HH:MM as minutes after local midnight", () => {
    expect(parseOfficeTime("07:30")).toBe(450);
    expect(parseOfficeTime("16:00")).toBe(960);
    expect(parseOfficeTime("00:00")).toBe(0);
    expect(parseOfficeTime("23:59")).toBe(1439);
  });

  it.each(["7:30", "24:00", "16:60", "16.00", "", "16:00:00"])("rejects %j", (text) => {
    expect(() => parseOfficeTime(text)).toThrow(RangeError);
  });

  it("refuses an office that closes before it opens, or an unknown zone", () => {
    expect(() => buildWorkCalendar({ ...JAKARTA, officeOpens: "16:00", officeCloses: "07:30" }, [])).toThrow(RangeError);
    expect(() => buildWorkCalendar({ ...JAKARTA, officeOpens: "08:00", officeCloses: "08:00" }, [])).toThrow(RangeError);
    expect(() => buildWorkCalendar({ ...JAKARTA, timezone: "Asia/Atlantis" }, [])).toThrow(RangeError);
  });

  it("measures one working day as the office day", () => {
    expect(officeDayMs(calendarOf(JAKARTA))).toBe(8.5 * HOUR);
    expect(officeDayMs(calendarOf({ ...JAKARTA, officeOpens: "08:00", officeCloses: "15:00" }))).toBe(7 * HOUR);
  });
});

describe("working days", () => {
  const seeded = calendarOf(JAKARTA, seedHolidaySpecs());

  it("is Monday to Friday", () => {
    expect(isWorkingDay(seeded, "2026-03-02")).toBe(true); // Monday
    expect(isWorkingDay(seeded, "2026-03-06")).toBe(true); // Friday
    expect(isWorkingDay(seeded, "2026-03-07")).toBe(false); // Saturday
    expect(isWorkingDay(seeded, "2026-03-08")).toBe(false); // Sunday
  });

  it("skips national holidays and cuti bersama", () => {
    expect(isWorkingDay(seeded, "2026-08-17")).toBe(false); // Independence Day, a Monday
    expect(isWorkingDay(seeded, "2026-04-03")).toBe(false); // Good Friday
    expect(isWorkingDay(seeded, "2026-12-24")).toBe(false); // cuti bersama, Thursday
    expect(isWorkingDay(seeded, "2026-03-23")).toBe(false); // cuti bersama Idulfitri, Monday
    expect(isWorkingDay(seeded, "2027-01-01")).toBe(false); // New Year 2027, Friday
    expect(isWorkingDay(seeded, "2026-12-31")).toBe(true);
  });

  it("applies a regional holiday only to agencies of that province", () => {
    const nyepi = [{ date: "2026-03-19", regionCode: "51" }];
    expect(isWorkingDay(calendarOf(BALI, nyepi), "2026-03-19")).toBe(false);
    expect(isWorkingDay(calendarOf(JAKARTA, nyepi), "2026-03-19")).toBe(true);
    expect(isWorkingDay(calendarOf(JAYAPURA, nyepi), "2026-03-19")).toBe(true);
  });

  it("gives a Bali agency the seed's Galungan, and not a Jakarta one", () => {
    expect(isWorkingDay(calendarOf(BALI, seedHolidaySpecs()), "2026-06-17")).toBe(false);
    expect(isWorkingDay(seeded, "2026-06-17")).toBe(true);
  });

  it("reads a holiday's date column as a date, whatever the agency's zone", () => {
    const papua = calendarOf(JAYAPURA, ["2026-08-18"]);
    expect(isWorkingDay(papua, "2026-08-18")).toBe(false);
    expect(isWorkingDay(papua, "2026-08-19")).toBe(true);
  });

  it("ignores a removed holiday unless the calendar is rebuilt as of before its removal", () => {
    const removedAt = new Date("2026-05-01T00:00:00Z");
    const records = holidayRecords([{ date: "2026-06-10", removedAt }]);
    expect(isWorkingDay(buildWorkCalendar(JAKARTA, records), "2026-06-10")).toBe(true);
    const before = buildWorkCalendar(JAKARTA, records, { asOf: new Date("2026-04-30T23:59:59Z") });
    expect(isWorkingDay(before, "2026-06-10")).toBe(false);
    expect(isWorkingDay(buildWorkCalendar(JAKARTA, records, { asOf: removedAt }), "2026-06-10")).toBe(true);
  });

  it("rejects a date that is not on the calendar", () => {
    expect(() => isWorkingDay(seeded, "2026-02-30")).toThrow(RangeError);
    expect(() => isWorkingDay(seeded, "2026-3-2")).toThrow(RangeError);
  });
});

describe("local time in the three Indonesian zones", () => {
  const jakarta = calendarOf(JAKARTA);
  const bali = calendarOf(BALI);
  const jayapura = calendarOf(JAYAPURA);
  const instant = new Date("2026-03-02T16:30:00Z");

  it("places one instant on each zone's own wall clock", () => {
    expect(localDateTimeOf(jakarta, instant)).toEqual({ date: "2026-03-02", time: "23:30" });
    expect(localDateTimeOf(bali, instant)).toEqual({ date: "2026-03-03", time: "00:30" });
    expect(localDateTimeOf(jayapura, instant)).toEqual({ date: "2026-03-03", time: "01:30" });
    expect(localDateOf(jakarta, instant)).toBe("2026-03-02");
  });

  it("opens and closes each office on its own local clock", () => {
    expect(officeOpensAt(jakarta, "2026-03-02")).toEqual(wib("2026-03-02 07:30"));
    expect(officeClosesAt(bali, "2026-03-02")).toEqual(wita("2026-03-02 16:00"));
    expect(officeClosesAt(jayapura, "2026-03-02")).toEqual(wit("2026-03-02 16:00"));
    expect(officeClosesAt(jayapura, "2026-03-02").toISOString()).toBe("2026-03-02T07:00:00.000Z");
  });
});
