import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { ServiceUnavailableError } from "@/lib/platform/errors";
import {
  enqueueJob,
  OUTAGE_RETRY_MS,
  registerJobHandler,
  registerRecurringJob,
  retryDelayMs,
  runDueJobs,
  scheduleRecurring,
  startJobWorker,
  STALE_LOCK_MS,
} from "@/lib/platform/jobs";

/** A queue no other test touches, so leftover rows never mix. */
const uniqueQueue = (name: string) => `test.${name}.${randomUUID().slice(0, 8)}`;

/** Runs rounds until nothing is claimed; returns how many jobs this worker claimed. */
async function drain(workerId: string, queue: string, limit = 5): Promise<number> {
  let total = 0;
  for (;;) {
    const { claimed } = await runDueJobs({ workerId, limit, queues: [queue] });
    if (claimed === 0) return total;
    total += claimed;
  }
}

describe("job queue", () => {
  it("writes a job only when the caller's transaction commits", async () => {
    const queue = uniqueQueue("rollback");
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, queue, { n: 1 });
        throw new Error("state change refused");
      }),
    ).rejects.toThrow("state change refused");
    expect(await db.job.count({ where: { queue } })).toBe(0);

    await db.$transaction((tx) => enqueueJob(tx, queue, { n: 2 }));
    const jobs = await db.job.findMany({ where: { queue } });
    expect(jobs.map((j) => j.payload)).toEqual([{ n: 2 }]);
  });

  it("ignores a second job with the same dedupe key without breaking the caller's transaction", async () => {
    const queue = uniqueQueue("dedupe");
    const dedupeKey = `${queue}:once`;
    const results = await db.$transaction(async (tx) => {
      const first = await enqueueJob(tx, queue, { n: 1 }, { dedupeKey });
      const second = await enqueueJob(tx, queue, { n: 2 }, { dedupeKey });
      // The transaction must still accept work after the conflict.
      const other = await enqueueJob(tx, queue, { n: 3 });
      return [first, second, other];
    });
    expect(results).toEqual([true, false, true]);
    const again = await db.$transaction((tx) => enqueueJob(tx, queue, { n: 4 }, { dedupeKey }));
    expect(again).toBe(false);
    const jobs = await db.job.findMany({ where: { queue }, orderBy: { createdAt: "asc" } });
    expect(jobs.map((j) => j.payload).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it("runs every job exactly once when two workers drain the queue at the same time", async () => {
    const queue = uniqueQueue("concurrent");
    const calls = new Map<number, number>();
    const workersSeen = new Set<string>();
    registerJobHandler(queue, async (payload, context) => {
      const n = Number(payload.n);
      calls.set(n, (calls.get(n) ?? 0) + 1);
      workersSeen.add(context.workerId);
      await sleep(5);
    });
    const count = 40;
    await db.$transaction(async (tx) => {
      for (let n = 0; n < count; n++) await enqueueJob(tx, queue, { n });
    });

    const [a, b] = await Promise.all([drain("worker-a", queue), drain("worker-b", queue)]);

    expect(a + b).toBe(count);
    expect(workersSeen).toEqual(new Set(["worker-a", "worker-b"]));
    expect([...calls.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, n) => n));
    expect([...calls.values()].every((c) => c === 1)).toBe(true);
    const statuses = await db.job.groupBy({ by: ["status"], where: { queue }, _count: true });
    expect(statuses).toEqual([{ status: "DONE", _count: count }]);
  });

  it("retries a failing handler with growing delays and gives up after maxAttempts", async () => {
    const queue = uniqueQueue("failing");
    let calls = 0;
    registerJobHandler(
      queue,
      async () => {
        calls += 1;
        throw new Error(`mail server down (${calls})`);
      },
      { maxAttempts: 3 },
    );
    const t0 = new Date();
    await db.$transaction((tx) => enqueueJob(tx, queue, {}, { runAt: t0 }));
    const job = () => db.job.findFirstOrThrow({ where: { queue } });

    expect(await runDueJobs({ workerId: "w", queues: [queue], now: t0 })).toMatchObject({ claimed: 1, retried: 1 });
    let row = await job();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lockedBy: null });
    expect(row.lastError).toContain("mail server down (1)");
    expect(row.runAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

    // Not due yet: nothing happens before the backoff has passed.
    expect((await runDueJobs({ workerId: "w", queues: [queue], now: new Date(row.runAt.getTime() - 1) })).claimed).toBe(0);

    const t1 = row.runAt;
    expect(await runDueJobs({ workerId: "w", queues: [queue], now: t1 })).toMatchObject({ claimed: 1, retried: 1 });
    row = await job();
    expect(row.attempts).toBe(2);
    expect(row.runAt.getTime() - t1.getTime()).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));

    expect(await runDueJobs({ workerId: "w", queues: [queue], now: row.runAt })).toMatchObject({ claimed: 1, failed: 1 });
    row = await job();
    expect(row).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(row.lastError).toContain("mail server down (3)");

    const muchLater = new Date(row.runAt.getTime() + 24 * 3600_000);
    expect((await runDueJobs({ workerId: "w", queues: [queue], now: muchLater })).claimed).toBe(0);
    expect(calls).toBe(3);
  });

  it("retries a handler that failed only because the database was unreachable soon, without spending an attempt", async () => {
    const queue = uniqueQueue("outage");
    let calls = 0;
    registerJobHandler(
      queue,
      async () => {
        calls += 1;
        if (calls <= 3) throw new ServiceUnavailableError(new Error("the database system is starting up"));
      },
      { maxAttempts: 2 },
    );
    const t0 = new Date();
    await db.$transaction((tx) => enqueueJob(tx, queue, {}, { runAt: t0 }));
    const job = () => db.job.findFirstOrThrow({ where: { queue } });

    // Three outages in a row exceed maxAttempts, yet the job is neither failed nor pushed back by the backoff.
    for (let outage = 1; outage <= 3; outage++) {
      expect(await runDueJobs({ workerId: "w", queues: [queue] })).toMatchObject({ claimed: 1, retried: 1 });
      const row = await job();
      expect(row).toMatchObject({ status: "PENDING", attempts: 0, lockedBy: null });
      expect(row.runAt.getTime() - Date.now()).toBeGreaterThan(0);
      expect(row.runAt.getTime() - Date.now()).toBeLessThanOrEqual(OUTAGE_RETRY_MS);
      expect(OUTAGE_RETRY_MS).toBeLessThan(retryDelayMs(1));
      await db.job.update({ where: { id: row.id }, data: { runAt: new Date() } });
    }
    expect(await runDueJobs({ workerId: "w", queues: [queue] })).toMatchObject({ claimed: 1, done: 1 });
    expect(await job()).toMatchObject({ status: "DONE", attempts: 1 });
    expect(calls).toBe(4);
  });

  it("reclaims a job whose worker died while running it, but not one that is still fresh", async () => {
    const queue = uniqueQueue("stale");
    const ran: string[] = [];
    registerJobHandler(queue, async (_payload, context) => {
      ran.push(`${context.jobId}@${context.attempt}`);
    });
    const now = new Date();
    await db.$transaction(async (tx) => {
      await enqueueJob(tx, queue, { which: "stale" });
      await enqueueJob(tx, queue, { which: "fresh" });
    });
    const jobs = await db.job.findMany({ where: { queue } });
    const stale = jobs.find((j) => (j.payload as { which: string }).which === "stale")!;
    const fresh = jobs.find((j) => (j.payload as { which: string }).which === "fresh")!;
    await db.job.update({
      where: { id: stale.id },
      data: { status: "RUNNING", attempts: 1, lockedBy: "dead", lockedAt: new Date(now.getTime() - STALE_LOCK_MS - 1000) },
    });
    await db.job.update({
      where: { id: fresh.id },
      data: { status: "RUNNING", attempts: 1, lockedBy: "alive", lockedAt: new Date(now.getTime() - 60_000) },
    });

    expect(await runDueJobs({ workerId: "rescuer", queues: [queue], now })).toMatchObject({ claimed: 1, done: 1 });
    expect(ran).toEqual([`${stale.id}@2`]);
    expect(await db.job.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({ status: "DONE", lockedBy: null });
    expect(await db.job.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({ status: "RUNNING", lockedBy: "alive" });
  });

  it("renews the lease of a job that runs long, so no other worker starts it meanwhile", async () => {
    const queue = uniqueQueue("lease");
    const leaseMs = 400;
    const ran: string[] = [];
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    registerJobHandler(queue, async (_payload, context) => {
      ran.push(context.workerId);
      await finished;
    });
    await db.$transaction((tx) => enqueueJob(tx, queue, {}));

    const slow = runDueJobs({ workerId: "slow", queues: [queue], leaseMs });
    for (let i = 0; i < 200 && ran.length === 0; i++) await sleep(10);
    // Three leases later the job is still held: the running worker renewed it.
    await sleep(3 * leaseMs);
    expect(await runDueJobs({ workerId: "eager", queues: [queue], leaseMs })).toMatchObject({ claimed: 0 });
    finish();
    expect(await slow).toMatchObject({ claimed: 1, done: 1 });
    expect(ran).toEqual(["slow"]);
    expect(await db.job.findFirstOrThrow({ where: { queue } })).toMatchObject({ status: "DONE", attempts: 1 });
  });

  it("lets a worker whose lease was taken over finish without overwriting the new owner's outcome", async () => {
    const queue = uniqueQueue("taken-over");
    let failFirst!: () => void;
    const firstMayFail = new Promise<void>((resolve) => (failFirst = resolve));
    const ran: string[] = [];
    registerJobHandler(queue, async (_payload, context) => {
      ran.push(context.workerId);
      if (context.workerId !== "stalled") return;
      await firstMayFail;
      throw new Error("finished late and failed");
    });
    await db.$transaction((tx) => enqueueJob(tx, queue, {}));
    // A long lease: this worker renews only every 15 s, i.e. never during the test (as if partitioned away).
    const stalled = runDueJobs({ workerId: "stalled", queues: [queue], leaseMs: 60_000 });
    for (let i = 0; i < 200 && ran.length === 0; i++) await sleep(10);
    await sleep(300);
    // To a worker with a 200 ms lease the claim has run out: it takes the job over and finishes it.
    expect(await runDueJobs({ workerId: "rescuer", queues: [queue], leaseMs: 200 })).toMatchObject({ claimed: 1, done: 1 });
    failFirst();
    await stalled;
    expect(ran).toEqual(["stalled", "rescuer"]);
    expect(await db.job.findFirstOrThrow({ where: { queue } })).toMatchObject({ status: "DONE", attempts: 2, lastError: null });
  });

  it("creates one recurring job per time slot however many instances schedule it at once", async () => {
    const queue = uniqueQueue("recurring");
    const everyMs = 60_000;
    const now = new Date(Math.floor(Date.now() / everyMs) * everyMs + 12_345);
    const slot = new Date(Math.floor(now.getTime() / everyMs) * everyMs);

    const created = await Promise.all(Array.from({ length: 6 }, () => scheduleRecurring(queue, everyMs, { now })));
    expect(created.filter(Boolean)).toHaveLength(1);
    let jobs = await db.job.findMany({ where: { queue } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ dedupeKey: `${queue}:${slot.toISOString()}`, runAt: slot });

    const nextSlot = new Date(now.getTime() + everyMs);
    await Promise.all([scheduleRecurring(queue, everyMs, { now: nextSlot }), scheduleRecurring(queue, everyMs, { now: nextSlot })]);
    jobs = await db.job.findMany({ where: { queue } });
    expect(jobs).toHaveLength(2);
  });

  it("runs handlers and recurring jobs from the polling worker until stopped", async () => {
    const queue = uniqueQueue("worker");
    const recurringQueue = uniqueQueue("worker-recurring");
    const seen: string[] = [];
    registerJobHandler(queue, async (payload) => void seen.push(String(payload.tag)));
    registerJobHandler(recurringQueue, async () => void seen.push("tick"));
    registerRecurringJob(recurringQueue, 3600_000);
    await db.$transaction((tx) => enqueueJob(tx, queue, { tag: "hello" }));

    const stop = startJobWorker({ pollMs: 20, workerId: "poller" });
    try {
      for (let i = 0; i < 200 && seen.length < 2; i++) await sleep(25);
    } finally {
      await stop();
    }
    expect(seen.sort()).toEqual(["hello", "tick"]);
    expect(await db.job.count({ where: { queue: { in: [queue, recurringQueue] }, status: "DONE" } })).toBe(2);
  });
});
