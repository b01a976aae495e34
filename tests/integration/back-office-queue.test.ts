import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencyQueue, cappedCount, COUNT_CAP, QUEUE_PAGE_SIZE, queueAgencies, queueFilterSchema, RECENT_COUNTS_MS } from "@/lib/applications/queue";
import { setReadYourWritesCheck } from "@/lib/platform/replicas";
import { announceApplicationChange } from "@/lib/applications/side-effects";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/platform/db";
import { loadWorkCalendar } from "@/lib/sla/agency-calendar";
import { dueMoment } from "@/lib/sla/clock";
import { actorFor, KTP_SLUG, wib, type UserActor } from "@/tests/fixtures/applications";
import { createStaff } from "@/tests/fixtures/back-office";

/**
 * Each scenario gets an agency of its own (two services copied from KTP-el
 * Baru, 3 working days, WIB, 07:30–16:00), so its queue holds exactly the rows
 * written here, whatever other test files leave in the real agencies'.
 * Wednesday 12 Feb 2031, 10:00 WIB is "now" throughout.
 */
const NOW = wib("2031-02-12T10:00");
const HOUR = 3_600_000;
const created: string[] = [];
let citizenId: string;

beforeAll(async () => {
  citizenId = (await actorFor({ email: "siti.rahayu@warga.test" })).id;
});

afterAll(async () => {
  await db.application.deleteMany({ where: { agencyId: { in: created } } });
  await db.service.updateMany({ where: { agencyId: { in: created } }, data: { currentVersionId: null } });
  await db.service.deleteMany({ where: { agencyId: { in: created } } });
  await db.agency.deleteMany({ where: { id: { in: created } } });
});

async function queueAgency() {
  const code = `UJI${randomInt(100_000, 1_000_000)}`;
  const template = await db.service.findUniqueOrThrow({ where: { slug: KTP_SLUG }, include: { currentVersion: true } });
  const version = template.currentVersion!;
  const agency = await db.agency.create({
    data: { code, slug: code.toLowerCase(), nameId: `Instansi Uji ${code}`, nameEn: `Test Agency ${code}` },
    select: { id: true, code: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true },
  });
  created.push(agency.id);
  const services: { id: string; slug: string; versionId: string }[] = [];
  for (const [suffix, name] of [
    ["a", "Layanan Alfa"],
    ["b", "Layanan Beta"],
  ] as const) {
    const service = await db.service.create({
      data: {
        slug: `${code.toLowerCase()}-${suffix}`,
        agencyId: agency.id,
        categoryId: template.categoryId,
        nameId: name,
        nameEn: name,
        summaryId: "Layanan uji antrean.",
        summaryEn: "Queue test service.",
        versions: {
          create: {
            version: 1,
            decreeNumber: version.decreeNumber,
            effectiveFrom: version.effectiveFrom,
            standard: version.standard ?? {},
            formDefinition: version.formDefinition ?? {},
            slaWorkingDays: version.slaWorkingDays,
          },
        },
      },
      select: { id: true, slug: true, versions: { select: { id: true } } },
    });
    await db.service.update({ where: { id: service.id }, data: { currentVersionId: service.versions[0]!.id } });
    services.push({ id: service.id, slug: service.slug, versionId: service.versions[0]!.id });
  }
  const officer = await createStaff(["OFFICER"], [{ agencyCode: code, role: "OFFICER" }]);
  const calendar = await loadWorkCalendar(db, agency, { around: NOW });
  let serial = 0;

  /** A row as the workflow would have left it; its due moment from the agency's calendar unless given. */
  async function application(
    service: 0 | 1,
    status: ApplicationStatus,
    submittedAt: Date,
    extra: { dueAt?: Date; pauseStartedAt?: Date; completedAt?: Date; decidedAt?: Date; atRiskRecordedAt?: Date; breachRecordedAt?: Date } = {},
  ) {
    serial += 1;
    const draft = status === "DRAFT";
    const row = await db.application.create({
      data: {
        citizenId,
        agencyId: agency.id,
        serviceId: services[service]!.id,
        standardVersionId: services[service]!.versionId,
        status,
        trackingNumber: draft ? null : `${code}-2031-${String(serial).padStart(6, "0")}`,
        submittedAt: draft ? null : submittedAt,
        dueAt: draft ? null : (extra.dueAt ?? dueMoment(calendar, submittedAt, version.slaWorkingDays)),
        assignedOfficerId: ["SUBMITTED", "DRAFT"].includes(status) ? null : officer.id,
        submissionKey: randomUUID(),
        ...extra,
      },
      select: { id: true, dueAt: true, submittedAt: true },
    });
    return row;
  }

  const [visible] = (await queueAgencies(officer)).filter((a) => a.id === agency.id);
  return { agency: visible!, services, officer, application };
}

