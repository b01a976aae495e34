import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlJson, sqlUtc } from "./sql-values";
import { currentContext, runWithContext } from "@/scripts/lib/observability.mjs";
import { isDatabaseUnavailable } from "./database-availability";
import { db, type Tx } from "./db";
import { log } from "./log";

/**
 * Background jobs: a transactional outbox in the `Job` table, drained with
 * `FOR UPDATE SKIP LOCKED`.
 *
 * Why not pg-boss: it keeps a long-lived LISTEN connection and takes advisory
 * locks for its maintenance and scheduling. The embedded database (PGlite behind
 * pglite-socket) runs every connection on ONE session underneath, so a lock or
 * a LISTEN held by one client belongs to all of them and an idle maintenance
 * transaction stalls every other query. A table plus SKIP LOCKED needs only
 * short single statements, works the same on PGlite and on a real server, and
 * lets a job be written in the caller's transaction: the side effect exists iff
 * the state change committed.
 *
 * Delivery is at-least-once. A handler can run again after a crash, a lost lock
 * (see STALE_LOCK_MS) or a failure after its side effect, so HANDLERS MUST BE
 * IDEMPOTENT: key what they write by the job id (context.jobId) or by the domain
 * record, and check before repeating an external effect.
 *
 * A claim is a lease: while its handlers run, the worker renews `lockedAt`
 * every quarter lease, and a RUNNING job whose lease ran out belongs to a dead
 * (killed, crashed, partitioned) worker and is claimed again. So a long handler
 * is never started twice while its worker lives, and a killed worker's jobs
 * resume one lease later.
 *
 * Every web instance may run the worker (instrumentation.ts): SKIP LOCKED
 * guarantees that concurrent workers claim disjoint jobs. A process claims only
 * queues it has a handler for, so instances with different handlers coexist.
 */

export type JsonObject = Prisma.JsonObject;

export type JobContext = { jobId: string; attempt: number; workerId: string; requestId?: string | null };
export type JobHandler = (payload: JsonObject, context: JobContext) => Promise<void>;
type Registration = { handler: JobHandler; maxAttempts: number };

/** Throw from a handler when retrying cannot help (bad payload, missing template): the job fails at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}

export const DEFAULT_MAX_ATTEMPTS = 8;
/** The default lease: a RUNNING job not renewed for this long is taken to belong to a dead worker and is claimed again. */
export const STALE_LOCK_MS = 2 * 60_000;
/** A handler that failed only because the database was unreachable tries again this soon, without spending an attempt. */
export const OUTAGE_RETRY_MS = 5_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** Delay before the next try after `attempts` failed tries: 30 s, 1 min, 2 min, … capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

// Kept on globalThis: instrumentation.ts and the route bundles may each load
// this module, and dev hot reloads re-evaluate it; one registry and one worker per process.
type JobsGlobal = {
  handlers: Map<string, Registration>;
  /** Outcomes a database outage kept from being written; written at the start of the next rounds. */
  unrecorded: OutcomeWrite[];
  recurring: Map<string, { everyMs: number; lastSlot?: number }>;
  worker?: { stop: () => Promise<void>; pollMs: number; leaseMs: number; beatAt: number };
};
const globalForJobs = globalThis as unknown as { satupintuJobs?: JobsGlobal };
const state: JobsGlobal = (globalForJobs.satupintuJobs ??= { handlers: new Map(), unrecorded: [], recurring: new Map() });
state.unrecorded ??= [];

export function registerJobHandler(queue: string, handler: JobHandler, options: { maxAttempts?: number } = {}): void {
  state.handlers.set(queue, { handler, maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS });
}

/**
 * Writes a job in the caller's transaction. With a dedupeKey that already
 * exists nothing is written and false is returned; ON CONFLICT DO NOTHING keeps
 * the caller's transaction usable (a unique violation would abort it).
 */
export async function enqueueJob(
  tx: Tx,
  queue: string,
  payload: JsonObject,
  options: { dedupeKey?: string; runAt?: Date; requestId?: string | null } = {},
): Promise<boolean> {
  return (await tx.$executeRaw(jobInsert(queue, payload, options))) === 1;
}

