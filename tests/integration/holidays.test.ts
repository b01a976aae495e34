import { beforeAll, describe, expect, it } from "vitest";
import { registerSlaJobs } from "@/lib/applications/sla-jobs";
import { recomputeDueAt } from "@/lib/applications/sla-clock";
import { sweepSla } from "@/lib/applications/use-cases/sweep-sla";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { runDueJobs } from "@/lib/platform/jobs";
import { forgetRecentHolidays, loadRecentWorkCalendar, RECENT_HOLIDAYS_MS } from "@/lib/sla/agency-calendar";
import { isWorkingDay } from "@/lib/sla/calendar";
import { HOLIDAYS_ADDED_QUEUE } from "@/lib/sla/holiday-events";
import { holidayDateValue } from "@/lib/sla/holiday-input";
import { listHolidaysOfYear } from "@/lib/sla/holiday-queries";
import { addHoliday } from "@/lib/sla/use-cases/add-holiday";
import { importHolidays } from "@/lib/sla/use-cases/import-holidays";
import { removeHoliday } from "@/lib/sla/use-cases/remove-holiday";
import { updateHoliday } from "@/lib/sla/use-cases/update-holiday";
import { actorFor, DISDUKCAPIL_OFFICER, rejectionOf, wib, type UserActor } from "@/tests/fixtures/applications";
import { createSubmittedApplication, loadSlaFixture, type SlaFixture } from "@/tests/fixtures/sla";

// Years no other test (and no seed) uses, so these calendars start empty and
// change nobody else's deadlines: 2035 for single holidays, 2036 for imports.
const context = { ip: "203.0.113.40" };

let admin: UserActor;
let officer: UserActor;
let citizen: UserActor;
let fixture: SlaFixture;

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  citizen = await actorFor({ email: "siti.rahayu@warga.test" });
  fixture = await loadSlaFixture();
  registerSlaJobs();
});

const holiday = (overrides: Record<string, unknown> = {}) => ({
  date: "2035-01-15",
  nameId: "Hari Uji Kalender",
  nameEn: "Calendar Test Day",
  kind: "NATIONAL",
  regionCode: "",
  ...overrides,
});

const auditsOf = (action: string, entityId?: string) =>
  db.auditEvent.findMany({ where: { action, ...(entityId ? { entityId } : {}) }, select: { actorId: true, actorRole: true, ip: true, data: true } });

const addedJobsFor = (date: string) => db.job.count({ where: { queue: HOLIDAYS_ADDED_QUEUE, payload: { path: ["holidays"], array_contains: [{ date }] } } });

async function expectAppError(promise: Promise<unknown>, code: AppError["code"], messageKey?: string) {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (messageKey) expect((error as AppError).messageKey).toBe(messageKey);
  return error as AppError;
}

/** Runs the "holidays were added" jobs the use cases enqueued, as the worker would. */
const runHolidayJobs = () => runDueJobs({ workerId: "holiday-test", queues: [HOLIDAYS_ADDED_QUEUE], limit: 100 });

describe("adding a holiday", () => {
  it("writes it with an audit entry and asks for running deadlines to be extended", async () => {
    const added = await addHoliday(admin, holiday(), context);
    const row = await db.holiday.findUniqueOrThrow({ where: { id: added.id } });
    expect(row).toMatchObject({ date: holidayDateValue("2035-01-15"), nameId: "Hari Uji Kalender", kind: "NATIONAL", regionCode: null, removedAt: null });
    expect(await auditsOf("holiday.added", added.id)).toEqual([
      { actorId: admin.id, actorRole: "ADMIN", ip: context.ip, data: expect.objectContaining({ date: "2035-01-15" }) },
    ]);
    expect(await addedJobsFor("2035-01-15")).toBe(1);
  });

  it("refuses invalid input field by field, and a second holiday on the same date and scope", async () => {
    const invalid = await expectAppError(addHoliday(admin, holiday({ date: "2035-02-30", nameId: " ", kind: "REGIONAL" }), context), "INVALID");
    expect(invalid.fieldErrors).toEqual({
      date: ["holiday.error.dateInvalid"],
      nameId: ["holiday.error.nameIdRequired"],
      regionCode: ["holiday.error.regionCodeRequired"],
    });
    await addHoliday(admin, holiday({ date: "2035-01-16" }), context);
    const duplicate = await expectAppError(addHoliday(admin, holiday({ date: "2035-01-16", nameId: "Lagi" }), context), "CONFLICT");
    expect(duplicate.fieldErrors).toEqual({ date: ["holiday.error.duplicate"] });
    // The same date for one province is another scope.
    await addHoliday(admin, holiday({ date: "2035-01-16", kind: "REGIONAL", regionCode: "51" }), context);
    expect(await db.holiday.count({ where: { date: holidayDateValue("2035-01-16"), removedAt: null } })).toBe(2);
  });
});

