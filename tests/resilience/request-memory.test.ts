import { uploadDir } from "../fixtures/upload-dir";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citizenWithPassword, PASSWORD } from "./support/accounts";
import { Browser } from "./support/http";
import { waitFor } from "./support/wait";
import { startWeb, type WebInstance } from "./support/web";

/**
 * Issue 23: a web process must not keep the requests it has answered. On
 * Node.js 20 every rendered page used to stay reachable (React's end-of-render
 * abort reason held the next render through its stack frames), so a busy
 * process grew until full collections paused it for hundreds of milliseconds
 * (bench/signed-in-pages.findings.md, tenth pass). The process writes a heap
 * snapshot on SIGUSR2, as an operator would take one, and the test counts the
 * responses still in it.
 */
const databaseUrl = process.env.DATABASE_URL!;
// Enough at once that the process never runs out of work: that is when the old retention chained every request to the next.
const VISITORS = 50;
const PAGES = 400;
let web: WebInstance;
let snapshots: string;

beforeAll(async () => {
  snapshots = await mkdtemp(path.join(tmpdir(), "satupintu-heap-"));
  web = await startWeb({
    databaseUrl,
    uploadDir,
    env: { NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshots}` },
  });
}, 90_000);

afterAll(async () => {
  await web?.stop();
  if (snapshots) await rm(snapshots, { recursive: true, force: true });
});

type HeapSnapshot = { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };

/** How many objects of the class the heap snapshot holds (V8 collects garbage before it writes one). */
function instancesIn({ snapshot: meta, nodes, strings }: HeapSnapshot, className: string): number {
  const fields = meta.meta.node_fields.length;
  const typeField = meta.meta.node_fields.indexOf("type");
  const nameField = meta.meta.node_fields.indexOf("name");
  const objectType = meta.meta.node_types[0].indexOf("object");
  const name = strings.indexOf(className);
  let count = 0;
  for (let node = 0; node < nodes.length; node += fields) {
    if (nodes[node + typeField] === objectType && nodes[node + nameField] === name) count++;
  }
  return count;
}

describe("a web process after serving pages", () => {
  it("keeps none of the responses it has sent", async () => {
    const citizen = await citizenWithPassword();
    const browser = new Browser(web.url);
    await browser.signIn(citizen.email, PASSWORD);
    // Signed-in pages (rendered per request, never from the page cache), many at once, as on a busy day.
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: VISITORS }, async (_, visitor) => {
        for (let i = 0; i < PAGES / VISITORS; i++) {
          // A kept-alive connection holds its last request until it closes; closing each one leaves only what the process kept.
          const response = await browser.fetch((i + visitor) % 2 ? "/permohonan" : "/akun", { headers: { connection: "close" } });
          statuses.push(response.status);
          await response.arrayBuffer();
        }
      }),
    );
    expect(
      statuses.filter((status) => status !== 200),
      web.output(),
    ).toEqual([]);

    process.kill(web.process.pid!, "SIGUSR2");
    const heap = await waitFor(
      async () => {
        const written = (await readdir(snapshots)).find((name) => name.endsWith(".heapsnapshot"));
        // The file is complete once it parses: V8 writes it in pieces.
        return written ? (JSON.parse(await readFile(path.join(snapshots, written), "utf8")) as HeapSnapshot) : false;
      },
      { timeoutMs: 60_000, what: "the heap snapshot" },
    );
    const kept = instancesIn(heap, "ServerResponse");
    // A module loaded during the first request keeps that one; the pages after it must be gone.
    expect(kept, `responses still reachable after ${PAGES} pages`).toBeLessThan(10);
  }, 120_000);
});
