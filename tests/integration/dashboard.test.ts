import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { parseCsv } from "@/lib/dashboard/csv";
import { datasetCsv, datasetJson, datasetRows } from "@/lib/dashboard/open-data";
import { DASHBOARD_REFRESH_QUEUE, registerDashboardJobs, requestDashboardRefresh } from "@/lib/dashboard/jobs";
import { BACKLOG_STATUSES } from "@/lib/dashboard/outcomes";
import { lastRefresh, refreshDashboard } from "@/lib/dashboard/refresh";
import { STAMP_REUSE_MS } from "@/lib/dashboard/refresh-stamp";
import { supervisedAgencyIds } from "@/lib/dashboard/scope";
import {
  computeDashboard,
  dashboardCatalog,
  loadDashboard,
  parseSelection,
  portalToday,
  type DashboardCatalog,
  type DashboardView,
  type Figures,
} from "@/lib/dashboard/view";
import { db } from "@/lib/platform/db";
import { runDueJobs } from "@/lib/platform/jobs";
import { localDateOf } from "@/lib/sla/calendar";
import { createDashboardWorld, directFigures, type DayRange, type World } from "@/tests/fixtures/dashboard";

const NOW = new Date();
const TODAY = portalToday(NOW);

let world: World;
let catalog: DashboardCatalog;

beforeAll(async () => {
  world = await createDashboardWorld({ seed: 20_261_124, now: NOW });
  await refreshDashboard({ full: true, now: NOW });
  catalog = await dashboardCatalog();
});

async function supervisorView(params: Record<string, string>): Promise<DashboardView> {
  const selection = parseSelection(params, catalog, TODAY);
  return loadDashboard(selection, { audience: "supervisor", agencyIds: [world.agency.id], catalog });
}

async function publicView(params: Record<string, string>): Promise<DashboardView> {
  return loadDashboard(parseSelection(params, catalog, TODAY), { audience: "public", agencyIds: null, catalog });
}

/** The figures the dashboard shows next to the same figures computed from the rows. */
function expectFiguresMatch(figures: Figures, direct: Awaited<ReturnType<typeof directFigures>>) {
  expect({
    received: figures.received,
    completed: figures.completed,
    completedOnTime: figures.completedOnTime,
    rejected: figures.rejected,
    withdrawn: figures.withdrawn,
    breaches: figures.breaches,
    slaCompliancePct: figures.slaCompliancePct,
    processingMedianDays: figures.processingMedianDays,
    processingP90Days: figures.processingP90Days,
    openNow: figures.openNow,
    breachedNow: figures.breachedNow,
    complaintsReceived: figures.complaintsReceived,
    complaintsAnswered: figures.complaintsAnswered,
    complaintsOverdue: figures.complaintsOverdue,
    complaintMedianResponseDays: figures.complaintMedianResponseDays,
    respondents: figures.respondents,
    ikmScore: figures.ikmScore,
    ikmGrade: figures.ikmGrade,
    nrr: figures.nrr,
  }).toEqual({
    received: direct.received,
    completed: direct.completed,
    completedOnTime: direct.completedOnTime,
    rejected: direct.rejected,
    withdrawn: direct.withdrawn,
    breaches: direct.breaches,
    slaCompliancePct: direct.slaCompliancePct,
    processingMedianDays: direct.processingMedianDays,
    processingP90Days: direct.processingP90Days,
    openNow: direct.openNow,
    breachedNow: direct.breachedNow,
    complaintsReceived: direct.complaintsReceived,
    complaintsAnswered: direct.complaintsAnswered,
    complaintsOverdue: direct.complaintsOverdue,
    complaintMedianResponseDays: direct.complaintMedianResponseDays,
    respondents: direct.respondents,
    ikmScore: direct.ikmScore,
    ikmGrade: direct.ikmGrade,
    nrr: direct.nrr,
  });
}

