/**
 * Issue 23, items 1 and 2: the pages that cannot be cached, beside a peer
 * floor on the same build.
 *
 * The floor is /bench/lantai (app/bench/lantai, served only with
 * SATUPINTU_BENCH_FLOOR=on): the same root layout, signed in (the session
 * check, the header's unread count), and one indexed query. Every signed-in
 * page does at least that, so a page at 100 % of the floor costs nothing
 * beyond what any signed-in page must.
 *
 * On the seeded demo database with its year of history (3,000 applications),
 * the portal as `npm start` serves it, for a citizen (/permohonan, /akun), an
 * officer of the busiest agency (/petugas/permohonan) and a supervisor of
 * every agency (/petugas/dasbor, the largest dashboard):
 *   cost — per request, with nothing else asking: the portal's CPU time
 *          (/proc, over 40 requests one at a time), the SQL statements it
 *          sends (bench/lib/count-statements.mjs) and the bytes of the page.
 *          These do not depend on how busy the machine is;
 *   load — wrk at 50 connections against one web process per core
 *          (SATUPINTU_WEB_WORKERS), the floor and then the page, back to back
 *          in the same minute, as the ratio page/floor with p50 and p99.
 * Targets: citizen and officer pages ≥ 100 % of the floor with p99 < 250 ms;
 * the supervisor dashboard ≥ 100 req/s. Run alone with `npm run bench -- signed-in-pages`.
 */
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index";
import { otherLoad } from "./lib/machine";
import { seededDatabase, sessionCookieFor, startPortal, type RunningPortal } from "./lib/portal";
import { ratioOf, type Comparison } from "./lib/report";
import { loadCpuMs, requestCost, servingPid, type RequestCost } from "./lib/request-cost";
import { FLOOR_PATH, SIGNED_IN_PAGES, VISITORS, visitorEmails, type Visitor } from "./lib/signed-in-pages";
import { round } from "./lib/stats";
import { hasWrk, wrk, type WrkResult } from "./lib/wrk";

const PORT = Number(process.env.BENCH_SIGNED_IN_PORT ?? 3620);
const SECONDS = Number(process.env.BENCH_WRK_SECONDS ?? 15);
const CONNECTIONS = 50;
const COST_REQUESTS = 40;
/** Requests of each page before any is measured (then requestCost's own 10 before each measurement). */
const WARM_UP_REQUESTS = 40;
/** Seconds of load on the floor and on each page after the load half's restart, before anything is measured (plus wrk's own warm-up). */
const WARM_UP_SECONDS = 8;
/** Web processes for the load half (SATUPINTU_WEB_WORKERS), one per core as docs/operations.md advises; the cost half measures one process. */
const WEB_WORKERS = Number(process.env.BENCH_WEB_WORKERS ?? os.availableParallelism());

