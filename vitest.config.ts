import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // `server-only` throws outside React Server Components by design; tests
    // import server modules directly, so it resolves to an empty module here.
    "server-only": path.join(root, "tests/fixtures/server-only.ts"),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "prisma/seed/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // Auth.js imports `next/headers` without an extension, which Node's own
          // loader cannot resolve: processed here, it loads (and the authorization
          // matrix can hand it a session cookie through a mocked `next/headers`).
          server: { deps: { inline: ["next-auth"] } },
          // One database for the run; the embedded one serves a single session.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          // Faults against the built portal (scripts/serve.mjs) on a private PostgreSQL cluster; see "Tests" in README.md.
          name: "resilience",
          include: ["tests/resilience/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/resilience/global-setup.ts"],
          setupFiles: ["tests/resilience/setup.ts"],
          // Files take turns: one restarts the shared private cluster, and the machine has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
