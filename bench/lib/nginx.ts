/**
 * nginx for the public-page benchmark: the production configuration from
 * deploy/nginx/satupintu.conf (the README's), with only its port, upstream
 * address and cache directory swapped, plus a static-file server for the floor.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sleep } from "./stats";

export const PRODUCTION_CONFIG = path.join(import.meta.dirname, "..", "..", "deploy", "nginx", "satupintu.conf");

export function hasNginx(): boolean {
  return !spawnSync("nginx", ["-v"]).error;
}

function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`deploy/nginx/satupintu.conf: expected "${from}" once, found ${count} times`);
  return text.replace(from, to);
}

/** The production file with its three deployment-specific values replaced. */
export function productionConfigFor({ listenPort, upstream, cacheDirectory }: { listenPort: number; upstream: string; cacheDirectory: string }): string {
  let text = readFileSync(PRODUCTION_CONFIG, "utf8");
  text = replaceOnce(text, "listen 80;", `listen 127.0.0.1:${listenPort};`);
  text = replaceOnce(text, "server 127.0.0.1:3000;", `server ${upstream};`);
  text = replaceOnce(text, "/var/cache/nginx/satupintu", cacheDirectory);
  return text;
}

export type RunningNginx = { stop(): Promise<void>; directory: string };

export async function startNginx(options: {
  directory: string;
  cachedPort: number;
  staticPort: number;
  staticRoot: string;
  upstream: string;
}): Promise<RunningNginx> {
  const { directory } = options;
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(path.join(directory, "cache"), { recursive: true });
  mkdirSync(path.join(directory, "temp"), { recursive: true });
  const temp = (name: string) => path.join(directory, "temp", name);
  const config = `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes auto;
daemon off;
pid ${path.join(directory, "nginx.pid")};
error_log ${path.join(directory, "error.log")} warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};

  # ---- deploy/nginx/satupintu.conf (production) ----
${productionConfigFor({ listenPort: options.cachedPort, upstream: options.upstream, cacheDirectory: path.join(directory, "cache") })}
  # ---- the floor: the same HTML as a static file ----
  server {
    listen 127.0.0.1:${options.staticPort};
    root ${options.staticRoot};
    default_type text/html;
    location / { try_files $uri $uri/index.html =404; }
  }
}
`;
  const file = path.join(directory, "nginx.conf");
  writeFileSync(file, config);
  const test = spawnSync("nginx", ["-t", "-c", file], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child: ChildProcess = spawn("nginx", ["-c", file], { stdio: ["ignore", "inherit", "inherit"] });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${options.staticPort}/`);
      break;
    } catch {
      await sleep(100);
    }
  }
  return {
    directory,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}