const agencyParams = (range: DayRange) => ({ periode: "rentang", dari: range.from, sampai: range.to, instansi: world.agency.slug });
const direct = (range: DayRange, serviceId?: string) => directFigures({ calendar: world.calendar, agencyId: world.agency.id, serviceId, range, now: NOW });

describe("dashboard figures equal figures computed from the rows", () => {
  it("for the whole agency over the year, every metric", async () => {
    const range = { from: "2026-01-01", to: TODAY };
    const view = await supervisorView(agencyParams(range));
    const expected = await direct(range);
    // The world is big enough for every figure to exist, so none of this compares nulls with nulls.
    expect(expected.completed).toBeGreaterThan(100);
    expect(expected.complaintsOverdue).toBeGreaterThan(0);
    expect(expected.breachedNow).toBeGreaterThan(0);
    expect(expected.respondents).toBeGreaterThan(50);
    expectFiguresMatch(view.summary, expected);
  });

  it("for each service as a row of the agency's table", async () => {
    const range = { from: "2026-01-01", to: TODAY };
    const view = await supervisorView(agencyParams(range));
    expect(view.unitKind).toBe("service");
    for (const service of [world.services.busy, world.services.tiny]) {
      const row = view.units.find((unit) => unit.unit.id === service.id)!;
      expectFiguresMatch(row.figures, await direct(range, service.id));
    }
  });

  it("for one service chosen on its own", async () => {
    const range = { from: "2026-01-01", to: TODAY };
    const view = await supervisorView({ ...agencyParams(range), layanan: world.services.busy.slug });
    expect(view.selection.service?.id).toBe(world.services.busy.id);
    expectFiguresMatch(view.summary, await direct(range, world.services.busy.id));
  });

  it("for ranges cutting months in two (whole months from the monthly rollup, the rest from the daily one)", async () => {
    for (const range of [
      { from: "2026-02-10", to: "2026-04-20" },
      { from: "2026-03-01", to: "2026-03-31" },
      { from: "2026-05-17", to: "2026-05-17" },
      { from: "2026-01-31", to: "2026-09-02" },
    ]) {
      const view = await supervisorView(agencyParams(range));
      expectFiguresMatch(view.summary, await direct(range));
    }
  });

  it("per month on the trend", async () => {
    const range = { from: "2026-01-01", to: TODAY };
    const view = await supervisorView(agencyParams(range));
    const expected = await direct(range);
    expect(view.selection.granularity).toBe("month");
    for (const point of view.trend) {
      const within = (day: string) => day >= point.start && day <= point.end;
      expect([point.start, point.received, point.completed]).toEqual([
        point.start,
        expected.days.received.filter(within).length,
        expected.days.completed.filter(within).length,
      ]);
    }
    expect(view.trend.reduce((sum, point) => sum + (point.received as number), 0)).toBe(expected.received);
  });

  it("for the backlog, by SLA status and age", async () => {
    const view = await supervisorView(agencyParams({ from: "2026-01-01", to: TODAY }));
    const expected = await direct({ from: "2026-01-01", to: TODAY });
    for (const status of BACKLOG_STATUSES) expect([status, view.backlog.counts[status]]).toEqual([status, expected.backlog[status]]);
    expect(view.backlog.total).toBe(expected.openNow);
  });

  it("per officer: finished, on time, breaches and open load", async () => {
    const range = { from: "2026-01-01", to: TODAY };
    const view = await supervisorView(agencyParams(range));
    const expected = await direct(range);
    expect(view.officers.map((row) => row.officerId).sort()).toEqual([...expected.officers.keys()].sort());
    for (const row of view.officers) {
      const { officerId, completed, onTime, rejected, breaches, open, breachedOpen } = row;
      expect({ officerId, completed, onTime, rejected, breaches, open, breachedOpen }).toEqual({ officerId, ...expected.officers.get(officerId) });
    }
  });

  it("ranks the services with the lowest share completed on time first", async () => {
    const view = await supervisorView(agencyParams({ from: "2026-01-01", to: TODAY }));
    const rates = view.weakServices.map((entry) => entry.figures.slaCompliancePct!);
    expect(rates.length).toBeGreaterThan(0);
    expect([...rates].sort((a, b) => a - b)).toEqual(rates);
  });

  it("for all agencies together, the same as adding up the rows of every agency", async () => {
    const range = { from: "2025-01-01", to: TODAY };
    const view = await loadDashboard(parseSelection({ periode: "rentang", dari: range.from, sampai: range.to }, catalog, TODAY), {
      audience: "supervisor",
      agencyIds: null,
      catalog,
    });
    const agencies = await db.agency.findMany();
    const holidays = await db.holiday.findMany();
    const { buildWorkCalendar } = await import("@/lib/sla/calendar");
    let received = 0;
    let completed = 0;
    let respondents = 0;
    for (const agency of agencies) {
      const calendar = buildWorkCalendar(agency, holidays);
      const inRange = (instant: Date | null) => !!instant && localDateOf(calendar, instant) >= range.from && localDateOf(calendar, instant) <= range.to;
      const apps = await db.application.findMany({ where: { agencyId: agency.id }, select: { status: true, submittedAt: true, completedAt: true } });
      received += apps.filter((row) => inRange(row.submittedAt)).length;
      completed += apps.filter((row) => row.status === "COMPLETED" && inRange(row.completedAt)).length;
      const surveys = await db.surveyResponse.findMany({ where: { agencyId: agency.id }, select: { submittedAt: true } });
      respondents += surveys.filter((row) => inRange(row.submittedAt)).length;
    }
    expect({ received: view.summary.received, completed: view.summary.completed, respondents: view.summary.respondents }).toEqual({
      received,
      completed,
      respondents,
    });
    // The unit rows add up to the total.
    expect(view.units.reduce((sum, row) => sum + (row.figures.received as number), 0)).toBe(received);
  });
});