const filters = (params: Record<string, string> = {}) => queueFilterSchema.parse(params);
const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);
const byDue = <T extends { id: string; dueAt: Date | null }>(rows: T[]) =>
  [...rows].sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => r.id);

describe("the agency queue: filters and sorting", () => {
  let scenario: Awaited<ReturnType<typeof queueAgency>>;
  let rows: Record<string, { id: string; dueAt: Date | null; submittedAt: Date | null }>;
  let officer: UserActor;

  beforeAll(async () => {
    scenario = await queueAgency();
    officer = scenario.officer;
    const a = scenario.application;
    rows = {
      // Submitted an hour ago: due Fri 14 Feb, plenty left.
      fresh: await a(0, "SUBMITTED", new Date(NOW.getTime() - HOUR)),
      // Due Wed 5 Feb and Thu 6 Feb: breached, recorded by the sweep.
      breachedA: await a(0, "IN_REVIEW", wib("2031-02-03T09:00"), { breachRecordedAt: wib("2031-02-05T16:05") }),
      breachedB: await a(1, "APPROVED", wib("2031-02-04T09:00"), { decidedAt: wib("2031-02-10T09:00"), breachRecordedAt: wib("2031-02-06T16:05") }),
      // Due today at 16:00: six office hours left, marked at risk by the sweep.
      atRisk: await a(1, "SUBMITTED", wib("2031-02-10T09:00"), { atRiskRecordedAt: wib("2031-02-11T12:00") }),
      // Waiting on the citizen since Monday 11:00, due moment still ahead.
      paused: await a(0, "NEEDS_CORRECTION", wib("2031-02-10T08:00"), { pauseStartedAt: wib("2031-02-10T11:00") }),
      completed: await a(1, "COMPLETED", wib("2031-02-03T09:00"), { decidedAt: wib("2031-02-04T09:00"), completedAt: wib("2031-02-04T10:00") }),
      rejected: await a(0, "REJECTED", wib("2031-02-03T10:00"), { decidedAt: wib("2031-02-04T09:00") }),
      withdrawn: await a(0, "WITHDRAWN", wib("2031-02-03T11:00")),
      draft: await a(0, "DRAFT", NOW),
    };
  });

  const queue = (params: Record<string, string> = {}) => agencyQueue(officer, scenario.agency, filters(params), NOW);

  it("lists the open cases by due moment, with each one's SLA badge and the counts per status", async () => {
    const page = await queue();
    expect(ids(page)).toEqual(byDue([rows.breachedA!, rows.breachedB!, rows.atRisk!, rows.paused!, rows.fresh!]));
    expect(page.total).toBe(5);
    expect(page.pages).toBe(1);
    expect(Object.fromEntries(page.rows.map((row) => [row.id, row.sla]))).toEqual({
      [rows.breachedA!.id]: "BREACHED",
      [rows.breachedB!.id]: "BREACHED",
      [rows.atRisk!.id]: "AT_RISK",
      [rows.paused!.id]: "ON_TRACK",
      [rows.fresh!.id]: "ON_TRACK",
    });
    // Every submitted case counts; the citizen's draft does not exist here.
    expect(page.counts).toEqual({ SUBMITTED: 2, IN_REVIEW: 1, APPROVED: 1, NEEDS_CORRECTION: 1, COMPLETED: 1, REJECTED: 1, WITHDRAWN: 1 });
    expect(page.services.map((s) => s.slug)).toEqual(scenario.services.map((s) => s.slug));
  });

  it("filters by service, by status and by both", async () => {
    const alfa = scenario.services[0]!;
    const beta = scenario.services[1]!;
    expect(ids(await queue({ layanan: alfa.slug }))).toEqual(byDue([rows.breachedA!, rows.paused!, rows.fresh!]));
    expect(ids(await queue({ layanan: beta.slug }))).toEqual(byDue([rows.breachedB!, rows.atRisk!]));
    expect(ids(await queue({ status: "SUBMITTED" }))).toEqual(byDue([rows.atRisk!, rows.fresh!]));
    expect(ids(await queue({ status: "SUBMITTED", layanan: beta.slug }))).toEqual([rows.atRisk!.id]);
    const completed = await queue({ status: "COMPLETED" });
    expect(completed.rows.map((r) => [r.id, r.sla])).toEqual([[rows.completed!.id, "MET"]]);
    expect(ids(await queue({ status: "WITHDRAWN" }))).toEqual([rows.withdrawn!.id]);
    expect(await queue({ layanan: "tidak-ada" })).toMatchObject({ total: 0, rows: [] });
    // A status that is not a queue status (a draft) is ignored rather than shown.
    expect(ids(await queue({ status: "DRAFT" }))).toEqual(ids(await queue()));
  });

  it("filters by SLA status: breached is a running case past its due moment", async () => {
    const breached = await queue({ sla: "BREACHED" });
    expect(ids(breached)).toEqual(byDue([rows.breachedA!, rows.breachedB!]));
    expect(breached.total).toBe(2);
    expect(breached.rows.every((row) => row.sla === "BREACHED")).toBe(true);
    expect(ids(await queue({ sla: "BREACHED", layanan: scenario.services[1]!.slug }))).toEqual([rows.breachedB!.id]);
    expect(ids(await queue({ sla: "AT_RISK" }))).toEqual([rows.atRisk!.id]);
    expect(ids(await queue({ sla: "ON_TRACK" }))).toEqual(byDue([rows.paused!, rows.fresh!]));
  });

  it("sorts by submission when asked", async () => {
    const page = await queue({ urut: "diajukan" });
    const open = [rows.breachedA!, rows.breachedB!, rows.atRisk!, rows.paused!, rows.fresh!];
    expect(ids(page)).toEqual([...open].sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime()).map((r) => r.id));
  });
});

