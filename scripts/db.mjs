#!/usr/bin/env node
// Database tooling: `node scripts/db.mjs <migrate|create <name>|check|reset|seed|grant [role]>`.
// The target is DATABASE_URL; without it, the embedded PGlite database in
// .data/pglite (reused if another process already serves it, otherwise
// started for the duration of the command).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_APP_ROLE, grantAppRole } from "./lib/app-role.mjs";
import { EMBEDDED_CLIENT_ENV, findRunningEmbeddedPostgres, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { projectEnv } from "./lib/local-config.mjs";
import { MigrationError, PROJECT_ROOT, applyMigrations, createMigration, diffMigrationsToSchema, redact, resetDatabase } from "./lib/migrations.mjs";
import { SchemaEngineError } from "./lib/schema-engine.mjs";

const EMBEDDED_DATA_DIR = path.join(PROJECT_ROOT, ".data/pglite");
const SEED_ENTRY = "prisma/seed/index.ts";
const USAGE = `usage: node scripts/db.mjs <command>

  migrate        apply pending migrations from prisma/migrations
  create <name>  write a new migration with the SQL that takes the migrations
                 to prisma/schema.prisma (nothing if they already agree)
  check          exit 1 and print the SQL when schema and migrations disagree
  reset          drop and recreate the public schema, migrate, seed
                 (refused when NODE_ENV=production unless --force)
  seed           run ${SEED_ENTRY}
  grant [role]   as the owner in DATABASE_URL: create the portal's plain
                 application role (default ${DEFAULT_APP_ROLE}; password from
                 APP_DATABASE_PASSWORD) if missing and grant it rows, not the
                 schema: no UPDATE/DELETE on the audit tables, not a superuser

Target: DATABASE_URL, or the embedded database in .data/pglite when unset.`;

const info = (message) => console.error(message);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

let stopEmbedded;

async function withTarget(fn) {
  if (process.env.DATABASE_URL) {
    info(`database: ${redact(process.env.DATABASE_URL)}`);
    return fn(process.env.DATABASE_URL);
  }
  const running = findRunningEmbeddedPostgres(EMBEDDED_DATA_DIR);
  if (running) {
    // Opening the data directory a second time would corrupt it.
    info(`database: embedded .data/pglite, served by process ${running.pid} at ${running.url}`);
    return fn(running.url, { embedded: true });
  }
  const since = performance.now();
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR });
  stopEmbedded = embedded.stop;
  info(`database: embedded .data/pglite on ${embedded.url} (started in ${seconds(since)})`);
  try {
    return await fn(embedded.url, { embedded: true });
  } finally {
    await embedded.stop();
    stopEmbedded = undefined;
  }
}

async function migrate(url) {
  const since = performance.now();
  const { applied, alreadyApplied } = await applyMigrations(url, { log: info });
  if (applied.length === 0) {
    info(`No pending migrations (${alreadyApplied.length} already applied) [${seconds(since)}]`);
  } else {
    info(`Applied ${applied.length} migration(s) [${seconds(since)}]:\n${applied.map((n) => `  ${n}`).join("\n")}`);
  }
}

function seed(url, { embedded = false } = {}) {
  if (!existsSync(path.join(PROJECT_ROOT, SEED_ENTRY))) {
    throw new MigrationError(`${SEED_ENTRY} does not exist`);
  }
  info(`seeding: npx tsx --conditions=react-server ${SEED_ENTRY}`);
  // Asynchronous on purpose: an embedded server lives in this process and
  // must keep answering the seed script's queries. The react-server condition
  // is what lets the seed import app modules guarded by `server-only`.
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no-install", "tsx", "--conditions=react-server", SEED_ENTRY], {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
      // projectEnv fills in the local AUTH_SECRET the app modules insist on.
      env: { ...projectEnv(), DATABASE_URL: url, ...(embedded ? EMBEDDED_CLIENT_ENV : {}) },
    });
    child.on("error", (error) => reject(new MigrationError(`cannot run the seed: ${error.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(Object.assign(new MigrationError(`seed failed (${signal ?? `exit code ${code}`})`), { exitCode: code || 1 }));
    });
  });
}

const commands = {
  migrate: () => withTarget(migrate),

  grant: async ([role = DEFAULT_APP_ROLE]) => {
    if (!process.env.DATABASE_URL) throw new MigrationError("grant needs DATABASE_URL (the owner): the embedded database has a single user");
    const appUrl = await grantAppRole(process.env.DATABASE_URL, role, { password: process.env.APP_DATABASE_PASSWORD || undefined });
    info(`Granted ${role}. Run the portal with DATABASE_URL=${redact(appUrl)}`);
  },

  create: async ([name]) => {
    if (!name) throw new MigrationError(`create needs a migration name\n\n${USAGE}`);
    await withTarget(async (url) => {
      const result = await createMigration({ databaseUrl: url, name });
      if (!result.created) {
        info("No difference between prisma/migrations and prisma/schema.prisma: no migration created.");
        return;
      }
      info(`Created ${path.relative(PROJECT_ROOT, result.file)}\nReview it, then apply it with: node scripts/db.mjs migrate`);
    });
  },

  check: () =>
    withTarget(async (url) => {
      const { empty, script } = await diffMigrationsToSchema({ databaseUrl: url });
      if (empty) {
        info("No drift: prisma/migrations produce exactly prisma/schema.prisma.");
        return;
      }
      process.stdout.write(`${script.trimEnd()}\n`);
      info(
        "\nDrift: prisma/schema.prisma differs from what prisma/migrations produce (SQL above).\n" +
          "Create a migration for it: node scripts/db.mjs create <name>",
      );
      process.exitCode = 1;
    }),

  reset: async (args) => {
    if (process.env.NODE_ENV === "production" && !args.includes("--force")) {
      throw new MigrationError("refusing to reset with NODE_ENV=production (pass --force if you really mean it)");
    }
    await withTarget(async (url, target) => {
      const since = performance.now();
      await resetDatabase(url);
      info(`Dropped and recreated schema public [${seconds(since)}]`);
      await migrate(url);
      await seed(url, target);
    });
  },

  seed: () => withTarget(seed),
};

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === "help" || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = commands[command];
  if (!run) {
    info(`unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  try {
    await run(args);
    return process.exitCode ?? 0;
  } catch (error) {
    const known = error instanceof MigrationError || error instanceof SchemaEngineError;
    info(`db ${command}: error: ${known ? error.message : (error?.stack ?? error)}`);
    if (error instanceof SchemaEngineError && process.env.SCHEMA_ENGINE_DEBUG) info(error.engineLogs.join(""));
    return error.exitCode ?? 1;
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    info(`\n${signal}: stopping`);
    await stopEmbedded?.().catch(() => {});
    process.exit(130);
  });
}
process.on("unhandledRejection", (error) => {
  info(`db: unexpected error: ${error?.stack ?? error}`);
  process.exit(1);
});

// Explicit exit: a stray handle must not keep CI waiting after the result is known.
process.exit(await main());