describe("the public dashboard and its open data", () => {
  it("suppresses small counts and what is computed from them, and only there", async () => {
    const range = { from: "2026-01-01", to: TODAY };
    const view = await publicView(agencyParams(range));
    const tiny = view.units.find((row) => row.unit.id === world.services.tiny.id)!.figures;
    expect(tiny.completed).toBe("<5");
    expect(tiny.received).toBe("<5");
    expect(tiny.respondents).toBe("<5");
    expect(tiny.slaCompliancePct).toBeNull();
    expect(tiny.processingMedianDays).toBeNull();
    expect(tiny.ikmScore).toBeNull();
    expect(tiny.ikmGrade).toBeNull();
    expect(tiny.nrr.every((value) => value === null)).toBe(true);
    expect(tiny.complaintsReceived).toBe(0);
    const busy = view.units.find((row) => row.unit.id === world.services.busy.id)!.figures;
    const expected = await direct(range, world.services.busy.id);
    expectFiguresMatch(busy, expected);
  });

  it("writes the page's tables as CSV and JSON with the documented columns and no personal data", async () => {
    const view = await publicView(agencyParams({ from: "2026-01-01", to: TODAY }));
    const rows = datasetRows("permohonan", view);
    const csv = parseCsv(datasetCsv("permohonan", view));
    expect(csv[0]).toEqual(Object.keys(rows[0]!));
    expect(csv.slice(1)).toEqual(rows.map((row) => Object.values(row).map((value) => (value === null ? "" : String(value)))));
    const tinyRow = rows.find((row) => row.kode_layanan === world.services.tiny.slug)!;
    expect(tinyRow).toMatchObject({ tingkat: "layanan", kode_instansi: world.agency.code, permohonan_selesai: "<5", kepatuhan_waktu_persen: null });
    const json = datasetJson("ikm", view, "http://localhost/transparansi/kamus-data");
    expect(json.meta).toMatchObject({ dataset: "ikm", cakupan: { instansi: world.agency.code }, lisensi: "CC-BY-4.0" });
    expect(json.data.map((row) => row.kode_layanan)).toContain(world.services.busy.slug);
    const everything = JSON.stringify(["ringkasan", "permohonan", "pengaduan", "ikm", "tren", "tunggakan"].map((id) => datasetRows(id as "ikm", view)));
    for (const personal of [world.officers[0]!.name, "Warga 1", "dash_", "@", "Masukan uji"]) expect(everything).not.toContain(personal);
  });
});