/**
 * The id of the request (or job) running now, stored with the jobs it
 * enqueues so their log lines join the request's. Production's web server
 * (scripts/serve.mjs) and the job worker set it in the request context; under
 * `next dev` requests have none, and their jobs carry null.
 */
function currentRequestId(): string | null {
  return currentContext()?.requestId ?? null;
}

/**
 * The statement enqueueJob runs, for a caller that writes the job within a
 * statement of its own (lib/notifications/notify.ts: a notification and its
 * email job in one round trip). Timestamps are sent as UTC, as Prisma writes them.
 */
export function jobInsert(
  queue: string,
  payload: JsonObject,
  options: { dedupeKey?: string; runAt?: Date; now?: Date; requestId?: string | null } = {},
): Prisma.Sql {
  const now = options.now ?? new Date();
  const requestId = options.requestId === undefined ? currentRequestId() : options.requestId;
  return Prisma.sql`
    INSERT INTO "Job" ("id", "queue", "payload", "dedupeKey", "runAt", "createdAt", "requestId")
    VALUES (${randomUUID()}, ${queue}, ${sqlJson(payload)}, ${options.dedupeKey ?? null},
            ${sqlUtc(options.runAt ?? now)}, ${sqlUtc(now)}, ${requestId})
    ON CONFLICT DO NOTHING`;
}

/** Changes within one slot share one requested job, which runs when the slot ends. */
const SOON_SLOT_MS = 15_000;

/**
 * Asks for a `queue` job shortly after the caller's transaction commits
 * (written in it, so only a committed change asks): one job per 15-second
 * slot, run at the slot's end, however many changes fall in it. A domain asks
 * another for work this way, by queue name, without importing it (surveys ask
 * for the dashboard's refresh).
 */
export async function requestJobSoon(tx: Tx, queue: string, now = new Date()): Promise<void> {
  const slotEnd = Math.floor(now.getTime() / SOON_SLOT_MS) * SOON_SLOT_MS + SOON_SLOT_MS;
  await enqueueJob(tx, queue, {}, { dedupeKey: `${queue}:soon:${new Date(slotEnd).toISOString()}`, runAt: new Date(slotEnd) });
}

/**
 * Enqueues the job of the time slot `now` falls in, keyed by the slot, so any
 * number of instances scheduling at once create exactly one job per slot.
 */
export async function scheduleRecurring(queue: string, everyMs: number, options: { payload?: JsonObject; now?: Date } = {}): Promise<boolean> {
  const slotStart = new Date(Math.floor((options.now ?? new Date()).getTime() / everyMs) * everyMs);
  return enqueueJob(db, queue, options.payload ?? {}, {
    dedupeKey: `${queue}:${slotStart.toISOString()}`,
    runAt: slotStart,
  });
}

/** Asks the worker to keep one `queue` job per `everyMs` slot scheduled. */
export function registerRecurringJob(queue: string, everyMs: number): void {
  state.recurring.set(queue, { everyMs });
}

async function scheduleRegisteredRecurring(now: Date): Promise<void> {
  for (const [queue, entry] of state.recurring) {
    const slot = Math.floor(now.getTime() / entry.everyMs);
    if (entry.lastSlot === slot) continue;
    await scheduleRecurring(queue, entry.everyMs, { now });
    entry.lastSlot = slot;
  }
}

type OutcomeWrite = { where: Prisma.JobWhereInput; data: Prisma.JobUpdateManyMutationInput };
/** Bounded so a long outage cannot grow memory without limit; a dropped outcome falls back to lease expiry. */
const MAX_UNRECORDED = 1_000;

/**
 * Writes a job's outcome. When the database is unreachable the outcome is
 * kept in memory and written by a later round instead of leaving the job
 * RUNNING until its lease runs out (minutes), or, for a handler that already
 * sent its email, running it again. The write stays scoped to this claim, so a
 * late write after someone else reclaimed the job changes nothing.
 */
async function recordOutcome(write: OutcomeWrite): Promise<void> {
  try {
    await db.job.updateMany(write);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (state.unrecorded.length < MAX_UNRECORDED) state.unrecorded.push(write);
    log.warn("database unreachable: a job's outcome will be written when it is back");
  }
}