describe("editing a holiday", () => {
  it("changes the names in place", async () => {
    const { id } = await addHoliday(admin, holiday({ date: "2035-01-22" }), context);
    const updated = await updateHoliday(
      admin,
      { id, ...holiday({ date: "2035-01-22", nameId: "Nama Baru", nameEn: "New Name", kind: "CUTI_BERSAMA" }) },
      context,
    );
    expect(updated).toEqual({ id, date: "2035-01-22", replaced: false });
    expect(await db.holiday.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nameId: "Nama Baru",
      nameEn: "New Name",
      kind: "CUTI_BERSAMA",
      removedAt: null,
    });
    expect(await auditsOf("holiday.updated", id)).toHaveLength(1);
  });

  it("moves it to another date as a removal plus an addition, keeping the calendar's history", async () => {
    const { id } = await addHoliday(admin, holiday({ date: "2035-01-23" }), context);
    const moved = await updateHoliday(admin, { id, ...holiday({ date: "2035-01-24" }) }, context);
    expect(moved.replaced).toBe(true);
    expect(moved.id).not.toBe(id);
    expect((await db.holiday.findUniqueOrThrow({ where: { id } })).removedAt).not.toBeNull();
    expect(await db.holiday.findUniqueOrThrow({ where: { id: moved.id } })).toMatchObject({ date: holidayDateValue("2035-01-24"), removedAt: null });
    expect(await addedJobsFor("2035-01-24")).toBe(1);
    // A removed holiday is history: it cannot be edited.
    await expectAppError(updateHoliday(admin, { id, ...holiday({ date: "2035-01-25" }) }, context), "CONFLICT", "holiday.error.removed");
  });

  it("refuses a move onto a date that is already a holiday, and an unknown id", async () => {
    const { id } = await addHoliday(admin, holiday({ date: "2035-01-29" }), context);
    await addHoliday(admin, holiday({ date: "2035-01-30" }), context);
    await expectAppError(updateHoliday(admin, { id, ...holiday({ date: "2035-01-30" }) }, context), "CONFLICT", "holiday.error.duplicate");
    await expectAppError(updateHoliday(admin, { id: "no-such-holiday", ...holiday() }, context), "NOT_FOUND");
  });
});

describe("removing a holiday", () => {
  it("stamps it removed, keeps the row, and does nothing the second time", async () => {
    const { id } = await addHoliday(admin, holiday({ date: "2035-02-05" }), context);
    expect(await removeHoliday(admin, { id }, context)).toEqual({ id, date: "2035-02-05", removed: true });
    expect(await removeHoliday(admin, { id }, context)).toEqual({ id, date: "2035-02-05", removed: false });
    const row = await db.holiday.findUniqueOrThrow({ where: { id } });
    expect(row.removedAt).not.toBeNull();
    expect(await auditsOf("holiday.removed", id)).toHaveLength(1);
    // The year's list shows it, removed.
    const listed = (await listHolidaysOfYear(admin, 2035)).find((entry) => entry.id === id);
    expect(listed?.removedAt).toEqual(row.removedAt);
    // The date is free again.
    await addHoliday(admin, holiday({ date: "2035-02-05" }), context);
    await expectAppError(removeHoliday(admin, { id: "no-such-holiday" }, context), "NOT_FOUND");
  });
});

const CSV_2036 = [
  "date,name_id,name_en,kind,region_code",
  "2036-01-01,Tahun Baru 2036 Masehi,New Year's Day 2036,NATIONAL,",
  '2036-08-14,"Hari Jadi Provinsi Bali","Bali Province Day",REGIONAL,51',
].join("\n");

