#!/usr/bin/env node
// The server Playwright tests against: a fresh database (on TEST_DATABASE_URL's
// server, or an in-memory embedded one), seeded, then the portal exactly as
// `npm start` runs it.
import { spawn } from "node:child_process";
import { EMBEDDED_CLIENT_ENV } from "./lib/embedded-postgres.mjs";
import { provisionTestDatabase } from "./lib/test-database.mjs";

const port = process.env.E2E_PORT ?? "3100";
const database = await provisionTestDatabase("e2e");
const server = spawn(process.execPath, ["scripts/run.mjs", "start", "--port", port], {
  env: {
    ...process.env,
    // Migrated and seeded as the owner; the portal runs as the application role.
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.url,
    DATABASE_POOL_MAX: database.embedded ? "4" : "10",
    SATUPINTU_SEED: "always",
    // The Prometheus endpoint is on, so tests/e2e/operations.spec.ts can scrape what the real server recorded.
    METRICS_TOKEN: process.env.METRICS_TOKEN || "e2e-metrics-token-not-a-secret",
    // The tests count rows they create: never the demo history (run.mjs skips it with "always" too).
    SATUPINTU_DEMO_HISTORY: "off",
    // The suite signs the seeded staff in with a password alone, in parallel; the
    // second factor is proven by its own spec on accounts that enrol one (docs/identity.md).
    STAFF_SECOND_FACTOR: process.env.STAFF_SECOND_FACTOR ?? "optional",
    // The portal's own address: passkeys (WebAuthn) accept assertions only for this origin and RP ID.
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
    // The embedded database is served from this process, so run.mjs cannot tell it is embedded.
    ...(database.embedded ? { SATUPINTU_REALTIME: "inprocess", ...EMBEDDED_CLIENT_ENV } : {}),
  },
  stdio: "inherit",
});

async function stop(code) {
  server.kill("SIGTERM");
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once("exit", resolve)));
  await database.stop();
  process.exit(code);
}
server.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
