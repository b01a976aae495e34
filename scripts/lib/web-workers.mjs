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
