/** What the report says about the machine the numbers come from. */
import { execFileSync, spawnSync } from "node:child_process";
import os from "node:os";
import pg from "pg";

export type Machine = {
  date: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  node: string;
  postgres: string;
  gitCommit: string;
  gitDirty: boolean;
  loadAverageAtStart: number[];
  tools: Record<string, string | null>;
};

function commandOutput(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: "utf8" });
  // `wrk --version` prints its version and exits 1: any output counts.
  if (result.error) return null;
  return `${result.stdout}${result.stderr}`.trim().split("\n")[0] ?? null;
}

export async function describeMachine(databaseUrl: string | undefined): Promise<Machine> {
  let postgres = "unknown (no database given)";
  if (databaseUrl) {
    // The benches make databases of their own beside the one named, which need not exist; the server's maintenance database does.
    const server = new URL(databaseUrl);
    server.pathname = "/postgres";
    const client = new pg.Client({ connectionString: server.toString() });
    try {
      await client.connect();
      postgres = (await client.query<{ version: string }>("SELECT version()")).rows[0]!.version.split(",")[0]!;
    } catch (error) {
      postgres = `unreachable (${(error as Error).message})`;
    } finally {
      await client.end().catch(() => {});
    }
  }
  const git = (args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
  return {
    date: new Date().toISOString(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres,
    gitCommit: git(["rev-parse", "--short=12", "HEAD"]),
    gitDirty: git(["status", "--porcelain"]) !== "",
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
    tools: {
      wrk: commandOutput("wrk", ["--version"]),
      nginx: commandOutput("nginx", ["-v"]),
      pgbench: commandOutput(pgbenchPath(), ["--version"]),
      chromium: commandOutput(process.env.CHROME_PATH ?? "/usr/bin/chromium", ["--version"]),
    },
  };
}

export function pgbenchPath(): string {
  return process.env.PGBENCH ?? "/usr/lib/postgresql/15/bin/pgbench";
}

/** Whether the machine is busy with something else right now (1-minute load per core). */
export function otherLoad(): { loadPerCore: number; busy: boolean } {
  const loadPerCore = os.loadavg()[0]! / os.cpus().length;
  return { loadPerCore: Number(loadPerCore.toFixed(2)), busy: loadPerCore > 0.5 };
}
