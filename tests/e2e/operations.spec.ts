import { expect, test } from "@playwright/test";

/**
 * Issue 24 against the built portal as `npm start` serves it: the probes, the
 * request id, the metrics the web server records for Next.js's routes (one
 * registry across scripts/serve.mjs and the app), and Brotli for browsers
 * that accept it.
 */

const METRICS_TOKEN = process.env.METRICS_TOKEN || "e2e-metrics-token-not-a-secret";

test("health and readiness probes, the request id and the request metrics", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toEqual({ status: "ok" });

  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", worker: "ok" } });

  const traced = await request.get("/layanan", { headers: { "x-request-id": "e2e-trace-00000001" } });
  expect(traced.headers()["x-request-id"]).toBe("e2e-trace-00000001");
  const fresh = await request.get("/layanan", { headers: { "x-request-id": "not acceptable!" } });
  expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  expect((await request.get("/api/metrics")).status()).toBe(401);
  const scrape = await request.get("/api/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(scrape.status()).toBe(200);
  const text = await scrape.text();
  expect(text).toMatch(/^satupintu_http_request_duration_seconds_count\{[^}]*group="layanan"[^}]*\} [1-9]/m);
  expect(text).toMatch(/^satupintu_http_request_duration_seconds_count\{[^}]*group="api\/ready"[^}]*\} [1-9]/m);
  expect(text).toContain("satupintu_jobs_due");
  expect(text).toMatch(/^satupintu_database_up 1$/m);
});

test("static scripts come Brotli-compressed to a browser that accepts br, gzip to one that does not", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const brotli = await request.get(script!, { headers: { "accept-encoding": "gzip, deflate, br" } });
  expect(brotli.headers()["content-encoding"]).toBe("br");
  expect(brotli.headers().vary).toBe("Accept-Encoding");
  const gzip = await request.get(script!, { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  // Both decode to the same script.
  expect(await brotli.text()).toBe(await gzip.text());
});
