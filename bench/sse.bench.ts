/**
 * Issue 10, item 4: 2,000 citizens' browsers watching live status on ONE web
 * instance (`npm start`, realtime over PostgreSQL LISTEN/NOTIFY). Every
 * watcher holds /api/permohonan/<id>/stream open with a signed-in session;
 * an officer then moves the application through real use cases (claim,
 * release, claim, …) and each watcher's delay from the start of the status
 * change to the frame arriving is recorded. Target: p99 < 1 s over all
 * watchers and rounds, nobody missed.
 */
import http from "node:http";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index";
import { otherLoad } from "./lib/machine";
import { seededDatabase, sessionCookieFor, startPortal } from "./lib/portal";
import type { Comparison } from "./lib/report";
import { percentile, pool, round, sleep } from "./lib/stats";

const WATCHERS = Number(process.env.BENCH_SSE_WATCHERS ?? 2000);
const ROUNDS = 6;
const PORT = Number(process.env.BENCH_SSE_PORT ?? 3602);
const DELIVERY_TIMEOUT_MS = 15_000;
const TARGET_P99_MS = 1000;

type Watcher = { frames: string; receivedAt: Map<string, number>; request: http.ClientRequest };

export async function run(): Promise<BenchResult> {
  const name = `live updates: ${WATCHERS.toLocaleString("en")} SSE watchers on one instance`;
  if (!process.env.TEST_DATABASE_URL) return { name, items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: TEST_DATABASE_URL unset" };
  const databaseUrl = await seededDatabase("bench_sse");
  process.env.DATABASE_URL = databaseUrl;
  process.env.AUTH_SECRET ||= "bench-only-secret-not-used-for-anything";
  process.env.SATUPINTU_ALLOW_DERIVED_KEYS = "1";
  const { actorFor, createCitizen, submittedApplication, DISDUKCAPIL_OFFICER } = await import("@/tests/fixtures/applications");
  const { claimApplication } = await import("@/lib/applications/use-cases/claim-application");
  const { releaseApplication } = await import("@/lib/applications/use-cases/release-application");
  const { db } = await import("@/lib/platform/db");

  const citizen = await createCitizen();
  const application = await submittedApplication(citizen);
  const officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  const portal = await startPortal({ port: PORT, databaseUrl });
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const watchers: Watcher[] = [];
  const started = performance.now();
  try {
    const cookie = await sessionCookieFor(portal, citizen.actor.email);
    const connectStarted = performance.now();
    // Open in waves, as browsers arrive; each one is in once its snapshot came.
    await pool(
      Array.from({ length: WATCHERS }, (_, index) => index),
      100,
      async () => {
        watchers.push(await openWatcher(`${portal.url}/api/permohonan/${application.id}/stream`, cookie, agent));
      },
    );
    const connectMs = performance.now() - connectStarted;
    console.log(`  ${watchers.length} watchers connected and got their snapshot in ${(connectMs / 1000).toFixed(1)} s`);
    const load = otherLoad();

    const delays: number[] = [];
    const rounds: { change: string; deliveredTo: number; p50Ms: number; p99Ms: number; maxMs: number }[] = [];
    let missed = 0;
    for (let round_ = 0; round_ < ROUNDS; round_++) {
      await sleep(500);
      const changeStarted = performance.now();
      const moved =
        round_ % 2 === 0 ? await claimApplication(officer, application.id, { ip: null }) : await releaseApplication(officer, application.id, { ip: null });
      const eventId = moved.eventId;
      const deadline = changeStarted + DELIVERY_TIMEOUT_MS;
      while (performance.now() < deadline && watchers.some((watcher) => !watcher.receivedAt.has(eventId))) await sleep(5);
      const roundDelays = watchers.flatMap((watcher) => {
        const at = watcher.receivedAt.get(eventId);
        return at === undefined ? [] : [at - changeStarted];
      });
      missed += watchers.length - roundDelays.length;
      delays.push(...roundDelays);
      rounds.push({
        change: round_ % 2 === 0 ? "claim" : "release",
        deliveredTo: roundDelays.length,
        p50Ms: round(percentile(roundDelays, 50)),
        p99Ms: round(percentile(roundDelays, 99)),
        maxMs: round(Math.max(...roundDelays)),
      });
      console.log(
        `  round ${round_ + 1} (${rounds.at(-1)!.change}): delivered to ${roundDelays.length}/${watchers.length}, p50 ${rounds.at(-1)!.p50Ms} ms, p99 ${rounds.at(-1)!.p99Ms} ms, max ${rounds.at(-1)!.maxMs} ms`,
      );
    }
    const p99 = round(percentile(delays, 99));
    const comparisons: Comparison[] = [
      {
        label: `status change → delivered at each of ${WATCHERS.toLocaleString("en")} watchers`,
        value: p99,
        unit: "ms p99",
        target: `< ${TARGET_P99_MS} ms, every watcher reached`,
        pass: p99 < TARGET_P99_MS && missed === 0,
        detail: `${ROUNDS} changes × ${watchers.length} watchers; p50 ${round(percentile(delays, 50))} ms, max ${round(Math.max(...delays))} ms; missed ${missed}`,
      },
    ];
    const totalMs = performance.now() - started;
    return {
      name,
      items: delays.length,
      totalMs,
      itemsPerSecond: (delays.length / totalMs) * 1000,
      comparisons,
      notes: [
        `One web instance (scripts/serve.mjs, as \`npm start\` runs it); the status changes are real use cases (claim/release by an officer) run from the benchmark process, delivered through PostgreSQL NOTIFY to the instance's one LISTEN connection and fanned out to every stream. The delay counts from the start of the use case (its transaction included) to the frame's arrival.`,
        `Connecting ${watchers.length} watchers (session check, ownership check, snapshot) took ${(connectMs / 1000).toFixed(1)} s in waves of 100. Load per core at the first change: ${load.loadPerCore}${load.busy ? " (shared machine)" : ""}.`,
      ],
      details: { watchers: watchers.length, connectMs: round(connectMs), rounds },
    };
  } finally {
    for (const watcher of watchers) watcher.request.destroy();
    agent.destroy();
    await portal.stop();
    await db.$disconnect();
  }
}

/** Opens one stream; resolves once the snapshot arrived, then records when each later event id arrives. */
function openWatcher(url: string, cookie: string, agent: http.Agent): Promise<Watcher> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      const watcher: Watcher = { frames: "", receivedAt: new Map(), request };
      let snapshot = false;
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const now = performance.now();
        watcher.frames += chunk;
        let end: number;
        while ((end = watcher.frames.indexOf("\n\n")) >= 0) {
          const frame = watcher.frames.slice(0, end);
          watcher.frames = watcher.frames.slice(end + 2);
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (!data) continue;
          const payload = JSON.parse(data) as { type?: string; eventId?: string };
          if (payload.type === "snapshot" && !snapshot) {
            snapshot = true;
            resolve(watcher);
          } else if (payload.eventId) watcher.receivedAt.set(payload.eventId, now);
        }
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.setTimeout(60_000, () => request.destroy(new Error("no snapshot within 60 s")));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
