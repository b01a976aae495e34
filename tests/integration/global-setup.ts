import { spawn } from "node:child_process";
import type { TestProject } from "vitest/node";
import { EMBEDDED_CLIENT_ENV } from "../../scripts/lib/embedded-postgres.mjs";
import { provisionTestDatabase } from "../../scripts/lib/test-database.mjs";
import { TEST_AUTH_SECRET } from "./secrets";

declare module "vitest" {
  export interface ProvidedContext {
    /** The portal's connection: the application role on a real server (scripts/lib/app-role.mjs). */
    databaseUrl: string;
    /** The owner's connection, for the few tests that must change the schema or tamper on purpose. */
    ownerDatabaseUrl: string;
    realServer: boolean;
  }
}

/** One migrated database for the run, with the demo catalog seeded through the real seed script. */
export default async function setup(project: TestProject) {
  const database = await provisionTestDatabase("integration");
  // Asynchronous on purpose: the embedded database is served from this very
  // process, so blocking it while the seed runs would deadlock.
  const status = await new Promise<number | null>((resolve) => {
    const seed = spawn("npx", ["--no-install", "tsx", "--conditions=react-server", "prisma/seed/index.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        AUTH_SECRET: TEST_AUTH_SECRET,
        DATABASE_POOL_MAX: "4",
        ...(database.embedded ? EMBEDDED_CLIENT_ENV : {}),
      },
      stdio: "inherit",
    });
    seed.on("exit", resolve);
  });
  if (status !== 0) throw new Error("seeding the integration database failed");
  project.provide("databaseUrl", database.appUrl);
  project.provide("ownerDatabaseUrl", database.url);
  project.provide("realServer", !database.embedded);
  if (database.embedded) console.log("Integration tests run on embedded PostgreSQL (PGlite); set TEST_DATABASE_URL for a real server.");
  return () => database.stop();
}