describe("the agency queue: SLA filters agree with the badges", () => {
  it("lists a case that breached before it was sent back for correction under BREACHED, as its badge says", async () => {
    const { agency, officer, application } = await queueAgency();
    // Due Wed 5 Feb 16:00; the breach was recorded, and only on Thursday did the officer ask for a correction.
    const late = await application(0, "NEEDS_CORRECTION", wib("2031-02-03T09:00"), {
      breachRecordedAt: wib("2031-02-05T16:05"),
      pauseStartedAt: wib("2031-02-06T10:00"),
    });
    const all = await agencyQueue(officer, agency, filters(), NOW);
    expect(all.rows.map((r) => [r.id, r.sla])).toEqual([[late.id, "BREACHED"]]);
    expect(ids(await agencyQueue(officer, agency, filters({ sla: "BREACHED" }), NOW))).toEqual([late.id]);
  });

  it("keeps listing a paused case under its badge after its stored due moment has passed", async () => {
    const { agency, officer, application } = await queueAgency();
    // Sent back an hour after submission; the citizen has not answered for over a week. The clock stopped with days left.
    const waiting = await application(0, "NEEDS_CORRECTION", wib("2031-02-03T09:00"), { pauseStartedAt: wib("2031-02-03T10:00") });
    const all = await agencyQueue(officer, agency, filters(), NOW);
    expect(all.rows.map((r) => [r.id, r.sla])).toEqual([[waiting.id, "ON_TRACK"]]);
    const listedUnder = [];
    for (const sla of ["ON_TRACK", "AT_RISK", "BREACHED"]) {
      if (ids(await agencyQueue(officer, agency, filters({ sla }), NOW)).includes(waiting.id)) listedUnder.push(sla);
    }
    expect(listedUnder).toEqual(["ON_TRACK"]);
  });
});

describe("the agency queue: pagination", () => {
  it("pages through 30 cases, some due at the same moment, in one stable order without gaps or repeats", async () => {
    const { agency, officer, application } = await queueAgency();
    const rows = [];
    // Ten due moments, three cases each: the id breaks the ties.
    for (let i = 0; i < 30; i++) {
      const dueAt = new Date(wib("2031-02-13T16:00").getTime() + Math.floor(i / 3) * 24 * HOUR);
      rows.push(await application((i % 2) as 0 | 1, "SUBMITTED", new Date(NOW.getTime() - (i % 4) * HOUR), { dueAt }));
    }
    const page = (hal: number, urut = "batas") => agencyQueue(officer, agency, filters({ hal: String(hal), urut }), NOW);

    const first = await page(1);
    const second = await page(2);
    expect(first).toMatchObject({ total: 30, pages: 2 });
    expect(first.rows).toHaveLength(QUEUE_PAGE_SIZE);
    expect(second.rows).toHaveLength(30 - QUEUE_PAGE_SIZE);
    expect([...ids(first), ...ids(second)]).toEqual(byDue(rows));
    // The same request gives the same page.
    expect(ids(await page(1))).toEqual(ids(first));
    expect(ids(await page(2))).toEqual(ids(second));
    expect((await page(3)).rows).toEqual([]);

    // Sorted by submission, where many share a moment, the pages still cover every case once.
    const bySubmission = [...ids(await page(1, "diajukan")), ...ids(await page(2, "diajukan"))];
    expect(bySubmission).toEqual(
      [...rows].sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => r.id),
    );
    expect([...ids(await page(1, "diajukan")), ...ids(await page(2, "diajukan"))]).toEqual(bySubmission);

    // A nonsense page number falls back to the first page.
    expect(ids(await agencyQueue(officer, agency, filters({ hal: "nol" }), NOW))).toEqual(ids(first));
  });
});