export async function run(): Promise<BenchResult> {
  const name = "signed-in pages: cost per request, and load against a peer floor";
  if (!process.env.TEST_DATABASE_URL) return { name, items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: TEST_DATABASE_URL missing" };
  const databaseUrl = await seededDatabase("bench_signed_in", { history: true });
  const sqlLog = path.join(os.tmpdir(), `satupintu-bench-sql-${process.pid}.log`);
  const portal = await startPortal({
    port: PORT,
    databaseUrl,
    env: {
      SATUPINTU_BENCH_FLOOR: "on",
      SATUPINTU_BENCH_SQL_LOG: sqlLog,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${path.join(import.meta.dirname, "lib", "count-statements.mjs")}`.trim(),
    },
  });
  let loadPortal: RunningPortal | undefined;
  const started = performance.now();
  try {
    const pid = servingPid(portal.pid);
    const cookies = {} as Record<Visitor, string>;
    const emails = await visitorEmails(databaseUrl);
    for (const [visitor, { secondFactor }] of Object.entries(VISITORS))
      cookies[visitor as Visitor] = await sessionCookieFor(portal, emails[visitor as Visitor], { secondFactor });

    // Cost: one request at a time, once the process has rendered every page a while: measured cold, the
    // first page (the floor) paid for the JIT compiling the whole render path and cost twice its warm price.
    const costOf = (pagePath: string, visitor: Visitor, warmUp?: number) =>
      requestCost({ url: `${portal.url}${pagePath}`, cookie: cookies[visitor], pid, sqlLog, requests: COST_REQUESTS, warmUp });
    for (const page of [{ path: FLOOR_PATH, visitor: "citizen" as Visitor }, ...SIGNED_IN_PAGES]) await costOf(page.path, page.visitor, WARM_UP_REQUESTS);
    const floorCost = await costOf(FLOOR_PATH, "citizen");
    if (floorCost.status !== 200) throw new Error(`the floor page answered ${floorCost.status}: is SATUPINTU_BENCH_FLOOR=on reaching the portal?`);
    const costs: Record<string, RequestCost> = {};
    const costLine = (cost: RequestCost) =>
      `${cost.cpuMsPerRequest} ms CPU, ${cost.statementsPerRequest} SQL statements, ${(cost.htmlBytes / 1024).toFixed(1)} KB`;
    console.log(`  floor ${FLOOR_PATH}: ${costLine(floorCost)}`);
    for (const page of SIGNED_IN_PAGES) {
      const cost = await costOf(page.path, page.visitor);
      if (cost.status !== 200) throw new Error(`${page.label} answered ${cost.status} for its visitor`);
      costs[page.label] = cost;
      console.log(`  ${page.label}: ${costLine(cost)}`);
    }
    const comparisons: Comparison[] = [
      {
        label: `floor (${FLOOR_PATH}): CPU per request`,
        value: floorCost.cpuMsPerRequest,
        unit: "ms",
        target: "informational",
        pass: true,
        detail: `${floorCost.statementsPerRequest} SQL statements, ${(floorCost.htmlBytes / 1024).toFixed(1)} KB`,
      },
      ...SIGNED_IN_PAGES.map((page) => {
        const cost = costs[page.label]!;
        return {
          label: `${page.label}: CPU per request`,
          value: cost.cpuMsPerRequest,
          unit: "ms",
          floor: floorCost.cpuMsPerRequest,
          ratio: ratioOf(cost.cpuMsPerRequest, floorCost.cpuMsPerRequest),
          target: "informational (lower is better; the floor's is the least)",
          pass: true,
          detail: `${cost.statementsPerRequest} SQL statements (floor ${floorCost.statementsPerRequest}), ${(cost.htmlBytes / 1024).toFixed(1)} KB`,
        } satisfies Comparison;
      }),
    ];

    const loads: Record<string, { floor: WrkResult; floorAfter: WrkResult; page: WrkResult; cpuMsPerRequest: { page: LoadCpu; floor: LoadCpu } }> = {};
    const notes: string[] = [];
    if (!hasWrk()) {
      notes.push("wrk is missing (apt-get install -y wrk): the load half did not run.");
    } else {
      // The same database and sessions, served as a deployment on this machine would: one web process per core, without the statement counter.
      await portal.stop();
      loadPortal = await startPortal({ port: PORT, databaseUrl, env: { SATUPINTU_BENCH_FLOOR: "on", SATUPINTU_WEB_WORKERS: String(WEB_WORKERS) } });
      const load = otherLoad();
      // Warm first: measured straight after the restart, the first floor run read 15-20 % below the runs after it
      // (the processes still compiling), which flattered the first page's ratio.
      for (const target of [{ path: FLOOR_PATH, visitor: "citizen" as Visitor }, ...SIGNED_IN_PAGES])
        await wrk(`${loadPortal.url}${target.path}`, { connections: CONNECTIONS, seconds: WARM_UP_SECONDS, headers: [`Cookie: ${cookies[target.visitor]}`] });
      for (const page of SIGNED_IN_PAGES) {
        const headers = [`Cookie: ${cookies[page.visitor]}`];
        // The floor, signed in as the same visitor, runs before and after the page, and the page is compared with
        // the mean of the two: the machine drifting during a run (the floor moved by half between minutes of one
        // run) is then not read as the page's cost.
        const load = (url: string) => wrkWithCpu(loadPortal!.pid, url, headers);
        const floorBefore = await load(`${loadPortal.url}${FLOOR_PATH}`);
        const measured = await load(`${loadPortal.url}${page.path}`);
        const floorAfter = await load(`${loadPortal.url}${FLOOR_PATH}`);
        const floor = meanRun(floorBefore, floorAfter);
        const floorCpu = meanCpu(floorBefore.cpu, floorAfter.cpu);
        loads[page.label] = { floor: floorBefore, floorAfter, page: measured, cpuMsPerRequest: { page: measured.cpu, floor: floorCpu } };
        const ratio = ratioOf(measured.requestsPerSecond, floor.requestsPerSecond);
        const clean = measured.non2xx === 0 && measured.socketErrors === 0;
        const dashboard = page.visitor === "supervisor";
        console.log(
          `  ${page.label}: ${measured.requestsPerSecond} req/s (p50 ${measured.latencyMs.p50} ms, p99 ${measured.latencyMs.p99} ms) · floor ${floorBefore.requestsPerSecond}/${floorAfter.requestsPerSecond} req/s before/after (p99 ${floor.latencyMs.p99} ms) · ${(ratio * 100).toFixed(0)} %`,
        );
        comparisons.push({
          label: `${page.label}: under load`,
          value: measured.requestsPerSecond,
          unit: "req/s",
          floor: floor.requestsPerSecond,
          ratio,
          target: dashboard ? "≥ 100 req/s" : "≥ 100% of floor, p99 < 250 ms",
          pass: clean && (dashboard ? measured.requestsPerSecond >= 100 : ratio >= 1 && measured.latencyMs.p99 < 250),
          detail: `p50 ${measured.latencyMs.p50} ms, p99 ${measured.latencyMs.p99} ms (floor ${floorBefore.requestsPerSecond} req/s before, ${floorAfter.requestsPerSecond} after; mean p50 ${floor.latencyMs.p50} ms, p99 ${floor.latencyMs.p99} ms); CPU per request under load: portal ${measured.cpu.portal} ms, PostgreSQL ${measured.cpu.postgres} ms (floor ${floorCpu.portal} and ${floorCpu.postgres} ms)${clean ? "" : `; ${measured.non2xx} non-2xx, ${measured.socketErrors} socket errors`}`,
        });
      }
      notes.push(
        `wrk -t2 -c${CONNECTIONS} -d${SECONDS}s --latency after a 5 s warm-up, once the floor and every page had ${WARM_UP_SECONDS + 5} s of load after the restart; the floor before and after each page (a page's floor is the mean of the two), against the portal restarted with SATUPINTU_WEB_WORKERS=${WEB_WORKERS} (one web process per core); wrk, the portal and PostgreSQL share the machine. Load per core when the load started: ${load.loadPerCore}${load.busy ? " (the machine was shared with other work: compare ratios, not absolute rates)" : ""}. CPU per request under load is the user + system time, over the measured run, of the portal's processes (the primary and its web workers) and of every PostgreSQL server process on the machine, divided by the requests wrk counted.`,
      );
    }
    notes.unshift(
      `Cost: ${COST_REQUESTS} requests one at a time, after ${WARM_UP_REQUESTS} requests of every page and 10 more of the page measured; CPU is the serving process's user + system time from /proc/<pid>/stat (10 ms ticks, so ±0.25 ms per request), statements are those the pg driver sent while the requests ran. The portal's job worker runs as in production, so a statement or two of its polling may fall in a page's count.`,
      `The floor ${FLOOR_PATH} renders the root layout signed in and reads the visitor's own account row by primary key (lib/platform/bench-floor.ts); it answers 404 unless SATUPINTU_BENCH_FLOOR=on.`,
    );
    const totalMs = performance.now() - started;
    const items =
      Object.values(loads).reduce((sum, run) => sum + run.floor.requests + run.floorAfter.requests + run.page.requests, 0) +
      COST_REQUESTS * (SIGNED_IN_PAGES.length + 1);
    return {
      name,
      items,
      totalMs,
      itemsPerSecond: (items / totalMs) * 1000,
      comparisons,
      notes,
      details: {
        floorCost: { ...floorCost, statements: undefined },
        costs: Object.fromEntries(Object.entries(costs).map(([label, cost]) => [label, cost])),
        loads,
      },
    };
  } finally {
    await portal.stop();
    await loadPortal?.stop();
  }
}

type LoadCpu = { portal: number; postgres: number };

/** A wrk run, with the CPU the portal's processes and PostgreSQL's spent per request during it (bench/lib/request-cost.ts). */
async function wrkWithCpu(portalPid: number, url: string, headers: string[]): Promise<WrkResult & { cpu: LoadCpu }> {
  let before: LoadCpu = { portal: 0, postgres: 0 };
  const result = await wrk(url, { connections: CONNECTIONS, seconds: SECONDS, headers, beforeMeasure: () => (before = loadCpuMs(portalPid)) });
  const after = loadCpuMs(portalPid);
  const perRequest = (ms: number) => round(ms / Math.max(1, result.requests), 2);
  return { ...result, cpu: { portal: perRequest(after.portal - before.portal), postgres: perRequest(after.postgres - before.postgres) } };
}

function meanCpu(a: LoadCpu, b: LoadCpu): LoadCpu {
  return { portal: round((a.portal + b.portal) / 2, 2), postgres: round((a.postgres + b.postgres) / 2, 2) };
}

/** Two runs of the same page as one: their rates and latencies averaged. */
function meanRun(a: WrkResult, b: WrkResult): WrkResult {
  const mean = (x: number, y: number) => Math.round(((x + y) / 2) * 100) / 100;
  return {
    ...a,
    requests: a.requests + b.requests,
    requestsPerSecond: mean(a.requestsPerSecond, b.requestsPerSecond),
    latencyMs: {
      p50: mean(a.latencyMs.p50, b.latencyMs.p50),
      p75: mean(a.latencyMs.p75, b.latencyMs.p75),
      p90: mean(a.latencyMs.p90, b.latencyMs.p90),
      p99: mean(a.latencyMs.p99, b.latencyMs.p99),
    },
    non2xx: a.non2xx + b.non2xx,
    socketErrors: a.socketErrors + b.socketErrors,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
