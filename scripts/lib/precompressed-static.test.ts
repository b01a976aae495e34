import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { acceptsGzip, loadPrecompressed, precompressStatic, preferredEncoding, withPrecompressedStatic } from "./precompressed-static.mjs";

// Script-like text with the repetition real bundles have.
const script = Array.from({ length: 400 }, (_, i) => `function field${i}(e){return e.label[${i % 7}]??"pilih salah satu ${i % 13}"}`).join(";");

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

function buildDirectory() {
  const distDir = mkdtempSync(path.join(tmpdir(), "precompress-"));
  cleanup.push(() => rmSync(distDir, { recursive: true, force: true }));
  mkdirSync(path.join(distDir, "static", "chunks"), { recursive: true });
  writeFileSync(path.join(distDir, "static", "chunks", "app.js"), script);
  writeFileSync(path.join(distDir, "static", "chunks", "site.css"), "body{color:#0f172a}");
  writeFileSync(path.join(distDir, "static", "chunks", "font.woff2"), "not text");
  return distDir;
}

// Zopfli and Brotli at their best are slow on purpose: give a busy CI machine room.
const COMPRESSION_TIMEOUT = { timeout: 30_000 };

describe("precompressing the build's scripts and stylesheets", COMPRESSION_TIMEOUT, () => {
  it("writes a gzip file any decoder reads, smaller than gzip's best level, for scripts and stylesheets only", async () => {
    const distDir = buildDirectory();
    expect(await precompressStatic(distDir)).toBe(2);
    const compressed = readFileSync(path.join(distDir, "static", "chunks", "app.js.gz"));
    expect(gunzipSync(compressed).toString()).toBe(script);
    expect(compressed.length).toBeLessThan(gzipSync(script, { level: 9 }).length);
    expect(gunzipSync(readFileSync(path.join(distDir, "static", "chunks", "site.css.gz"))).toString()).toBe("body{color:#0f172a}");
    expect(() => readFileSync(path.join(distDir, "static", "chunks", "font.woff2.gz"))).toThrow();
  });

  it("writes a Brotli file beside it, smaller than the gzip one", async () => {
    const distDir = buildDirectory();
    await precompressStatic(distDir);
    const brotli = readFileSync(path.join(distDir, "static", "chunks", "app.js.br"));
    expect(brotliDecompressSync(brotli).toString()).toBe(script);
    expect(brotli.length).toBeLessThan(readFileSync(path.join(distDir, "static", "chunks", "app.js.gz")).length);
    expect(() => readFileSync(path.join(distDir, "static", "chunks", "font.woff2.br"))).toThrow();
  });

  it("compresses again only files changed since (a rebuild into the same directory)", async () => {
    const distDir = buildDirectory();
    await precompressStatic(distDir);
    expect(await precompressStatic(distDir)).toBe(0);
    const changed = path.join(distDir, "static", "chunks", "site.css");
    writeFileSync(changed, "body{color:#000}");
    const later = new Date(Date.now() + 5_000);
    utimesSync(changed, later, later);
    expect(await precompressStatic(distDir)).toBe(1);
    expect(gunzipSync(readFileSync(`${changed}.gz`)).toString()).toBe("body{color:#000}");
    expect(brotliDecompressSync(readFileSync(`${changed}.br`)).toString()).toBe("body{color:#000}");
  });
});

describe("reading what the browser accepts", () => {
  it("admits gzip when listed without a zero quality, or under *", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0, br")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("prefers the coding with the higher q-value, Brotli on a tie, and neither when both are refused", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip, deflate")).toBe("gzip");
    expect(preferredEncoding("br;q=0.5, gzip;q=0.8")).toBe("gzip");
    expect(preferredEncoding("BR;q=1.0, gzip;q=0.9")).toBe("br");
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("*;q=0.3, gzip;q=0.5")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip;q=0, *;q=1")).toBe(null);
    expect(preferredEncoding("identity")).toBe(null);
    expect(preferredEncoding("br;q=abc")).toBe(null);
    expect(preferredEncoding("gzip, br", ["gzip"])).toBe("gzip");
    expect(preferredEncoding(undefined)).toBe(null);
  });
});

describe("serving the precompressed files", COMPRESSION_TIMEOUT, () => {
  async function serve(distDir: string) {
    const server = createServer(
      withPrecompressedStatic(loadPrecompressed(distDir), (_request, response) => {
        response.writeHead(299, { "content-type": "text/plain" });
        response.end("from Next.js");
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanup.push(() => server.close());
    const port = (server.address() as AddressInfo).port;
    return (url: string, headers: Record<string, string> = {}, method = "GET") =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const outgoing = httpRequest({ host: "127.0.0.1", port, path: url, method, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        });
        outgoing.on("error", reject);
        outgoing.end();
      });
  }

  it("answers a browser that accepts gzip with the build's bytes, cacheable for good", async () => {
    const distDir = buildDirectory();
    await precompressStatic(distDir);
    const get = await serve(distDir);
    const answer = await get("/_next/static/chunks/app.js?dpl=1", { "accept-encoding": "gzip, deflate" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(gunzipSync(answer.body).toString()).toBe(script);
    const head = await get("/_next/static/chunks/site.css", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(head.body.length).toBe(0);
  });

  it("answers a browser that prefers Brotli with the Brotli bytes, varying on Accept-Encoding", async () => {
    const distDir = buildDirectory();
    await precompressStatic(distDir);
    const get = await serve(distDir);
    const answer = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
    expect((await get("/_next/static/chunks/app.js", { "accept-encoding": "br;q=0.1, gzip" })).headers["content-encoding"]).toBe("gzip");
  });

  it("leaves to Next.js a browser that accepts neither, other files, other methods and paths outside the build", async () => {
    const distDir = buildDirectory();
    await precompressStatic(distDir);
    const get = await serve(distDir);
    expect((await get("/_next/static/chunks/app.js")).status).toBe(299);
    expect((await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip;q=0" })).status).toBe(299);
    expect((await get("/_next/static/chunks/app.js", { "accept-encoding": "br;q=0, gzip;q=0" })).status).toBe(299);
    expect((await get("/_next/static/chunks/font.woff2", { "accept-encoding": "gzip" })).status).toBe(299);
    expect((await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip" }, "POST")).status).toBe(299);
    expect((await get("/_next/static/chunks/../../static/chunks/app.js", { "accept-encoding": "gzip" })).status).toBe(299);
    expect((await get("/layanan", { "accept-encoding": "gzip" })).status).toBe(299);
  });
});
