#!/usr/bin/env node
// The production web server: Next.js's request handler behind the portal's
// page micro-cache (scripts/lib/page-cache.mjs) and its outage page
// (scripts/lib/outage-page.mjs), with the build's scripts and stylesheets
// served from their precompressed copies (scripts/lib/precompressed-static.mjs). `npm start` runs it; so do
// the end-to-end, resilience and benchmark runs, so they measure and test what
// a deployment serves. SATUPINTU_PAGE_CACHE=off leaves only Next.js. Every
// request gets a request id and is counted per route group (scripts/lib/observability.mjs).
//
// SATUPINTU_WEB_WORKERS=N runs N such processes on one port (scripts/lib/web-workers.mjs).
//
// Usage: node scripts/serve.mjs [--port N] (default PORT or 3000).
import cluster from "node:cluster";
import { createServer } from "node:http";
import path from "node:path";
import { withOutagePage } from "./lib/outage-page.mjs";
import { PageCache, withPageCache } from "./lib/page-cache.mjs";
import { withRequestObservability } from "./lib/observability.mjs";
import { loadPrecompressed, withPrecompressedStatic } from "./lib/precompressed-static.mjs";
import { superviseWebWorkers, webWorkerCount } from "./lib/web-workers.mjs";

const workers = webWorkerCount();
if (cluster.isPrimary && workers > 1) superviseWebWorkers(workers);
else await serve();

async function serve() {
  process.env.NODE_ENV ??= "production";
  const portFlag = process.argv.indexOf("--port");
  const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));

  // Imported after NODE_ENV is set: Next.js reads it when it loads.
  const { default: next } = await import("next");
  const app = next({ dev: false, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const render = (request, response) => handle(request, response);
  const pages = withOutagePage(process.env.SATUPINTU_PAGE_CACHE === "off" ? render : withPageCache(new PageCache(), render));
  // Outermost: every answer, cached or not, gets its request id and its place in the request metrics (docs/operations.md).
  const handler = withRequestObservability(withPrecompressedStatic(loadPrecompressed(path.join(process.cwd(), ".next")), pages));
  const server = createServer(handler);
  // Longer than a load balancer's idle timeout, as `next start` does, so kept-alive connections are not cut under it.
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => {
    console.log(`SatuPintu web server listening on port ${port}`);
  });

  let closing = false;
  function shutdown() {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Server-Sent Events streams never end by themselves.
    setTimeout(() => process.exit(0), 5_000).unref();
  }
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
