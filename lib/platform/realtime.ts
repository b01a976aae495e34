import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { runOnPrimaryPool } from "./db";
import { env } from "./env";
import type { JsonObject } from "./jobs";
import { log } from "./log";
import { sseWatchers } from "./metrics";

/**
 * Live status (DESIGN.md §10): publish after commit, subscribe, stream as SSE.
 *
 * Topics: `application:<id>` (one application: the citizen's page) and
 * `agency:<id>` (an agency's queue: the officers' list). Payloads stay small,
 * ids and statuses only (pg_notify caps a message at 8000 bytes; we refuse
 * above 7 KB); a listener reloads what it needs. A string `payload.type` names
 * the SSE event (default "message").
 *
 * Modes (SATUPINTU_REALTIME):
 * - postgres: `pg_notify('satupintu_events', {topics, payload})`, one NOTIFY
 *   however many topics a change concerns; each process
 *   keeps ONE dedicated pg.Client LISTENing and dispatches to its local
 *   listeners, so any number of web instances fan out through the database.
 * - inprocess: an EventEmitter on globalThis. The embedded database (one PGlite
 *   session under every connection) cannot deliver a NOTIFY to another
 *   connection's LISTEN, and embedded mode always runs a single web instance.
 *
 * Delivery is best effort: a message sent while the listener reconnects is
 * lost, so a stream always starts from a snapshot (`initial`) and clients
 * reload on reconnect. Publishing never fails the request that committed; only
 * an oversized payload (a programming error) rejects.
 */

export type RealtimeMode = "postgres" | "inprocess";
export type RealtimeListener = (payload: JsonObject, topic: string) => void | Promise<void>;
export type RealtimeBus = {
  /** One message to every listener of each topic. */
  publish(topics: string | readonly string[], payload: JsonObject): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(topic: string, listener: RealtimeListener): () => void;
  /** Resolves once messages published from now on will reach this bus's subscribers. */
  ready(): Promise<void>;
  close(): Promise<void>;
};

export const REALTIME_CHANNEL = "satupintu_events";
export const MAX_MESSAGE_BYTES = 7 * 1024;

/** `topic`: the form before messages named several topics; an instance still running it during a rolling deploy sends it. */
type Message = { topics?: unknown; topic?: unknown; payload?: JsonObject };

const topicList = (topics: string | readonly string[]): readonly string[] => (typeof topics === "string" ? [topics] : topics);

function encode(topics: readonly string[], payload: JsonObject): string {
  const text = JSON.stringify({ topics, payload } satisfies Message);
  if (Buffer.byteLength(text) > MAX_MESSAGE_BYTES) {
    throw new RangeError(`realtime message for ${topics.join(", ")} exceeds ${MAX_MESSAGE_BYTES} bytes: publish ids, not records`);
  }
  return text;
}

function topicsOf(message: Message): string[] {
  if (Array.isArray(message.topics)) return message.topics.filter((topic): topic is string => typeof topic === "string");
  return typeof message.topic === "string" ? [message.topic] : [];
}

/** An emitter whose listeners cannot break each other or the publisher. */
function safeEmitter(): EventEmitter {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open stream
  return emitter;
}

function guarded(listener: RealtimeListener): (payload: JsonObject, topic: string) => void {
  return (payload, topic) => {
    try {
      Promise.resolve(listener(payload, topic)).catch((error: unknown) => log.error({ err: error, topic }, "realtime listener failed"));
    } catch (error) {
      log.error({ err: error, topic }, "realtime listener failed");
    }
  };
}

function subscribeOn(emitter: EventEmitter, topic: string, listener: RealtimeListener): () => void {
  const wrapped = guarded(listener);
  emitter.on(topic, wrapped);
  return () => void emitter.off(topic, wrapped);
}

const globalForRealtime = globalThis as unknown as { satupintuRealtimeEmitter?: EventEmitter; satupintuRealtime?: RealtimeBus };

function inProcessBus(): RealtimeBus {
  const emitter = (globalForRealtime.satupintuRealtimeEmitter ??= safeEmitter());
  return {
    async publish(topics, payload) {
      const list = topicList(topics);
      encode(list, payload);
      // Delivered on a later turn, as a NOTIFY would be, never on the publisher's stack.
      setImmediate(() => list.forEach((topic) => emitter.emit(topic, payload, topic)));
    },
    subscribe: (topic, listener) => subscribeOn(emitter, topic, listener),
    ready: async () => {},
    close: async () => {},
  };
}

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