describe("refreshing", () => {
  it("says when the figures were last refreshed", async () => {
    const refreshed = await lastRefresh();
    expect(refreshed?.refreshedAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime());
    const view = await publicView({});
    expect(view.refreshedAt?.getTime()).toBe(refreshed?.refreshedAt.getTime());
  });

  it("takes in new activity incrementally, including rows written with older timestamps", async () => {
    const range = { from: "2026-01-01", to: TODAY };
    const before = (await supervisorView(agencyParams(range))).summary;
    const later = new Date(Math.max(Date.now(), NOW.getTime() + 1));
    const service = world.services.busy;
    const base = {
      citizenId: world.citizens[0]!.id,
      serviceId: service.id,
      standardVersionId: service.versionId,
      agencyId: world.agency.id,
      assignedOfficerId: world.officers[1]!.id,
    };
    // One finished just now, one imported now with a February history. "Now" is kept on the portal's today in the
    // agency's own zone (WITA): between 16:00 and 17:00 UTC it is already tomorrow there, outside the range.
    const finishedAt = new Date(Math.min(later.getTime(), Date.parse(`${TODAY}T23:59:59+08:00`)));
    await db.application.create({
      data: {
        ...base,
        status: "COMPLETED",
        submittedAt: new Date(finishedAt.getTime() - 3 * 86_400_000),
        dueAt: new Date(finishedAt.getTime() + 86_400_000),
        decidedAt: finishedAt,
        completedAt: finishedAt,
      },
    });
    await db.application.create({
      data: {
        ...base,
        status: "REJECTED",
        submittedAt: new Date("2026-02-16T03:00:00Z"),
        dueAt: new Date("2026-02-23T08:00:00Z"),
        decidedAt: new Date("2026-02-18T03:00:00Z"),
      },
    });
    const summary = await refreshDashboard({ now: later });
    expect(summary.mode).toBe("incremental");
    expect(summary.fromDay! <= "2026-02-15").toBe(true);
    const view = await supervisorView(agencyParams(range));
    expect(view.summary.completed).toBe((before.completed as number) + 1);
    expect(view.summary.rejected).toBe((before.rejected as number) + 1);
    expectFiguresMatch(view.summary, await directFigures({ calendar: world.calendar, agencyId: world.agency.id, range, now: later }));
    expect((await lastRefresh())?.refreshedAt.getTime()).toBe(later.getTime());
  });

  it("runs as a job when asked for after a change, at the end of a 15-second slot", async () => {
    registerDashboardJobs();
    const before = (await lastRefresh())!.refreshedAt;
    const asked = new Date();
    await db.$transaction((tx) => requestDashboardRefresh(tx, asked));
    await db.$transaction((tx) => requestDashboardRefresh(tx, asked)); // a second change in the slot shares the job
    const key = `${DASHBOARD_REFRESH_QUEUE}:soon:${new Date(Math.floor(asked.getTime() / 15_000) * 15_000 + 15_000).toISOString()}`;
    expect(await db.job.count({ where: { dedupeKey: key } })).toBe(1);
    // Not before the slot ends.
    await runDueJobs({ workerId: "dashboard-test", queues: [DASHBOARD_REFRESH_QUEUE], now: asked });
    expect(await db.job.findUniqueOrThrow({ where: { dedupeKey: key } })).toMatchObject({ status: "PENDING" });
    const run = await runDueJobs({ workerId: "dashboard-test", queues: [DASHBOARD_REFRESH_QUEUE], now: new Date(asked.getTime() + 16_000) });
    expect(run.done).toBeGreaterThanOrEqual(1);
    expect(await db.job.findUniqueOrThrow({ where: { dedupeKey: key } })).toMatchObject({ status: "DONE" });
    expect((await lastRefresh())!.refreshedAt.getTime()).toBeGreaterThan(before.getTime());
  });

  it("gives the same tables when run again (a rebuild replaces, never adds)", async () => {
    const range = { from: "2026-01-01", to: TODAY };
    const first = (await supervisorView(agencyParams(range))).summary;
    await refreshDashboard({ full: true, now: new Date(Date.now() + 2000) });
    await refreshDashboard({ now: new Date(Date.now() + 3000) });
    expect((await supervisorView(agencyParams(range))).summary).toEqual(first);
  });
});

