import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium where it exists (Playwright cannot download its own here).
const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
// One id per run, the same in every worker: a worker started again after a failed test inherits it, so names a spec
// builds from it (oidc-sign-in's provider codes) still match what the spec's earlier tests registered.
process.env.E2E_RUN_ID ??= Date.now().toString(36);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace records screenshots and DOM snapshots of every test to keep the failing ones: on a 2-core CI
    // machine that was a large share of the browsers' CPU, and CI prints the failure without the trace file.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // `npm test` type-checks before this suite runs (next.config.ts).
    env: { E2E_PORT: String(port), SATUPINTU_BUILD_TYPECHECK: "off" },
  },
});
