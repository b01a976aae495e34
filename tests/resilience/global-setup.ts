import { spawn } from "node:child_process";
import type { TestProject } from "vitest/node";
import { buildIsStale } from "../../scripts/lib/build-state.mjs";
import { applyMigrations, createDatabase } from "../../scripts/lib/migrations.mjs";
import { TEST_AUTH_SECRET } from "../integration/secrets";
import { postgresBinDir, startPrivateCluster, type PrivateCluster } from "./support/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The private cluster's port; each test file copies TEMPLATE_DATABASE into a database of its own. */
    cluster: { root: string; port: number };
  }
}

export const TEMPLATE_DATABASE = "satupintu_template";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}

/**
 * The resilience tests run the built portal (`next start`) against a private
 * PostgreSQL cluster: one of them stops and restarts the server, which must
 * never happen to a server anyone else uses. The build is the one `npm test`'s
 * end-to-end run made; it is built here only when missing or stale.
 */
export default async function setup(project: TestProject) {
  if (!postgresBinDir()) {
    throw new Error("The resilience tests need the PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN).");
  }
  if (buildIsStale()) await run("npx", ["--no-install", "next", "build"], process.env);
  let cluster: PrivateCluster | undefined = await startPrivateCluster();
  try {
    const url = await createDatabase(cluster.url("postgres"), TEMPLATE_DATABASE);
    await applyMigrations(url);
    await run("npx", ["--no-install", "tsx", "--conditions=react-server", "prisma/seed/index.ts"], {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: TEST_AUTH_SECRET,
      DATABASE_POOL_MAX: "4",
    });
  } catch (error) {
    await cluster.destroy();
    cluster = undefined;
    throw error;
  }
  project.provide("cluster", { root: cluster.root, port: cluster.port });
  return () => cluster?.destroy();
}