describe("reusing the figures between requests", () => {
  const range = () => ({ from: "2026-01-01", to: TODAY });

  it("computes a selection once until the next refresh, then shows the new figures", async () => {
    const first = await supervisorView(agencyParams(range()));
    const again = await supervisorView(agencyParams(range()));
    // Reused, not computed again: the very same figures object.
    expect(again.summary).toBe(first.summary);
    const service = world.services.busy;
    await db.application.create({
      data: {
        citizenId: world.citizens[0]!.id,
        serviceId: service.id,
        standardVersionId: service.versionId,
        agencyId: world.agency.id,
        status: "SUBMITTED",
        submittedAt: new Date(Date.parse(`${TODAY}T01:00:00Z`) - 86_400_000),
        dueAt: new Date(Date.now() + 5 * 86_400_000),
      },
    });
    // New activity does not show before the refresh that counts it ...
    expect((await supervisorView(agencyParams(range()))).summary.received).toBe(first.summary.received);
    await refreshDashboard({ now: new Date(Date.now() + 5000) });
    // ... and shows on the very next request after it.
    const after = await supervisorView(agencyParams(range()));
    expect(after.summary.received).toBe((first.summary.received as number) + 1);
    expect(after.summary.openNow).toBe((first.summary.openNow as number) + 1);
    expect(after.refreshedAt!.getTime()).toBeGreaterThan(first.refreshedAt!.getTime());
  });

  it("gives the same figures as computing them afresh", async () => {
    const selection = parseSelection({ periode: "rentang", dari: range().from, sampai: range().to }, catalog, TODAY);
    for (const options of [
      { audience: "supervisor" as const, agencyIds: null, catalog },
      { audience: "public" as const, agencyIds: null, catalog },
    ]) {
      const reused = await loadDashboard(selection, options);
      const afresh = await computeDashboard(selection, options);
      expect(reused).toEqual(afresh);
    }
  });

  it("picks up a refresh made by another process within a few seconds", async () => {
    const before = (await supervisorView(agencyParams(range()))).summary;
    // What another instance's refresh does, written behind this process's back: new rollup rows and a new refresh time.
    const [row] = await db.$queryRaw<{ day: Date; serviceId: string }[]>`
      SELECT "day", "serviceId" FROM "DashboardDaily" WHERE "agencyId" = ${world.agency.id} AND "day" >= ${range().from}::date AND "received" > 0 LIMIT 1`;
    const bump = (by: number) => db.$executeRaw`
      UPDATE "DashboardDaily" SET "received" = "received" + ${by} WHERE "agencyId" = ${world.agency.id} AND "serviceId" = ${row!.serviceId} AND "day" = ${row!.day}`;
    const stamp = () => db.$executeRaw`UPDATE "DashboardRefresh" SET "refreshedAt" = "refreshedAt" + interval '1 second' WHERE "id" = 1`;
    await bump(3);
    await stamp();
    try {
      await new Promise((resolve) => setTimeout(resolve, STAMP_REUSE_MS + 100));
      const after = (await supervisorView(agencyParams(range()))).summary;
      expect(after.received).toBe((before.received as number) + 3);
    } finally {
      await bump(-3);
      await stamp();
    }
  });

  it("never gives a supervisor of one agency the figures an all-agency supervisor loaded for the same selection", async () => {
    // Another agency with an application in the period, so the two supervisors' figures differ.
    const other = await db.service.findFirstOrThrow({
      where: { agencyId: { not: world.agency.id }, currentVersionId: { not: null } },
      select: { id: true, agencyId: true, currentVersionId: true },
    });
    await db.application.create({
      data: {
        citizenId: world.citizens[0]!.id,
        serviceId: other.id,
        standardVersionId: other.currentVersionId!,
        agencyId: other.agencyId,
        status: "SUBMITTED",
        submittedAt: new Date(Date.parse(`${TODAY}T01:00:00Z`) - 86_400_000),
        dueAt: new Date(Date.now() + 5 * 86_400_000),
      },
    });
    await refreshDashboard({ now: new Date(Date.now() + 10_000) });
    const params = { periode: "rentang", dari: range().from, sampai: range().to };
    const everyAgency = await loadDashboard(parseSelection(params, catalog, TODAY, null), { audience: "supervisor", agencyIds: null, catalog });
    expect(everyAgency.units.length).toBeGreaterThan(1);
    const oneAgency = await loadDashboard(parseSelection(params, catalog, TODAY, [world.agency.id]), {
      audience: "supervisor",
      agencyIds: [world.agency.id],
      catalog,
    });
    expect(oneAgency.units.map((row) => row.unit.id)).toEqual([world.agency.id]);
    const expected = await direct(range());
    expectFiguresMatch(oneAgency.summary, expected);
    expect(oneAgency.summary.received as number).toBeLessThan(everyAgency.summary.received as number);
    expect(oneAgency.officers.map((row) => row.officerId).sort()).toEqual([...expected.officers.keys()].sort());
    expect(everyAgency.summary.openNow as number).toBeGreaterThan(oneAgency.summary.openNow as number);
  });

  it("never gives the public the exact figures a supervisor loaded, nor one request's warnings to the next", async () => {
    const exact = await supervisorView(agencyParams(range()));
    expect(typeof exact.units.find((row) => row.unit.id === world.services.tiny.id)!.figures.completed).toBe("number");
    const published = await publicView(agencyParams(range()));
    expect(published.units.find((row) => row.unit.id === world.services.tiny.id)!.figures.completed).toBe("<5");
    const year = TODAY.slice(0, 4);
    expect((await publicView({ periode: "tahun", tahun: "tahun-lalu" })).selection.invalid).toEqual(["period"]);
    const valid = await publicView({ periode: "tahun", tahun: year });
    expect(valid.selection.invalid).toEqual([]);
    expect(valid.selection.period.from).toBe(`${year}-01-01`);
  });
});

