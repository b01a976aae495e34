// Embedded PostgreSQL: PGlite (PostgreSQL in WebAssembly) served over TCP by
// @electric-sql/pglite-socket, so the application, Prisma's adapter-pg and
// these scripts all talk to it exactly as they talk to a real server.
//
// What the socket server (0.2.17, read from node_modules/@electric-sql/
// pglite-socket/src/index.ts) does and how it is used here:
// - `maxConnections` defaults to 1: a second pool connection is answered with
//   the text "Too many connections" and closed, so a pg Pool or Prisma breaks
//   as soon as it opens two connections. It is raised here.
// - All connections share one PGlite session. Messages are queued one by one;
//   while a transaction is open only its own connection is served (that is
//   what `db.isInTransaction()` plus the last handler id decide), so keep
//   transactions short: an idle open transaction stalls every other client.
// - It does not keep an extended-protocol exchange (Parse/Bind/Execute...
//   up to Sync) together: when a large message arrives in several TCP chunks,
//   another connection's Bind can land in between and run against the wrong
//   unnamed statement (seen here: a 300 KB parameter showed up in someone
//   else's query). The PGlite instance handed to the server is therefore
//   wrapped so that an unfinished exchange counts as "in transaction", which
//   makes the queue serve that connection alone until its Sync.
// - Any user name, password and database name are accepted and ignored;
//   SSL requests are declined, so URLs must not demand sslmode=require.
// - Two processes opening the same data directory corrupt it silently
//   (PGlite takes no lock), so a lock file next to the directory records the
//   owning process and its URL; other tools can reuse the running server.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const HOST = "127.0.0.1";
// Frontend message types of the extended query protocol (Parse, Bind,
// Describe, Execute, Close, Flush); Sync ('S') and Query ('Q') end an exchange.
const EXTENDED_MESSAGES = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));
const EXCHANGE_END = new Set(["S", "Q"].map((c) => c.charCodeAt(0)));

/**
 * What every program that uses the portal's database code (lib/platform/db.ts)
 * on the embedded database must set: its connections share one PGlite session,
 * so a statement one connection prepared under a name is already there when
 * the next connection prepares the same name (lib/platform/statement-names.ts).
 */
export const EMBEDDED_CLIENT_ENV = Object.freeze({ DATABASE_PREPARED_STATEMENTS: "off" });

/** postgresql:// URL for an embedded server listening on `port`. */
export function embeddedUrl(port) {
  return `postgresql://postgres:postgres@${HOST}:${port}/postgres`;
}

function lockPathFor(dataDir) {
  return `${path.resolve(dataDir)}.lock`;
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function readLock(lockPath) {
  try {
    return JSON.parse(readFileSync(lockPath, "utf8"));
  } catch {
    return null;
  }
}

/**
 * The embedded server another live process is running on `dataDir`, as
 * `{ pid, port, url }`, or null when the directory is free.
 */
export function findRunningEmbeddedPostgres(dataDir) {
  const lock = readLock(lockPathFor(dataDir));
  if (!lock || lock.pid === process.pid || !processAlive(lock.pid)) return null;
  return lock.url ? lock : null;
}

function acquireLock(dataDir) {
  const lockPath = lockPathFor(dataDir);
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify({ pid: process.pid }), { flag: "wx" });
      return lockPath;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const lock = readLock(lockPath);
      if (lock && processAlive(lock.pid)) {
        const where = lock.url ? ` at ${lock.url}` : "";
        const owner = lock.pid === process.pid ? "this process" : `process ${lock.pid}`;
        throw new Error(`the embedded database ${dataDir} is in use by ${owner}${where}; ` + `stop that process or point DATABASE_URL at its server`);
      }
      // Left behind by a process that died: take it over.
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir} (lock file ${lockPath})`);
}

function releaseLock(lockPath) {
  if (lockPath && readLock(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
}

// See the header: an unfinished extended-protocol exchange must keep the
// queue on its own connection, exactly as an open transaction does.
function guardExtendedProtocol(db) {
  let exchangeOpen = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === "isInTransaction") {
        return () => !target.closed && (exchangeOpen || target.isInTransaction());
      }
      if (property === "execProtocolRawStream") {
        return (message, options) => {
          const type = message[0];
          if (EXCHANGE_END.has(type)) exchangeOpen = false;
          else if (EXTENDED_MESSAGES.has(type)) exchangeOpen = true;
          return target.execProtocolRawStream(message, options);
        };
      }
      if (property === "exec") {
        // The server's only own statement is the ROLLBACK it sends for a
        // connection that went away mid-transaction (or mid-exchange).
        return (sql, options) => {
          exchangeOpen = false;
          return target.exec(sql, options);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Starts PGlite and serves it on 127.0.0.1.
 * dataDir: directory for the data files (created on first start); undefined
 * keeps everything in memory. port: 0 or undefined picks a free port.
 * maxConnections: concurrent client connections (default 32).
 * Returns { url, port, stop } where stop() closes the server and PGlite.
 */
export async function startEmbeddedPostgres({ dataDir, port, maxConnections = 32 } = {}) {
  const lockPath = dataDir ? acquireLock(dataDir) : undefined;
  let db;
  let server;
  try {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    // The migrations create pg_trgm (catalog search); PGlite must be handed its build of it.
    db = await PGlite.create(dataDir ? path.resolve(dataDir) : undefined, { extensions: { pg_trgm } });
    server = new PGLiteSocketServer({ db: guardExtendedProtocol(db), host: HOST, port: port ?? 0, maxConnections });
    await server.start();
  } catch (error) {
    await db?.close().catch(() => {});
    releaseLock(lockPath);
    throw new Error(`could not start the embedded database${dataDir ? ` in ${dataDir}` : ""}: ${error.message}`, {
      cause: error,
    });
  }
  const actualPort = Number(server.getServerConn().split(":").pop());
  const url = embeddedUrl(actualPort);
  if (lockPath) writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port: actualPort, url }));

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      try {
        await server.stop();
        // stop() detaches connections without awaiting them; let their
        // clean-up (which may touch the database) run before closing it.
        await new Promise((resolve) => setImmediate(resolve));
        if (!db.closed && db.isInTransaction()) await db.exec("ROLLBACK");
        if (!db.closed) await db.close();
      } finally {
        releaseLock(lockPath);
      }
    })();
    return stopping;
  };
  return { url, port: actualPort, stop };
}