describe("importing a year from CSV", () => {
  it("adds every row once: the same file imported twice adds nothing the second time", async () => {
    expect(await importHolidays(admin, { year: "2036", csv: CSV_2036 }, context)).toEqual({ ok: true, year: 2036, added: 2, skipped: 0 });
    expect(await importHolidays(admin, { year: "2036", csv: CSV_2036 }, context)).toEqual({ ok: true, year: 2036, added: 0, skipped: 2 });
    const rows = await listHolidaysOfYear(admin, 2036);
    expect(rows.map((row) => [row.date.toISOString().slice(0, 10), row.regionCode, row.kind])).toEqual([
      ["2036-01-01", null, "NATIONAL"],
      ["2036-08-14", "51", "REGIONAL"],
    ]);
    // One audit entry and one extension job for the import that changed the calendar.
    expect((await auditsOf("holiday.imported")).filter((entry) => (entry.data as { year?: number }).year === 2036)).toHaveLength(1);
    expect(await addedJobsFor("2036-08-14")).toBe(1);

    // A removed day comes back with the next import; the other is still skipped.
    await removeHoliday(admin, { id: rows[0]!.id }, context);
    expect(await importHolidays(admin, { year: 2036, csv: CSV_2036 }, context)).toEqual({ ok: true, year: 2036, added: 1, skipped: 1 });
  });

  it("imports nothing when any line is wrong, and names every wrong line", async () => {
    const csv = [
      "date,name_id,name_en,kind,region_code",
      "2036-03-02,Hari Baik,Good Day,NATIONAL,",
      "2036-02-30,Hari Salah,Wrong Day,NATIONAL,",
      "2037-01-01,Tahun Depan,Next Year,NATIONAL,",
      "2036-03-03,Tanpa Kode,No Code,REGIONAL,",
    ].join("\n");
    const result = await importHolidays(admin, { year: 2036, csv }, context);
    expect(result).toEqual({
      ok: false,
      year: 2036,
      errors: [
        { line: 3, messageKey: "holiday.error.dateInvalid" },
        { line: 4, messageKey: "holiday.csv.wrongYear" },
        { line: 5, messageKey: "holiday.error.regionCodeRequired" },
      ],
    });
    expect(await db.holiday.count({ where: { date: holidayDateValue("2036-03-02") } })).toBe(0);
  });

  it("refuses an empty text and a year outside the calendar", async () => {
    expect((await expectAppError(importHolidays(admin, { year: 2036, csv: "  " }, context), "INVALID")).fieldErrors).toEqual({
      csv: ["holiday.import.empty"],
    });
    expect((await expectAppError(importHolidays(admin, { year: "1999", csv: CSV_2036 }, context), "INVALID")).fieldErrors).toEqual({
      year: ["holiday.import.yearInvalid"],
    });
  });
});

describe("who may keep the calendar", () => {
  it("refuses officers and citizens every write, and asks visitors to sign in", async () => {
    const { id } = await addHoliday(admin, holiday({ date: "2035-02-12" }), context);
    const before = await db.holiday.count();
    const attempts: ((actor: Actor) => Promise<unknown>)[] = [
      (actor) => addHoliday(actor, holiday({ date: "2035-02-13" }), context),
      (actor) => updateHoliday(actor, { id, ...holiday({ date: "2035-02-12", nameId: "Diubah" }) }, context),
      (actor) => removeHoliday(actor, { id }, context),
      (actor) => importHolidays(actor, { year: 2036, csv: CSV_2036.replace("2036-01-01", "2036-01-02") }, context),
      (actor) => listHolidaysOfYear(actor, 2035),
    ];
    for (const attempt of attempts) {
      await expectAppError(attempt(officer), "FORBIDDEN");
      await expectAppError(attempt(citizen), "FORBIDDEN");
      await expectAppError(attempt({ kind: "anonymous" }), "UNAUTHENTICATED");
    }
    expect(await db.holiday.count()).toBe(before);
    expect(await db.holiday.findUniqueOrThrow({ where: { id } })).toMatchObject({ nameId: "Hari Uji Kalender", removedAt: null });
  });
});

