/**
 * The per-request cost of the signed-in pages on a running build (no load):
 * `TEST_DATABASE_URL=… npx tsx --conditions=react-server bench/lib/signed-in-cost.ts [--database URL] [--cpu-prof DIR]`.
 * Starts scripts/serve.mjs directly (no rebuild), with the statement counter
 * preloaded, and prints CPU ms, SQL statements and bytes per page.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { assertPortFree, sessionCookieFor, type RunningPortal } from "./portal";
import { requestCost } from "./request-cost";
import { FLOOR_PATH, SIGNED_IN_PAGES, VISITORS, visitorEmails, type Visitor } from "./signed-in-pages";
import { sleep } from "./stats";

const ROOT = path.join(import.meta.dirname, "..", "..");

export async function startServeDirectly({
  port,
  databaseUrl,
  sqlLog,
  cpuProfDir,
  root = ROOT,
  env = {},
}: {
  port: number;
  databaseUrl: string;
  sqlLog: string;
  cpuProfDir?: string;
  /** Another checkout's directory (its own .next): an earlier build, measured beside this one. */
  root?: string;
  env?: Record<string, string>;
}) {
  await assertPortFree(port);
  const authSecret = (process.env.AUTH_SECRET ||= "bench-signed-in-cost-secret-0123456789abcdef");
  writeFileSync(sqlLog, "");
  const args = ["--import", path.join(import.meta.dirname, "count-statements.mjs")];
  if (cpuProfDir) {
    mkdirSync(cpuProfDir, { recursive: true });
    args.push("--cpu-prof", "--cpu-prof-dir", cpuProfDir);
  }
  const child = spawn(process.execPath, [...args, "scripts/serve.mjs", "--port", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      SATUPINTU_ALLOW_DERIVED_KEYS: "1",
      SATUPINTU_WORKER: "off",
      SATUPINTU_BENCH_FLOOR: "on",
      SATUPINTU_BENCH_SQL_LOG: sqlLog,
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`serve.mjs exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/masuk`)).status < 500) break;
    } catch {
      // not yet listening
    }
    if (attempt > 600) throw new Error("serve.mjs did not start");
    await sleep(250);
  }
  const portal: RunningPortal = {
    url,
    port,
    databaseUrl,
    authSecret,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
  return portal;
}

async function main() {
  const argv = process.argv.slice(2);
  const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const databaseUrl = option("--database") ?? process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error("TEST_DATABASE_URL or --database");
  const requests = Number(option("--requests") ?? 60);
  const rounds = Number(option("--rounds") ?? 1);
  const port = Number(option("--port") ?? 3208);
  // --compare DIR: DIR holds an earlier build (.next) of this checkout; each page is measured on both, alternately.
  const builds = [{ label: "this build", root: ROOT }, ...(option("--compare") ? [{ label: "earlier build", root: option("--compare")! }] : [])];
  const portals = [];
  for (const [index, build] of builds.entries()) {
    const sqlLog = path.join(os.tmpdir(), `satupintu-bench-sql-${process.pid}-${index}.log`);
    portals.push({
      ...build,
      sqlLog,
      portal: await startServeDirectly({
        port: port + index,
        databaseUrl,
        sqlLog,
        root: build.root,
        cpuProfDir: index === 0 ? option("--cpu-prof") : undefined,
      }),
    });
  }
  try {
    const cookies = {} as Record<Visitor, string>;
    const emails = await visitorEmails(databaseUrl);
    for (const [visitor, { secondFactor }] of Object.entries(VISITORS))
      cookies[visitor as Visitor] = await sessionCookieFor(portals[0]!.portal, emails[visitor as Visitor], { secondFactor });
    const targets = [
      { label: "anonymous: /masuk", path: "/masuk", visitor: undefined },
      { label: "floor (citizen)", path: FLOOR_PATH, visitor: "citizen" as Visitor },
      ...SIGNED_IN_PAGES,
    ].filter((target) => !option("--only") || target.label.includes(option("--only")!));
    for (const target of targets) {
      for (const { label, portal, sqlLog } of portals) {
        const runs = [];
        for (let round = 0; round < rounds; round++) {
          runs.push(
            await requestCost({
              url: `${portal.url}${target.path}`,
              cookie: target.visitor ? cookies[target.visitor] : undefined,
              pid: portal.pid,
              sqlLog,
              requests,
            }),
          );
        }
        const cost = runs.at(-1)!;
        const cpu = runs.map((run) => run.cpuMsPerRequest);
        console.log(
          `${target.label.padEnd(30)} ${label.padEnd(13)} ${String(cost.status).padEnd(4)} cpu ${cpu.join("/").padStart(6)} ms/req · ${String(cost.statementsPerRequest).padStart(5)} SQL/req · ${String(cost.htmlBytes).padStart(7)} B · wall p50 ${cost.wallMsP50} ms`,
        );
        if (argv.includes("--sql")) for (const statement of cost.statements) console.log(`    ${statement.slice(0, 200)}`);
      }
    }
  } finally {
    for (const { portal } of portals) await portal.stop();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await main();
  process.exit(0);
}