async function writeUnrecordedOutcomes(): Promise<void> {
  while (state.unrecorded.length > 0) {
    await db.job.updateMany(state.unrecorded[0]!);
    state.unrecorded.shift();
  }
}

type ClaimedJob = { id: string; queue: string; payload: JsonObject; attempts: number; lockedAt: Date; requestId: string | null };
export type RunSummary = { claimed: number; done: number; retried: number; failed: number };

/**
 * Claims up to `limit` due jobs of the queues this process handles (plus stale
 * RUNNING ones) in one autocommitted statement, then runs each handler outside
 * any transaction. The attempt is counted at claim time, so a job that keeps
 * crashing its worker still reaches maxAttempts.
 */
export async function runDueJobs(options: {
  workerId: string;
  limit?: number;
  now?: Date;
  queues?: readonly string[];
  /** How long a claim holds without renewal (default STALE_LOCK_MS). */
  leaseMs?: number;
}): Promise<RunSummary> {
  const now = options.now ?? new Date();
  const leaseMs = options.leaseMs ?? STALE_LOCK_MS;
  const queues = (options.queues ?? [...state.handlers.keys()]).filter((q) => state.handlers.has(q));
  const summary: RunSummary = { claimed: 0, done: 0, retried: 0, failed: 0 };
  if (queues.length === 0) return summary;
  const staleBefore = new Date(now.getTime() - leaseMs);
  await writeUnrecordedOutcomes();

  const claimed = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job"
    SET "status" = 'RUNNING', "lockedAt" = ${now}, "lockedBy" = ${options.workerId}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE "queue" IN (${Prisma.join(queues)})
        AND (("status" = 'PENDING' AND "runAt" <= ${now})
          OR ("status" = 'RUNNING' AND "lockedAt" < ${staleBefore}))
      ORDER BY "runAt"
      LIMIT ${options.limit ?? 10}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "queue", "payload", "attempts", "lockedAt", "requestId"`;
  summary.claimed = claimed.length;

  // Settled, not all: one job whose bookkeeping hit a database error must not
  // hide the others' outcomes. That job stays RUNNING and is reclaimed once stale.
  const renewal = renewLeases(claimed, options.workerId, leaseMs);
  const outcomes = await Promise.allSettled(claimed.map((job) => runOne(job, options.workerId, now))).finally(renewal.stop);
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled") summary[outcome.value] += 1;
    else log.error({ err: outcome.reason }, "recording a job's outcome failed");
  }
  return summary;
}

/** Keeps this worker's claims alive while their handlers run; a failed renewal is retried at the next beat. */
function renewLeases(jobs: readonly ClaimedJob[], workerId: string, leaseMs: number): { stop: () => void } {
  if (jobs.length === 0) return { stop: () => {} };
  const ids = jobs.map((job) => job.id);
  const timer = setInterval(
    () => {
      beat();
      db.job
        .updateMany({ where: { id: { in: ids }, status: "RUNNING", lockedBy: workerId }, data: { lockedAt: new Date() } })
        .catch((error: unknown) => log.error({ err: error }, "renewing job leases failed"));
    },
    Math.max(250, Math.floor(leaseMs / 4)),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Runs a claimed job inside its own log context: its lines carry the job id and the id of the request that enqueued it. */
function runOne(job: ClaimedJob, workerId: string, now: Date): Promise<"done" | "retried" | "failed"> {
  return runWithContext({ requestId: job.requestId ?? undefined, jobId: job.id }, () => runClaimed(job, workerId, now));
}

async function runClaimed(job: ClaimedJob, workerId: string, now: Date): Promise<"done" | "retried" | "failed"> {
  const registration = state.handlers.get(job.queue);
  // Only rows still held by this claim are finished: a worker whose lease ran
  // out and was taken over must not overwrite the new owner's outcome. Every
  // claim counts an attempt, so (lockedBy, attempts) names this claim.
  const ours = { id: job.id, status: "RUNNING" as const, lockedBy: workerId, attempts: job.attempts };
  let error: unknown;
  if (!registration) {
    error = new PermanentJobError(`no handler for queue ${job.queue}`);
  } else if (job.attempts > registration.maxAttempts) {
    error = new PermanentJobError("gave up: the job's worker stopped while running it, too many times");
  } else {
    try {
      await registration.handler(job.payload, { jobId: job.id, attempt: job.attempts, workerId, requestId: job.requestId });
    } catch (caught) {
      error = caught ?? new Error("handler threw without a reason");
    }
  }
  if (error === undefined) {
    await recordOutcome({
      where: ours,
      data: { status: "DONE", completedAt: new Date(), lockedAt: null, lockedBy: null, lastError: null },
    });
    return "done";
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (isDatabaseUnavailable(error)) {
    // The outage is nobody's fault: try again soon, and give the attempt back.
    await recordOutcome({
      where: ours,
      data: {
        status: "PENDING",
        runAt: new Date(Date.now() + OUTAGE_RETRY_MS),
        attempts: job.attempts - 1,
        lockedAt: null,
        lockedBy: null,
        lastError: message.slice(0, 4000),
      },
    });
    return "retried";
  }
  const giveUp = error instanceof PermanentJobError || job.attempts >= (registration?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  await recordOutcome({
    where: ours,
    data: giveUp
      ? { status: "FAILED", completedAt: new Date(), lockedAt: null, lockedBy: null, lastError: message.slice(0, 4000) }
      : {
          status: "PENDING",
          runAt: new Date(now.getTime() + retryDelayMs(job.attempts)),
          lockedAt: null,
          lockedBy: null,
          lastError: message.slice(0, 4000),
        },
  });
  if (giveUp) log.error({ queue: job.queue, attempts: job.attempts, err: error }, "job failed for good");
  else log.warn({ queue: job.queue, attempts: job.attempts, err: error }, "job failed; retrying later");
  return giveUp ? "failed" : "retried";
}

/**
 * Polls for due jobs every `pollMs` and keeps registered recurring jobs
 * scheduled. One worker per process: a second call returns the running
 * worker's stop function. Errors (database down, …) are logged and the loop
 * goes on. Returns a function that stops it after the current round.
 */
export function startJobWorker(options: { pollMs?: number; limit?: number; workerId?: string; leaseMs?: number } = {}): () => Promise<void> {
  if (state.worker) return state.worker.stop;
  const pollMs = options.pollMs ?? 2000;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  const tick = async () => {
    beat();
    try {
      const now = new Date();
      await scheduleRegisteredRecurring(now);
      const limit = options.limit ?? 10;
      // A full batch suggests more are waiting: drain before sleeping.
      let claimed = limit;
      while (!stopped && claimed === limit) {
        claimed = (await runDueJobs({ workerId, limit, leaseMs: options.leaseMs })).claimed;
        beat();
      }
    } catch (error) {
      log.error({ err: error }, "job worker round failed");
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = tick().finally(schedule);
    }, pollMs);
    timer.unref();
  };
  schedule();

  const stop = async () => {
    stopped = true;
    clearTimeout(timer);
    await round;
    if (state.worker?.stop === stop) state.worker = undefined;
  };
  state.worker = { stop, pollMs, leaseMs: options.leaseMs ?? STALE_LOCK_MS, beatAt: Date.now() };
  return stop;
}

/** The worker's heartbeat: each round and each lease renewal beats, so a stuck or dead loop stops beating. */
function beat(): void {
  if (state.worker) state.worker.beatAt = Date.now();
}

export type JobWorkerHealth = { state: "running"; lastBeatMsAgo: number; healthy: boolean } | { state: "stopped" };

/**
 * Whether this process's job worker is alive (the readiness probe asks):
 * healthy while it beat within three polls or half a lease, whichever is
 * longer, plus a few seconds of grace for a slow round.
 */
export function jobWorkerHealth(now = Date.now()): JobWorkerHealth {
  const worker = state.worker;
  if (!worker) return { state: "stopped" };
  const lastBeatMsAgo = Math.max(0, now - worker.beatAt);
  const allowedMs = Math.max(3 * worker.pollMs, worker.leaseMs / 2) + 5_000;
  return { state: "running", lastBeatMsAgo, healthy: lastBeatMsAgo <= allowedMs };
}