describe("holidays and running deadlines", () => {
  it("extends a running deadline when a holiday is added inside its window (the job that follows the addition)", async () => {
    // Monday 2 April 2035, 09:00: three working days end Wednesday 4 April at 16:00.
    const running = await createSubmittedApplication(fixture, { status: "IN_REVIEW", submittedAt: wib("2035-04-02T09:00") });
    expect(running.dueAt).toEqual(wib("2035-04-04T16:00"));
    // Waiting on the citizen: the job extends it too (the sweep skips paused ones).
    const paused = await createSubmittedApplication(fixture, {
      status: "NEEDS_CORRECTION",
      submittedAt: wib("2035-04-02T09:30"),
      pauseStartedAt: wib("2035-04-02T11:00"),
    });
    // A recorded breach stands, holiday or not.
    const breached = await createSubmittedApplication(fixture, {
      status: "IN_REVIEW",
      submittedAt: wib("2035-04-02T10:00"),
      breachRecordedAt: wib("2035-04-05T08:00"),
    });
    await addHoliday(admin, holiday({ date: "2035-04-03" }), context);
    // A province's holiday does not reach an agency elsewhere.
    const elsewhere = await createSubmittedApplication(fixture, { status: "IN_REVIEW", submittedAt: wib("2035-04-09T09:00") });
    await addHoliday(admin, holiday({ date: "2035-04-10", kind: "REGIONAL", regionCode: "51" }), context);
    await runHolidayJobs();

    const dueOf = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id }, select: { dueAt: true } })).dueAt;
    expect(await dueOf(running.id)).toEqual(wib("2035-04-05T16:00"));
    expect(await dueOf(paused.id)).toEqual(wib("2035-04-05T16:00"));
    expect(await dueOf(breached.id)).toEqual(breached.dueAt);
    expect(await dueOf(elsewhere.id)).toEqual(elsewhere.dueAt);
  });

  it("lets the sweep extend a deadline before judging it, and never shortens one when the holiday is removed", async () => {
    // Monday 7 May 2035, 09:00: due Wednesday 9 May at 16:00.
    const running = await createSubmittedApplication(fixture, { status: "IN_REVIEW", submittedAt: wib("2035-05-07T09:00") });
    expect(running.dueAt).toEqual(wib("2035-05-09T16:00"));
    const { id: holidayId } = await addHoliday(admin, holiday({ date: "2035-05-08" }), context);
    // Before the job has run: Thursday morning would be a breach on the old due moment.
    const thursdayMorning = wib("2035-05-10T08:00");
    const summary = await sweepSla({ now: thursdayMorning });
    expect(summary.extended).toBeGreaterThanOrEqual(1);
    const row = await db.application.findUniqueOrThrow({
      where: { id: running.id },
      include: { agency: true, standardVersion: { select: { slaWorkingDays: true } } },
    });
    expect(row.dueAt).toEqual(wib("2035-05-10T16:00"));
    expect(row.breachRecordedAt).toBeNull();

    await removeHoliday(admin, { id: holidayId }, context);
    await sweepSla({ now: thursdayMorning });
    expect((await db.application.findUniqueOrThrow({ where: { id: running.id } })).dueAt).toEqual(wib("2035-05-10T16:00"));
    // A resubmission's recomputation on the calendar without the holiday keeps it too.
    const recomputed = await recomputeDueAt(db, { ...row, submittedAt: row.submittedAt!, agency: row.agency }, thursdayMorning);
    expect(recomputed).toEqual(wib("2035-05-10T16:00"));
  });
});

describe("the calendar a new deadline is computed on", () => {
  const agency = { timezone: "Asia/Jakarta", officeOpens: "08:00", officeCloses: "16:00", regionCode: null };
  const around = new Date("2035-03-01T02:00:00Z");
  const worksOn = async (date: string, now?: number) => isWorkingDay(await loadRecentWorkCalendar(db, agency, { around, now }), date);

  it("sees a holiday an admin adds in this process at once", async () => {
    expect(await worksOn("2035-03-05")).toBe(true);
    await addHoliday(admin, holiday({ date: "2035-03-05" }), context);
    expect(await worksOn("2035-03-05")).toBe(false);
  });

  it("sees a holiday written elsewhere (another web instance) once its copy is RECENT_HOLIDAYS_MS old", async () => {
    forgetRecentHolidays();
    const loadedAt = Date.now();
    expect(await worksOn("2035-03-06", loadedAt)).toBe(true);
    const written = await db.holiday.create({
      data: { date: holidayDateValue("2035-03-06"), nameId: "Libur instans lain", nameEn: "Other instance", kind: "NATIONAL" },
    });
    try {
      expect(await worksOn("2035-03-06", loadedAt + RECENT_HOLIDAYS_MS - 1)).toBe(true);
      expect(await worksOn("2035-03-06", loadedAt + RECENT_HOLIDAYS_MS)).toBe(false);
    } finally {
      await db.holiday.delete({ where: { id: written.id } });
    }
  });
});