describe("the agency queue on a busy agency", () => {
  it("stops counting at COUNT_CAP: the status chips show 1000+ and the pager keeps offering the next page", async () => {
    const { agency, services, officer, application } = await queueAgency();
    await application(0, "SUBMITTED", new Date(NOW.getTime() - HOUR));
    // Finished cases beyond the cap, written in one statement (the use cases would take minutes).
    await db.$executeRaw`
      INSERT INTO "Application" ("id", "trackingNumber", "citizenId", "serviceId", "standardVersionId", "agencyId", "status", "submittedAt", "dueAt", "completedAt", "updatedAt")
      SELECT 'cap_' || ${agency.id} || '_' || g, ${agency.code} || '-2030-' || lpad(g::text, 6, '0'), ${citizenId}, ${services[0]!.id}, ${services[0]!.versionId}, ${agency.id},
        'COMPLETED', ${NOW}::timestamp - g * interval '1 hour', ${NOW}::timestamp - g * interval '1 hour' + interval '3 days', ${NOW}::timestamp - g * interval '1 hour' + interval '1 day', now()
      FROM generate_series(1, ${COUNT_CAP + 5}) g`;

    const open = await agencyQueue(officer, agency, filters(), NOW);
    expect(open.counts.SUBMITTED).toBe(1);
    expect(open.counts.COMPLETED).toBe(COUNT_CAP + 1);
    expect(cappedCount(open.counts.COMPLETED!)).toBe(`${COUNT_CAP}+`);
    expect(cappedCount(open.counts.SUBMITTED!)).toBe("1");
    expect(open).toMatchObject({ total: 1, totalCapped: false, pages: 1 });

    const completed = await agencyQueue(officer, agency, filters({ status: "COMPLETED", urut: "diajukan" }), NOW);
    expect(completed).toMatchObject({ total: COUNT_CAP, totalCapped: true, pages: COUNT_CAP / QUEUE_PAGE_SIZE });
    // Oldest submission first, served from the (agencyId, status, submittedAt) index.
    expect(completed.rows[0]!.id).toBe(`cap_${agency.id}_${COUNT_CAP + 5}`);

    // Deep pages count from their own start, so the last page is still reachable.
    const last = await agencyQueue(officer, agency, filters({ status: "COMPLETED", urut: "diajukan", hal: String(COUNT_CAP / QUEUE_PAGE_SIZE + 1) }), NOW);
    expect(last.rows).toHaveLength(5);
    expect(last.totalCapped).toBe(false);
  });
});

describe("the status counts, reused between officers' views (issue 23)", () => {
  afterAll(() => setReadYourWritesCheck(async () => false));

  it("are reused for RECENT_COUNTS_MS while the rows stay live, and counted afresh after an application change or for a browser that just wrote", async () => {
    const { agency, services, officer, application } = await queueAgency();
    const first = await application(0, "SUBMITTED", new Date(NOW.getTime() - HOUR));
    expect((await agencyQueue(officer, agency, filters(), NOW)).counts).toEqual({ SUBMITTED: 1 });

    const second = await application(1, "SUBMITTED", new Date(NOW.getTime() - 2 * HOUR));
    const another = await agencyQueue(officer, agency, filters(), NOW);
    expect(another.rows).toHaveLength(2);
    expect(another.counts, `reused for up to ${RECENT_COUNTS_MS} ms`).toEqual({ SUBMITTED: 1 });
    // Without a service or SLA filter the pager's total comes from those counts, so it agrees with the chips and the
    // database counts nothing more; an SLA or service filter, which the counts cannot answer, is counted in the database.
    expect(another).toMatchObject({ total: 1, pages: 1 });
    expect(await agencyQueue(officer, agency, filters({ sla: "ON_TRACK" }), NOW)).toMatchObject({ total: 2 });
    expect(await agencyQueue(officer, agency, filters({ layanan: services[1]!.slug }), NOW)).toMatchObject({ total: 1, rows: [{ id: second.id }] });

    // What every application use case does after its commit: this process counts the agency again.
    await announceApplicationChange({ applicationId: second.id, agencyId: agency.id, status: "SUBMITTED", eventId: "test" });
    expect((await agencyQueue(officer, agency, filters(), NOW)).counts).toEqual({ SUBMITTED: 2 });

    // A change this process did not make (another web process's) shows within the bound, or at once to a browser
    // that just wrote (pinned to the primary, with replicas: lib/auth/read-your-writes.ts).
    await db.application.update({ where: { id: first.id }, data: { status: "IN_REVIEW" } });
    expect((await agencyQueue(officer, agency, filters(), NOW)).counts).toEqual({ SUBMITTED: 2 });
    setReadYourWritesCheck(async () => true);
    expect((await agencyQueue(officer, agency, filters(), NOW)).counts).toEqual({ SUBMITTED: 1, IN_REVIEW: 1 });
  });
});
