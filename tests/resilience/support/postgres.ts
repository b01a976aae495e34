import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "./ports";

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL cluster of our own, so a test may stop and restart
 * the server without disturbing anyone else's (the machine's shared server on
 * 5432 must never be restarted). Needs the PostgreSQL server binaries
 * (Debian: postgresql-NN); PG_BIN names their directory when they are elsewhere.
 */
export type PrivateCluster = {
  port: number;
  root: string;
  /** A URL for `database` on this cluster. */
  url(database: string): string;
  /** Stops the server: "fast" ends every session with an error, "immediate" is a crash. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  start(): Promise<void>;
  /** Removes the cluster and its files. */
  destroy(): Promise<void>;
};

export function postgresBinDir(): string | null {
  const candidates = [process.env.PG_BIN];
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(path.join(dir!, "initdb"))) ?? null;
}

/** initdb and the server refuse to run as root: as root, run them as the `postgres` account. */
function asServerUser(binary: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
}

/** The location of a cluster started by startPrivateCluster: enough to control it from another process. */
export type ClusterLocation = { root: string; port: number; settings?: Record<string, string> };

/** Controls a running private cluster (stop, start) from any process, given where it lives. */
export function controlCluster({ root, port, settings = {} }: ClusterLocation): PrivateCluster {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found (install postgresql, or set PG_BIN)");
  const dataDir = path.join(root, "data");
  const exec = (binary: string, args: string[]) => run(...asServerUser(path.join(bin, binary), args), { cwd: root });
  // fsync off: the operating system keeps the files across a server restart, and only it crashing would need it.
  const extra = Object.entries(settings).map(([name, value]) => ` -c ${name}=${value}`);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=100${extra.join("")}`;
  const pgCtl = (args: string[]) => exec("pg_ctl", ["-D", dataDir, "-w", "-t", "60", ...args]);
  return {
    port,
    root,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: async (mode = "fast") => {
      await pgCtl(["-m", mode, "stop"]);
    },
    start: async () => {
      await pgCtl(["-o", options, "-l", path.join(root, "server.log"), "start"]);
    },
    destroy: async () => {
      await pgCtl(["-m", "immediate", "stop"]).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Runs a PostgreSQL binary (initdb, pg_basebackup...) as the account the server runs under. */
export async function runServerBinary(binary: string, args: string[], cwd: string): Promise<void> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found (install postgresql, or set PG_BIN)");
  await runAsServer(path.join(bin, binary), args, cwd);
}

/** Runs any command (cp, a PostgreSQL binary) as the server's account, so the files it writes belong to the server. */
export async function runAsServer(command: string, args: string[], cwd: string): Promise<void> {
  await run(...asServerUser(command, args), { cwd });
}

/** Gives a file or directory we created to the server's account, which must read (and may remove) it. */
export async function handToServer(target: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const { stdout } = await run("id", ["-u", "postgres"]);
  const { stdout: gid } = await run("id", ["-g", "postgres"]);
  chownSync(target, Number(stdout.trim()), Number(gid.trim()));
}

/** A fresh directory for a cluster's files, owned by the server's account. */
export async function clusterRoot(): Promise<string> {
  const root = mkdtempSync(path.join(os.tmpdir(), "satupintu-pg-"));
  await handToServer(root);
  return root;
}

/** initdb and start; `settings` are server settings passed on the command line (e.g. WAL archiving). */
export async function startPrivateCluster(settings: Record<string, string> = {}, root?: string): Promise<PrivateCluster> {
  root ??= await clusterRoot();
  const dataDir = path.join(root, "data");
  const port = await freePort("RESILIENCE_PG_PORTS");
  await runServerBinary("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"], root);
  const cluster = controlCluster({ root, port, settings });
  await cluster.start();
  return cluster;
}

/** Runs one statement on a short-lived connection. */
export async function sql(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/**
 * A streaming replica of `primary` (issue 23): pg_basebackup with -R writes
 * standby.signal and the connection back to the primary, then it starts on a
 * port of its own as a hot standby. The default pg_hba of initdb -A trust lets
 * replication connect from 127.0.0.1.
 */
export async function startStandby(primary: { port: number }): Promise<PrivateCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found (install postgresql, or set PG_BIN)");
  const root = mkdtempSync(path.join(os.tmpdir(), "satupintu-standby-"));
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const args = [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    path.join(root, "data"),
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
    "--no-sync",
  ];
  await run(...asServerUser(path.join(bin, "pg_basebackup"), args), { cwd: root });
  const standby = controlCluster({ root, port: await freePort("RESILIENCE_PG_PORTS") });
  await standby.start();
  return standby;
}