function postgresBus(connectionString: string): RealtimeBus {
  const emitter = safeEmitter();
  let client: pg.Client | undefined;
  let connecting = false;
  let closed = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let waiters: (() => void)[] = [];

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== REALTIME_CHANNEL || !message.payload) return;
    let parsed: Message;
    try {
      parsed = JSON.parse(message.payload) as Message;
    } catch {
      return;
    }
    const payload = parsed.payload;
    if (payload && typeof payload === "object") topicsOf(parsed).forEach((topic) => emitter.emit(topic, payload, topic));
  };

  const retry = () => {
    if (closed || retryTimer) return;
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** failures, RECONNECT_MAX_MS);
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
    retryTimer.unref();
  };

  const lost = (lostClient: pg.Client, error?: unknown) => {
    if (client !== lostClient) return;
    client = undefined;
    if (error) log.warn({ err: error }, "realtime LISTEN connection lost; reconnecting");
    lostClient.end().catch(() => {});
    retry();
  };

  async function connect(): Promise<void> {
    if (closed || client || connecting) return;
    connecting = true;
    // keepAlive: an idle LISTEN connection must notice a dead peer, or it waits forever.
    const candidate = new pg.Client({ connectionString, keepAlive: true });
    candidate.on("notification", onNotification);
    candidate.on("error", (error) => lost(candidate, error));
    candidate.on("end", () => lost(candidate));
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${REALTIME_CHANNEL}`);
      if (closed) {
        await candidate.end();
        return;
      }
      client = candidate;
      failures = 0;
      const ready = waiters;
      waiters = [];
      ready.forEach((resolve) => resolve());
    } catch (error) {
      log.warn({ err: error }, "realtime LISTEN connection failed; retrying");
      candidate.end().catch(() => {});
      retry();
    } finally {
      connecting = false;
    }
  }

  return {
    async publish(topics, payload) {
      const list = topicList(topics);
      const text = encode(list, payload);
      try {
        await runOnPrimaryPool("SELECT pg_notify($1, $2)", [REALTIME_CHANNEL, text]);
      } catch (error) {
        log.error({ err: error, topics: list }, "realtime publish failed");
      }
    },
    subscribe(topic, listener) {
      void connect();
      return subscribeOn(emitter, topic, listener);
    },
    ready() {
      if (client || closed) return Promise.resolve();
      void connect();
      return new Promise((resolve) => waiters.push(resolve));
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      waiters.forEach((resolve) => resolve());
      waiters = [];
      const current = client;
      client = undefined;
      emitter.removeAllListeners();
      await current?.end().catch(() => {});
    },
  };
}

/** A bus of its own (tests, a separate worker process); the app uses the process-wide one below. */
export function createRealtimeBus(options: { mode: RealtimeMode; connectionString?: string }): RealtimeBus {
  if (options.mode === "inprocess") return inProcessBus();
  if (!options.connectionString) throw new Error("postgres realtime needs a connection string");
  return postgresBus(options.connectionString);
}

/** One per process (globalThis: route bundles and hot reloads share it), so one LISTEN connection. */
export function realtimeBus(): RealtimeBus {
  if (!globalForRealtime.satupintuRealtime) {
    const { SATUPINTU_REALTIME, DATABASE_URL } = env();
    globalForRealtime.satupintuRealtime = createRealtimeBus({ mode: SATUPINTU_REALTIME, connectionString: DATABASE_URL });
  }
  return globalForRealtime.satupintuRealtime;
}

/** Call AFTER the transaction committed; a message about uncommitted state may describe a rollback. */
export function publish(topics: string | readonly string[], payload: JsonObject): Promise<void> {
  return realtimeBus().publish(topics, payload);
}

export function subscribe(topic: string, listener: RealtimeListener): () => void {
  return realtimeBus().subscribe(topic, listener);
}

export type SseOptions = {
  /** The request's signal: the stream ends and unsubscribes when the client goes away. */
  signal: AbortSignal;
  topics: readonly string[];
  /** The current state, sent first; live messages that arrive meanwhile are held until it is out. */
  initial?: () => Promise<JsonObject[]>;
  heartbeatMs?: number;
  bus?: RealtimeBus;
};

const READY_WAIT_MS = 5_000;

function sseFrame(payload: JsonObject): string {
  const event = typeof payload.type === "string" ? payload.type.replace(/[\r\n]/g, "") : "message";
  return `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
}

/**
 * A Server-Sent Events response for `topics`. Authorisation is the caller's:
 * the route checks the actor before calling this. Route handlers using it need
 * the Node.js runtime and `export const dynamic = "force-dynamic"`.
 */
export function sseResponse({ signal, topics, initial, heartbeatMs = 15_000, bus = realtimeBus() }: SseOptions): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let held: string[] | undefined = initial ? [] : undefined;
      const write = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          stop();
        }
      };
      const unsubscribes = topics.map((topic) =>
        bus.subscribe(topic, (payload) => {
          const frame = sseFrame(payload);
          if (held) held.push(frame);
          else write(frame);
        }),
      );
      const heartbeat = setInterval(() => write(": ping\n\n"), heartbeatMs);
      heartbeat.unref();
      sseWatchers().inc();
      stop = () => {
        if (closed) return;
        closed = true;
        sseWatchers().dec();
        clearInterval(heartbeat);
        unsubscribes.forEach((unsubscribe) => unsubscribe());
        signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // already closed or cancelled by the reader
        }
      };
      if (signal.aborted) return stop();
      signal.addEventListener("abort", stop, { once: true });
      write("retry: 5000\n\n");
      if (!initial) return;
      void (async () => {
        // Subscribed first, snapshot second: nothing between the two is missed.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([bus.ready(), new Promise((resolve) => (timer = setTimeout(resolve, READY_WAIT_MS)))]);
        clearTimeout(timer);
        try {
          for (const item of await initial()) write(sseFrame(item));
        } catch (error) {
          log.error({ err: error, topics }, "SSE snapshot failed");
          return stop();
        }
        const pending = held ?? [];
        held = undefined;
        pending.forEach(write);
      })();
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
