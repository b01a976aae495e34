#!/usr/bin/env node
// The one command of the quick start: `npm start` (or `npm run dev`).
// Without DATABASE_URL it starts the embedded PostgreSQL (PGlite) in
// .data/pglite; with it, it uses that server. Either way it applies
// migrations, seeds demo data into an empty database, builds when the build
// is missing or older than the sources, and serves the portal.
//
// Options: --port N (default PORT or 3000).
// Environment: SATUPINTU_EMBEDDED_DIR (a directory, or "memory"),
// SATUPINTU_SEED=auto|always|never (default auto: only into an empty database,
// then a year of demo history unless SATUPINTU_DEMO_HISTORY=off),
// DATABASE_OWNER_URL: when set, migrations, grants and the seed run as this
// owner, and the portal runs as the plain role in DATABASE_URL, which the
// owner creates if missing and grants (scripts/lib/app-role.mjs). The portal
// process never sees the owner's URL.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { tsImport } from "tsx/esm/api";
import { buildIsStale } from "./lib/build-state.mjs";
import { EMBEDDED_CLIENT_ENV, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { projectEnv } from "./lib/local-config.mjs";
import { grantAppRole } from "./lib/app-role.mjs";
import { applyMigrations } from "./lib/migrations.mjs";
import { webProcessFlags } from "./lib/web-workers.mjs";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const portFlag = process.argv.indexOf("--port");
const port = portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? "3000");
const env = projectEnv();
const cleanups = [];

function run(command, args, childEnv = env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: childEnv, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}

async function isEmpty(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM "Agency"');
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

async function waitUntilServing(url) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function printBanner(url) {
  const { DEMO_PASSWORD, demoCitizens, demoStaff } = await tsImport("../prisma/seed/demo-accounts.ts", import.meta.url);
  const rows = [...demoCitizens.map((c) => [c.email, "CITIZEN"]), ...demoStaff.map((s) => [s.email, s.roles.join(",")])];
  console.log(`\nSatuPintu is running at ${url}\n\nDemo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const [email, roles] of rows) console.log(`  ${email.padEnd(44)} ${roles}`);
  console.log("");
}

async function main() {
  if (!env.PII_ENCRYPTION_KEY || !env.PII_BLIND_INDEX_KEY) {
    // Keys derived from AUTH_SECRET keep the zero-install start working; a real
    // deployment sets its own keys so that AUTH_SECRET can rotate on its own.
    env.SATUPINTU_ALLOW_DERIVED_KEYS = "1";
    console.warn("PII_ENCRYPTION_KEY / PII_BLIND_INDEX_KEY not set: deriving them from AUTH_SECRET (fine locally, not for production).");
  }
  if (!env.DATABASE_URL) {
    delete env.DATABASE_OWNER_URL; // one user on the embedded database
    const dir = env.SATUPINTU_EMBEDDED_DIR ?? ".data/pglite";
    const embedded = await startEmbeddedPostgres({ dataDir: dir === "memory" ? undefined : dir });
    cleanups.push(() => embedded.stop());
    env.DATABASE_URL = embedded.url;
    env.DATABASE_POOL_MAX ??= "4";
    Object.assign(env, EMBEDDED_CLIENT_ENV);
    // One PGlite session cannot fan LISTEN/NOTIFY out to other connections; embedded mode runs one web instance.
    env.SATUPINTU_REALTIME ??= "inprocess";
    if ((env.SATUPINTU_WEB_WORKERS ?? "1").trim() !== "1") {
      console.warn("SATUPINTU_WEB_WORKERS is ignored on the embedded database (one connection at a time): one web process.");
      env.SATUPINTU_WEB_WORKERS = "1";
    }
    console.log(`Embedded PostgreSQL (PGlite) ${dir === "memory" ? "in memory" : `in ${dir}`} at ${embedded.url}`);
  }
  const ownerUrl = env.DATABASE_OWNER_URL || env.DATABASE_URL;
  delete env.DATABASE_OWNER_URL;
  await applyMigrations(ownerUrl);
  if (ownerUrl !== env.DATABASE_URL) {
    const role = decodeURIComponent(new URL(env.DATABASE_URL).username);
    await grantAppRole(ownerUrl, role);
    console.log(`Database: migrations as the owner; the portal connects as ${role}.`);
  }
  const seed = env.SATUPINTU_SEED ?? "auto";
  const firstStart = seed === "auto" && (await isEmpty(ownerUrl));
  if (seed === "always" || firstStart) {
    await run("npx", ["--no-install", "tsx", "--conditions=react-server", "prisma/seed/index.ts"], { ...env, DATABASE_URL: ownerUrl });
  }
  // A year of generated history, so a fresh demo looks alive (docs/demo-history.md): only on a first start,
  // never with SATUPINTU_SEED=always (the test suites), and not with SATUPINTU_DEMO_HISTORY=off.
  if (firstStart) {
    await run("npx", ["--no-install", "tsx", "--conditions=react-server", "prisma/seed/history/index.ts"], { ...env, DATABASE_URL: ownerUrl });
  }
  if (mode === "start" && buildIsStale()) await run("npx", ["--no-install", "next", "build"]);

  // Production serves through scripts/serve.mjs (Next.js behind the page micro-cache); development is plain `next dev`.
  const command =
    mode === "dev"
      ? [path.join("node_modules", "next", "dist", "bin", "next"), "dev", "-p", port]
      : [...webProcessFlags(env.SATUPINTU_WEB_SEMI_SPACE_MB), "scripts/serve.mjs", "--port", port];
  const server = spawn(process.execPath, command, { env, stdio: "inherit" });
  cleanups.unshift(
    () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once("exit", resolve);
        server.kill("SIGTERM");
      }),
  );
  server.on("exit", (code) => shutdown(code ?? 0));
  if (await waitUntilServing(`http://localhost:${port}/`)) await printBanner(`http://localhost:${port}`);
}

let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch (error) {
      console.error(error);
    }
  }
  process.exit(code);
}

process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  shutdown(1);
});
