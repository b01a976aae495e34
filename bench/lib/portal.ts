/**
 * The portal as production runs it (scripts/serve.mjs on the built app, via
 * scripts/run.mjs) on a seeded database of its own, and Auth.js session
 * cookies for benchmark visitors.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { sleep } from "./stats";

const ROOT = path.join(import.meta.dirname, "..", "..");
export const SESSION_COOKIE = "authjs.session-token";

export type RunningPortal = { url: string; port: number; databaseUrl: string; authSecret: string; pid: number; stop(): Promise<void> };

/**
 * A fresh, migrated and seeded database `<TEST_DATABASE_URL base>_<suffix>`.
 * `history`: also the year of demo history `npm start` seeds on a first start
 * (docs/demo-history.md: 3,000 applications, complaints, surveys, rollups), so
 * queues, lists and dashboards hold what a live portal's do.
 */
export async function seededDatabase(suffix: string, { history = false } = {}): Promise<string> {
  const { provisionTestDatabase } = (await import("../../scripts/lib/test-database.mjs")) as {
    provisionTestDatabase(suffix: string): Promise<{ url: string; embedded: boolean }>;
  };
  const database = await provisionTestDatabase(suffix);
  if (database.embedded) throw new Error("the benchmarks need TEST_DATABASE_URL (a PostgreSQL server), not the embedded database");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/db.mjs", "seed"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seeding ${suffix} failed (${code})`))));
  });
  if (history) {
    // Encrypted with keys derived from AUTH_SECRET: the portal started later must share it.
    process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "prisma/seed/history/index.ts"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url, SATUPINTU_ALLOW_DERIVED_KEYS: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seeding ${suffix}'s demo history failed (${code})`))));
    });
  }
  return database.url;
}

/**
 * Refuses a port something already listens on: the readiness check would be
 * answered by that server (an earlier run's portal, a dev server) and the
 * benchmark would measure it, not the build it just started.
 */
export async function assertPortFree(port: number): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
  if (inUse) throw new Error(`port ${port} is already in use: stop what listens there, or pick another port`);
}

export async function startPortal({
  port,
  databaseUrl,
  env = {},
}: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<RunningPortal> {
  // Shared with this process: data the benchmark writes through the app's modules (encrypted NIKs, tracking secrets) must read back in the portal.
  await assertPortFree(port);
  const authSecret = (process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url"));
  const child: ChildProcess = spawn(process.execPath, ["scripts/run.mjs", "start", "--port", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      SATUPINTU_SEED: "never",
      SATUPINTU_ALLOW_DERIVED_KEYS: "1",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the portal exited (${child.exitCode}) before serving`);
    try {
      const response = await fetch(`${url}/`);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (attempt > 1200) throw new Error("the portal did not start within 5 minutes");
    await sleep(250);
  }
  return {
    url,
    port,
    databaseUrl,
    authSecret,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * A `Cookie:` value signing `email` in, as the sign-in form would (lib/auth/next-auth.ts: a JWT naming a UserSession row).
 * `secondFactor`: the session has proven the account's second factor, as a supervisor's must before the back office opens.
 */
export async function sessionCookieFor(portal: RunningPortal, email: string, { secondFactor = false } = {}): Promise<string> {
  const client = new pg.Client({ connectionString: portal.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; sessionVersion: number }>(`SELECT "id", "sessionVersion" FROM "User" WHERE "email" = $1`, [email]);
    if (!rows[0]) throw new Error(`no user ${email}`);
    // The server-side session the cookie names (lib/identity/user-sessions.ts), as sign-in writes it.
    const sessionId = randomBytes(24).toString("base64url");
    await client.query(
      `INSERT INTO "UserSession" ("id", "userId", "createdAt", "expiresAt", "secondFactorAt")
       VALUES ($1, $2, now() AT TIME ZONE 'UTC', (now() + interval '7 days') AT TIME ZONE 'UTC', CASE WHEN $3 THEN now() AT TIME ZONE 'UTC' END)`,
      [sessionId, rows[0].id, secondFactor],
    );
    const token = await encode({
      token: { sub: rows[0].id, sv: rows[0].sessionVersion, sid: sessionId },
      secret: portal.authSecret,
      salt: SESSION_COOKIE,
      maxAge: 8 * 60 * 60,
    });
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    await client.end();
  }
}