describe("supervisor scope", () => {
  it("covers the agencies a supervisor supervises, and all of them for an all-agency supervisor", async () => {
    const supervisor: Actor = { kind: "user", ...world.supervisor };
    expect(supervisedAgencyIds(supervisor, catalog)).toEqual([world.agency.id]);
    const all = await db.user.findUniqueOrThrow({
      where: { email: "supervisor@harapanjaya.go.id" },
      select: { id: true, name: true, email: true, roles: true, memberships: { select: { agencyId: true, role: true } } },
    });
    expect(supervisedAgencyIds({ kind: "user", ...all }, catalog)).toBeNull();
    const officer: Actor = {
      kind: "user",
      id: world.officers[0]!.id,
      name: "",
      email: "",
      roles: ["OFFICER"],
      memberships: [{ agencyId: world.agency.id, role: "OFFICER" }],
    };
    expect(supervisedAgencyIds(officer, catalog)).toEqual([]);
  });

  it("never shows a supervisor another agency, even when asked for it by name", async () => {
    const other = catalog.agencies.find((agency) => agency.id !== world.agency.id)!;
    const selection = parseSelection({ instansi: other.slug }, catalog, TODAY, [world.agency.id]);
    expect(selection.agency).toBeNull();
    expect(selection.invalid).toContain("agency");
    const view = await loadDashboard(selection, { audience: "supervisor", agencyIds: [world.agency.id], catalog });
    expect(view.units.map((row) => row.unit.id)).toEqual([world.agency.id]);
  });
});
