import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import type { JsonObject } from "@/lib/platform/jobs";
import { createRealtimeBus, MAX_MESSAGE_BYTES, REALTIME_CHANNEL, type RealtimeBus, sseResponse } from "@/lib/platform/realtime";

const realServer = inject("realServer");
const databaseUrl = () => process.env.DATABASE_URL!;
const topic = () => `application:${randomUUID()}`;

const buses: RealtimeBus[] = [];
function bus(mode: "postgres" | "inprocess"): RealtimeBus {
  const created = createRealtimeBus({ mode, connectionString: databaseUrl() });
  buses.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(buses.splice(0).map((b) => b.close()));
});

/** Resolves with the first payload a subscription receives, or rejects after `ms`. */
function nextMessage(b: RealtimeBus, t: string, ms = 5000): { received: Promise<JsonObject>; unsubscribe: () => void } {
  let unsubscribe = () => {};
  const received = new Promise<JsonObject>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing on ${t} within ${ms} ms`)), ms);
    unsubscribe = b.subscribe(t, (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
  return { received, unsubscribe };
}

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Reads the SSE body until `done(text)` holds; returns everything read so far. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 5000;
  while (!done(text)) {
    if (Date.now() > deadline) throw new Error(`stream did not deliver in time; got: ${text}`);
    const chunk = await reader.read();
    if (chunk.done) throw new Error(`stream ended early; got: ${text}`);
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

describe.skipIf(!realServer)("realtime over PostgreSQL LISTEN/NOTIFY", () => {
  it("delivers a message published on another connection, to the right topic only, despite a failing listener", async () => {
    const listener = bus("postgres");
    const t = topic();
    const other = topic();
    const wrongTopic: JsonObject[] = [];
    listener.subscribe(other, (payload) => void wrongTopic.push(payload));
    listener.subscribe(t, () => {
      throw new Error("a broken listener");
    });
    const { received } = nextMessage(listener, t);
    await listener.ready();

    // A raw NOTIFY from a separate client, as another web instance would send it.
    await withClient((client) => client.query("SELECT pg_notify($1, $2)", [REALTIME_CHANNEL, JSON.stringify({ topic: t, payload: { status: "IN_REVIEW" } })]));
    expect(await received).toEqual({ status: "IN_REVIEW" });

    // And through a second bus, which publishes over the app's Prisma pool.
    const second = nextMessage(listener, t);
    await bus("postgres").publish(t, { type: "status", status: "APPROVED" });
    expect(await second.received).toEqual({ type: "status", status: "APPROVED" });
    expect(wrongTopic).toEqual([]);
  });

  it("delivers one change to the listeners of every topic it names, in a single NOTIFY", async () => {
    const listener = bus("postgres");
    const application = topic();
    const agency = topic();
    const onApplication = nextMessage(listener, application);
    const onAgency = nextMessage(listener, agency);
    await listener.ready();
    const notifies: string[] = [];
    await withClient(async (client) => {
      await client.query(`LISTEN ${REALTIME_CHANNEL}`);
      client.on("notification", (message) => notifies.push(message.payload ?? ""));
      await bus("postgres").publish([application, agency], { status: "SUBMITTED" });
      expect(await onApplication.received).toEqual({ status: "SUBMITTED" });
      expect(await onAgency.received).toEqual({ status: "SUBMITTED" });
      await client.query("SELECT 1");
    });
    expect(notifies.filter((text) => text.includes(application))).toHaveLength(1);
  });

  it("reconnects and listens again after its connection is killed", async () => {
    const listener = bus("postgres");
    const t = topic();
    const first = nextMessage(listener, t);
    await listener.ready();
    const killed = await withClient(async (client) => {
      const { rowCount } = await client.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = $1 AND pid <> pg_backend_pid()",
        [`LISTEN ${REALTIME_CHANNEL}`],
      );
      return rowCount;
    });
    expect(killed).toBe(1);

    // Until the listener is back, a NOTIFY reaches nobody: keep publishing until one lands.
    const publisher = bus("postgres");
    const delivered = (async () => {
      for (let attempt = 0; attempt < 60; attempt++) {
        await publisher.publish(t, { status: "after-reconnect" });
        const got = await Promise.race([first.received, sleep(250).then(() => null)]);
        if (got) return got;
      }
      return null;
    })();
    expect(await delivered).toEqual({ status: "after-reconnect" });
  }, 20_000);

  it("streams published messages as Server-Sent Events", async () => {
    const listener = bus("postgres");
    const t = topic();
    const abort = new AbortController();
    const response = sseResponse({ signal: abort.signal, topics: [t], bus: listener, initial: async () => [] });
    const reader = response.body!.getReader();
    await listener.ready();
    await bus("postgres").publish(t, { type: "status", status: "COMPLETED" });
    const text = await readUntil(reader, (s) => s.includes("COMPLETED"));
    expect(text).toContain(`event: status\ndata: {"type":"status","status":"COMPLETED"}\n\n`);
    abort.abort();
    for (;;) if ((await reader.read()).done) break;
  });
});

describe("realtime in process", () => {
  it("delivers to subscribers of the topic, across bus instances, until they unsubscribe", async () => {
    const subscriberSide = bus("inprocess");
    const publisherSide = bus("inprocess");
    const t = topic();
    const seen: JsonObject[] = [];
    const unsubscribe = subscriberSide.subscribe(t, (payload) => void seen.push(payload));
    subscriberSide.subscribe(t, () => {
      throw new Error("a broken listener");
    });

    const first = nextMessage(subscriberSide, t);
    await publisherSide.publish(t, { status: "SUBMITTED" });
    await first.received;
    expect(seen).toEqual([{ status: "SUBMITTED" }]);

    unsubscribe();
    const sentinel = nextMessage(subscriberSide, t);
    await publisherSide.publish(t, { status: "IN_REVIEW" });
    expect(await sentinel.received).toEqual({ status: "IN_REVIEW" });
    expect(seen).toEqual([{ status: "SUBMITTED" }]);
  });

  it("refuses payloads too large for pg_notify", async () => {
    await expect(bus("inprocess").publish(topic(), { blob: "x".repeat(MAX_MESSAGE_BYTES) })).rejects.toThrow(RangeError);
  });

  it("streams the snapshot, then live events and heartbeats, and unsubscribes when the client goes away", async () => {
    const inner = bus("inprocess");
    let active = 0;
    const counting: RealtimeBus = {
      ...inner,
      subscribe(t, listener) {
        active += 1;
        const unsubscribe = inner.subscribe(t, listener);
        return () => {
          active -= 1;
          unsubscribe();
        };
      },
    };
    const t = topic();
    const abort = new AbortController();
    const response = sseResponse({
      signal: abort.signal,
      topics: [t, `agency:${randomUUID()}`],
      heartbeatMs: 20,
      bus: counting,
      // A change lands while the snapshot is being read: it must follow the snapshot, not precede it.
      initial: async () => {
        await inner.publish(t, { type: "status", status: "IN_REVIEW" });
        await sleep(30);
        return [{ type: "snapshot", status: "SUBMITTED" }];
      },
    });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toContain("no-cache");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    expect(active).toBe(2);

    const reader = response.body!.getReader();
    let text = await readUntil(reader, (s) => s.includes("IN_REVIEW"));
    const snapshotAt = text.indexOf(`event: snapshot\ndata: {"type":"snapshot","status":"SUBMITTED"}\n\n`);
    const liveAt = text.indexOf(`event: status\ndata: {"type":"status","status":"IN_REVIEW"}\n\n`);
    expect(snapshotAt).toBeGreaterThan(-1);
    expect(liveAt).toBeGreaterThan(snapshotAt);

    await inner.publish(t, { status: "APPROVED" });
    text = await readUntil(reader, (s) => s.includes("APPROVED"));
    expect(text).toContain(`event: message\ndata: {"status":"APPROVED"}\n\n`);
    text = await readUntil(reader, (s) => s.includes(": ping\n\n"));

    abort.abort();
    for (;;) if ((await reader.read()).done) break;
    expect(active).toBe(0);
  });
});
