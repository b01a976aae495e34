/**
 * Issue 19: the hall screens. 500 live display boards watching one
 * location's feed (/api/antrean/<location>, public SSE) on ONE web instance
 * (`npm start`, realtime over PostgreSQL LISTEN/NOTIFY). Officers then call
 * numbers through the real use case (lib/visits/use-cases/call-next-ticket.ts:
 * the ordered claim, the audit entry, then the board announcement), and each
 * board's delay from the start of the call to the frame carrying that number
 * is recorded. Target: p99 < 1 s over all boards and calls, nobody missed.
 *
 * `BENCH_BOARD_WATCHERS` and `BENCH_BOARD_CALLS` shrink it on a shared machine.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index";
import { otherLoad } from "./lib/machine";
import { seededDatabase, startPortal } from "./lib/portal";
import type { Comparison } from "./lib/report";
import { percentile, pool, round, sleep } from "./lib/stats";

const WATCHERS = Number(process.env.BENCH_BOARD_WATCHERS ?? 500);
const CALLS = Number(process.env.BENCH_BOARD_CALLS ?? 6);
const PORT = Number(process.env.BENCH_BOARD_PORT ?? 3603);
const DELIVERY_TIMEOUT_MS = 15_000;
const TARGET_P99_MS = 1000;

type Board = { frames: string; receivedAt: Map<string, number>; request: http.ClientRequest };

export async function run(): Promise<BenchResult> {
  const name = `office visit: ${WATCHERS.toLocaleString("en")} hall screens watching one location`;
  if (!process.env.TEST_DATABASE_URL) return { name, items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: TEST_DATABASE_URL unset" };
  const databaseUrl = await seededDatabase("bench_board");
  process.env.DATABASE_URL = databaseUrl;
  process.env.AUTH_SECRET ||= "bench-only-secret-not-used-for-anything";
  process.env.SATUPINTU_ALLOW_DERIVED_KEYS = "1";
  const { db } = await import("@/lib/platform/db");
  const { actorFor, DISDUKCAPIL_OFFICER } = await import("@/tests/fixtures/applications");
  const { issueKioskToken } = await import("@/lib/visits/kiosk-token");
  const { issueVisitTicket } = await import("@/lib/visits/use-cases/issue-visit-ticket");
  const { callNextTicket } = await import("@/lib/visits/use-cases/call-next-ticket");
  const { updateTicket } = await import("@/lib/visits/use-cases/update-ticket");
  const { ANONYMOUS } = await import("@/lib/auth/actor");

  // A location open around the clock, every day, so the walk-in numbers can be issued whenever the bench runs.
  const service = await db.service.findUniqueOrThrow({ where: { slug: "ktp-el-baru" }, select: { id: true, agencyId: true } });
  const day = { opens: "00:00", closes: "23:59", breaks: [] };
  const slug = `bench-papan-${randomUUID().slice(0, 8)}`;
  const location = await db.visitLocation.create({
    data: {
      slug,
      nameId: "Lokasi bench papan",
      nameEn: "Board bench location",
      address: "Jl. Bench",
      openingHours: Object.fromEntries(["0", "1", "2", "3", "4", "5", "6"].map((weekday) => [weekday, day])),
      services: { create: { serviceId: service.id, slotMinutes: 30, capacityPerSlot: 4, ticketLetter: "A" } },
      counters: { create: [{ label: "Loket 1", agencyId: service.agencyId, serviceIds: [service.id] }] },
    },
    include: { counters: true },
  });
  const counter = location.counters[0]!;
  const officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  const kioskToken = issueKioskToken(location.id, new Date());
  for (let index = 0; index < CALLS; index++) await issueVisitTicket(ANONYMOUS, { locationSlug: slug, serviceSlug: "ktp-el-baru", kioskToken });

  const portal = await startPortal({ port: PORT, databaseUrl });
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const boards: Board[] = [];
  const started = performance.now();
  try {
    const connectStarted = performance.now();
    await pool(
      Array.from({ length: WATCHERS }, (_, index) => index),
      50,
      async () => {
        boards.push(await openBoard(`${portal.url}/api/antrean/${slug}`, agent));
      },
    );
    const connectMs = performance.now() - connectStarted;
    console.log(`  ${boards.length} boards connected and got the current board in ${(connectMs / 1000).toFixed(1)} s`);
    const load = otherLoad();

    const delays: number[] = [];
    const calls: { number: string; deliveredTo: number; p50Ms: number; p99Ms: number; maxMs: number }[] = [];
    let missed = 0;
    for (let call = 0; call < CALLS; call++) {
      await sleep(500);
      const callStarted = performance.now();
      const called = await callNextTicket(officer, { counterId: counter.id }, { ip: null });
      const deadline = callStarted + DELIVERY_TIMEOUT_MS;
      while (performance.now() < deadline && boards.some((board) => !board.receivedAt.has(called.number))) await sleep(5);
      const callDelays = boards.flatMap((board) => {
        const at = board.receivedAt.get(called.number);
        return at === undefined ? [] : [at - callStarted];
      });
      missed += boards.length - callDelays.length;
      delays.push(...callDelays);
      calls.push({
        number: called.number,
        deliveredTo: callDelays.length,
        p50Ms: round(percentile(callDelays, 50)),
        p99Ms: round(percentile(callDelays, 99)),
        maxMs: round(Math.max(...callDelays)),
      });
      const last = calls.at(-1)!;
      console.log(
        `  call ${call + 1} (${last.number}): on ${last.deliveredTo}/${boards.length} boards, p50 ${last.p50Ms} ms, p99 ${last.p99Ms} ms, max ${last.maxMs} ms`,
      );
      // Served, so the counter may call the next number.
      const ticket = await db.visitTicket.findUniqueOrThrow({ where: { id: called.id }, select: { version: true } });
      await updateTicket(officer, { counterId: counter.id, ticketId: called.id, version: ticket.version, action: "serve" }, { ip: null });
    }
    const p99 = round(percentile(delays, 99));
    const comparisons: Comparison[] = [
      {
        label: `number called → shown on each of ${WATCHERS.toLocaleString("en")} hall screens`,
        value: p99,
        unit: "ms p99",
        target: `< ${TARGET_P99_MS} ms, every screen reached`,
        pass: p99 < TARGET_P99_MS && missed === 0,
        detail: `${CALLS} calls × ${boards.length} screens; p50 ${round(percentile(delays, 50))} ms, max ${round(Math.max(...delays))} ms; missed ${missed}`,
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
        "One web instance (scripts/serve.mjs, as `npm start` runs it); each call is the real use case (call next by an officer) run from the benchmark process, announced through PostgreSQL NOTIFY to the instance's one LISTEN connection and fanned out to every hall screen's stream. The delay counts from the start of the call (its transaction included) to the frame with the number arriving.",
        `Connecting ${boards.length} screens (location lookup, the first board frame) took ${(connectMs / 1000).toFixed(1)} s in waves of 50. Load per core at the first call: ${load.loadPerCore}${load.busy ? " (shared machine)" : ""}.`,
      ],
      details: { watchers: boards.length, connectMs: round(connectMs), calls },
    };
  } finally {
    for (const board of boards) board.request.destroy();
    agent.destroy();
    await portal.stop();
    await db.$disconnect();
  }
}

/** Opens one hall screen's stream; resolves on the first board frame, then records when each called number arrives. */
function openBoard(url: string, agent: http.Agent): Promise<Board> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      const board: Board = { frames: "", receivedAt: new Map(), request };
      let first = false;
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const now = performance.now();
        board.frames += chunk;
        let end: number;
        while ((end = board.frames.indexOf("\n\n")) >= 0) {
          const frame = board.frames.slice(0, end);
          board.frames = board.frames.slice(end + 2);
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (!data) continue;
          const payload = JSON.parse(data) as { type?: string; number?: string };
          if (payload.type !== "board") continue;
          if (!first) {
            first = true;
            resolve(board);
          }
          if (payload.number && !board.receivedAt.has(payload.number)) board.receivedAt.set(payload.number, now);
        }
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.setTimeout(60_000, () => request.destroy(new Error("no board frame within 60 s")));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
