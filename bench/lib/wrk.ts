/** `wrk` (Debian's package) as the HTTP load generator: a Node generator cannot measure the floors. */
import { spawn, spawnSync } from "node:child_process";

export type WrkResult = {
  url: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p75: number; p90: number; p99: number };
  /** Responses outside 2xx/3xx, and connect/read/write/timeout errors: a healthy run has none. */
  non2xx: number;
  socketErrors: number;
};

export function hasWrk(): boolean {
  return !spawnSync("wrk", ["--version"]).error;
}

function toMs(value: string, unit: string): number {
  const number = Number(value);
  if (unit === "us") return number / 1000;
  if (unit === "ms") return number;
  if (unit === "s") return number * 1000;
  if (unit === "m") return number * 60_000;
  throw new Error(`unknown wrk time unit ${unit}`);
}

export function parseWrk(output: string, url: string, connections: number, seconds: number): WrkResult {
  const percentile = (label: string) => {
    const match = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    if (!match) throw new Error(`wrk output has no ${label}% latency:\n${output}`);
    return Number(toMs(match[1]!, match[2]!).toFixed(2));
  };
  const requests = /(\d+) requests in/.exec(output);
  const perSecond = /Requests\/sec:\s+([\d.]+)/.exec(output);
  if (!requests || !perSecond) throw new Error(`unexpected wrk output:\n${output}`);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(output);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    url,
    connections,
    seconds,
    requests: Number(requests[1]),
    requestsPerSecond: Math.round(Number(perSecond[1])),
    latencyMs: { p50: percentile("50"), p75: percentile("75"), p90: percentile("90"), p99: percentile("99") },
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}

function runWrkOnce(url: string, options: { connections: number; seconds: number; threads: number; headers: string[] }): Promise<string> {
  const args = ["-t", String(options.threads), "-c", String(options.connections), "-d", `${options.seconds}s`, "--timeout", "10s", "--latency"];
  for (const header of options.headers) args.push("-H", header);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`wrk exited ${code}: ${output}`))));
  });
}

/** A warm-up run (discarded), then the measured run; `beforeMeasure` runs between the two. */
export async function wrk(
  url: string,
  { connections = 50, seconds = 15, warmUpSeconds = 5, threads = 2, headers = [] as string[], beforeMeasure = () => {} } = {},
): Promise<WrkResult> {
  await runWrkOnce(url, { connections, seconds: warmUpSeconds, threads, headers });
  beforeMeasure();
  const output = await runWrkOnce(url, { connections, seconds, threads, headers });
  return parseWrk(output, url, connections, seconds);
}
