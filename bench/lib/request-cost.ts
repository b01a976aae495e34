/**
 * What one request costs the portal, independent of how busy the machine is:
 * the CPU time the portal's own process spends per request (from
 * /proc/<pid>/stat, user + system, over many requests sent one at a time),
 * the SQL statements it sends per request (bench/lib/count-statements.mjs),
 * and the bytes of the answer. Wall-clock time is reported too, but on a
 * shared machine only the first three are comparable between runs.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { percentile, round, sleep } from "./stats";

const TICKS_PER_SECOND = 100;

/** The pid of the process serving HTTP: scripts/run.mjs spawns scripts/serve.mjs. */
export function servingPid(rootPid: number): number {
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (command.includes("serve.mjs")) return pid;
    for (const task of [pid]) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (children) queue.push(...children.split(/\s+/).map(Number));
    }
  }
  throw new Error(`no serve.mjs under pid ${rootPid}`);
}

type ProcessStat = { pid: number; command: string; parentPid: number; cpuMs: number };

function processStat(pid: number): ProcessStat {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return {
    pid,
    command: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
    // Fields 4, 14 and 15 of stat(5) (ppid, utime, stime), counted after the ")" of the command name.
    parentPid: Number(fields[1]),
    cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
  };
}

function cpuMs(pid: number): number {
  return processStat(pid).cpuMs;
}

/**
 * CPU time so far of the portal (the process `rootPid` and all its descendants: with
 * SATUPINTU_WEB_WORKERS, the cluster's web processes) and of every PostgreSQL server
 * process on the machine. Under load both share the machine's cores, so a page's cost
 * is both: the eleventh pass of bench/signed-in-pages.findings.md found PostgreSQL
 * planning every statement, a fifth of the portal's own CPU, where the web process's
 * profile could not see it.
 */
export function loadCpuMs(rootPid: number): { portal: number; postgres: number } {
  const processes: ProcessStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      processes.push(processStat(Number(entry)));
    } catch {
      // The process ended while the list was read.
    }
  }
  const portal = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const stat of processes) {
      if (!portal.has(stat.pid) && portal.has(stat.parentPid)) {
        portal.add(stat.pid);
        grew = true;
      }
    }
  }
  const sum = (keep: (stat: ProcessStat) => boolean) => processes.filter(keep).reduce((total, stat) => total + stat.cpuMs, 0);
  return { portal: sum((stat) => portal.has(stat.pid)), postgres: sum((stat) => stat.command.startsWith("postgres")) };
}

export type RequestCost = {
  url: string;
  requests: number;
  status: number;
  cpuMsPerRequest: number;
  statementsPerRequest: number;
  htmlBytes: number;
  wallMsP50: number;
  /** The statements of the last request, to read what a page asks. */
  statements: string[];
};

export async function requestCost({
  url,
  cookie,
  pid,
  sqlLog,
  requests = 60,
  warmUp = 10,
}: {
  url: string;
  cookie?: string;
  pid: number;
  sqlLog?: string;
  requests?: number;
  warmUp?: number;
}): Promise<RequestCost> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const fetchOnce = async () => {
    const response = await fetch(url, { headers, redirect: "manual" });
    const body = await response.text();
    return { status: response.status, bytes: Buffer.byteLength(body) };
  };
  for (let i = 0; i < warmUp; i++) await fetchOnce();
  /** The statements sent since the last call (the preloaded counter writes them on SIGUSR2). */
  const drain = async () => {
    if (!sqlLog) return [];
    writeFileSync(sqlLog, "");
    process.kill(pid, "SIGUSR2");
    for (let i = 0; i < 3000 && !readFileSync(sqlLog, "utf8").endsWith("#end\n"); i++) await sleep(10);
    const lines = readFileSync(sqlLog, "utf8").split("\n");
    if (lines.at(-2) !== "#end") throw new Error(`the portal's statement counter did not answer (is bench/lib/count-statements.mjs preloaded?)`);
    return lines.slice(0, -2);
  };
  await drain();
  const walls: number[] = [];
  let last = { status: 0, bytes: 0 };
  const cpuBefore = cpuMs(pid);
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    last = await fetchOnce();
    walls.push(performance.now() - started);
  }
  const cpuAfter = cpuMs(pid);
  const statements = (await drain()).length;
  await fetchOnce();
  return {
    url,
    requests,
    status: last.status,
    cpuMsPerRequest: round((cpuAfter - cpuBefore) / requests, 2),
    statementsPerRequest: round(statements / requests, 2),
    htmlBytes: last.bytes,
    wallMsP50: round(percentile(walls, 50), 1),
    statements: await drain(),
  };
}
