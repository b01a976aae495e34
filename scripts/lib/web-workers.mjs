// Node.js runs a page render on one core. With SATUPINTU_WEB_WORKERS=N the
// production server forks N processes that share the listening port (node:cluster
// hands connections out round-robin), so an N-core machine renders N pages at
// once. Each process keeps its own in-memory caches (page micro-cache, session
// claims, reference data), which are all bounded in time, and starts its own
// job worker, which is safe because jobs are claimed with FOR UPDATE SKIP LOCKED.
// The embedded database (PGlite) serves one connection at a time, so it stays
// on one process: more than one needs a PostgreSQL server.
import cluster from "node:cluster";

/** How many web processes to run: SATUPINTU_WEB_WORKERS, a whole number from 1 (the default) to 64. */
export function webWorkerCount(value = process.env.SATUPINTU_WEB_WORKERS, realtime = process.env.SATUPINTU_REALTIME) {
  if (value === undefined || value.trim() === "") return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`SATUPINTU_WEB_WORKERS must be a whole number from 1 to 64, not "${value}"`);
  }
  // In-process realtime reaches only the browsers connected to the process that published.
  if (count > 1 && realtime === "inprocess") throw new Error("SATUPINTU_WEB_WORKERS above 1 needs SATUPINTU_REALTIME=postgres, not inprocess");
  return count;
}

/** V8's young generation for a web process, in MB per semi-space, unless SATUPINTU_WEB_SEMI_SPACE_MB says otherwise. */
export const DEFAULT_SEMI_SPACE_MB = 64;

/**
 * The Node.js flags a production web process starts with. A page render
 * allocates a few MB of short-lived objects (React elements, the RSC payload,
 * the HTML); with V8's default 16 MB semi-space and a few dozen renders in
 * flight, the young generation fills several times a second and survivors are
 * promoted to the old generation, whose collections then cost the most (issue
 * 23: 12–20 % of a signed-in page's CPU under load was the garbage collector).
 * 64 MB semi-spaces cost up to ~150 MB more memory per process. "0" keeps V8's
 * default; the cluster's workers inherit the flag (scripts/serve.mjs).
 */
export function webProcessFlags(value = process.env.SATUPINTU_WEB_SEMI_SPACE_MB) {
  const megabytes = value === undefined || value.trim() === "" ? DEFAULT_SEMI_SPACE_MB : Number(value);
  if (!Number.isInteger(megabytes) || megabytes < 0 || megabytes > 1024) {
    throw new Error(`SATUPINTU_WEB_SEMI_SPACE_MB must be a whole number of megabytes from 0 (V8's default) to 1024, not "${value}"`);
  }
  return megabytes === 0 ? [] : [`--max-semi-space-size=${megabytes}`];
}

/**
 * The primary process: forks the workers, forks a new one when one dies
 * unexpectedly (at most once a second, so a worker that cannot start does not
 * spin), and on SIGTERM/SIGINT passes the signal on and exits when all are gone.
 */
export function superviseWebWorkers(count) {
  let stopping = false;
  let lastRestart = 0;
  const fork = () => cluster.fork();
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`web worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    const wait = Math.max(0, lastRestart + 1_000 - Date.now());
    lastRestart = Date.now() + wait;
    setTimeout(fork, wait);
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
