import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { TEST_AUTH_SECRET } from "../../integration/secrets";
import { freePort } from "./ports";
import { waitFor } from "./wait";

/** A web server process of the built portal (scripts/serve.mjs, what `npm start` runs), as a deployment runs it. */
export type WebInstance = {
  url: string;
  port: number;
  process: ChildProcess;
  /** What it printed, for a failing test's message. */
  output(): string;
  /** SIGKILL: no shutdown hooks, sockets cut mid-request. */
  kill(): Promise<void>;
  stop(): Promise<void>;
};

const server = path.join(process.cwd(), "scripts", "serve.mjs");

export async function startWeb(options: { databaseUrl: string; uploadDir: string; port?: number; env?: Record<string, string> }): Promise<WebInstance> {
  const port = options.port ?? (await freePort("RESILIENCE_WEB_PORTS"));
  const child = spawn(process.execPath, [server, "--port", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: "5",
      AUTH_SECRET: TEST_AUTH_SECRET,
      SATUPINTU_ALLOW_DERIVED_KEYS: "1",
      SATUPINTU_REALTIME: "postgres",
      UPLOAD_DIR: options.uploadDir,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      JOB_POLL_MS: "200",
      SIGN_IN_MAX_ATTEMPTS_PER_IP: "1000",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const instance: WebInstance = {
    url,
    port,
    process: child,
    output: () => log,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      // Next.js waits for open connections (a live stream) before it exits; a test's cleanup does not.
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`the web server exited ${child.exitCode}:\n${log}`);
        const response = await fetch(`${url}/`).catch(() => null);
        return response?.status === 200;
      },
      { timeoutMs: 60_000, what: `the web server on port ${port}` },
    );
  } catch (error) {
    await instance.kill();
    throw error;
  }
  return instance;
}
