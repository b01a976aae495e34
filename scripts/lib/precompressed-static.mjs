// The browser's JavaScript and CSS, gzipped once at build time as tightly as
// gzip allows (issue 10, item 5: what a citizen's phone downloads).
//
// Next.js gzips each static file on every request at zlib's default level.
// These files are content-hashed and never change after a build, so the build
// compresses each one once with Zopfli, a slower deflate encoder whose output
// any gzip decoder reads, about 3% smaller than `gzip -9`. The web server
// (scripts/serve.mjs) then answers a request for such a file from memory with
// those bytes, when the browser accepts gzip; anything else goes to Next.js.
import { gzipAsync } from "@gfx/zopfli";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const CONTENT_TYPES = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" };
const STATIC_PREFIX = "/_next/static/";
// Zopfli's own advice for files up to a few hundred kilobytes.
const ZOPFLI_ITERATIONS = 15;

function* compressibleFiles(directory) {
  if (!existsSync(directory)) return;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* compressibleFiles(file);
    else if (path.extname(entry.name) in CONTENT_TYPES) yield file;
  }
}

/** Writes `<file>.gz` beside each static script and stylesheet of the build in `distDir` that lacks an up-to-date one. */
export async function precompressStatic(distDir) {
  let written = 0;
  for (const file of compressibleFiles(path.join(distDir, "static"))) {
    const target = `${file}.gz`;
    if (existsSync(target) && statSync(target).mtimeMs >= statSync(file).mtimeMs) continue;
    writeFileSync(target, await gzipAsync(readFileSync(file), { numiterations: ZOPFLI_ITERATIONS }));
    written += 1;
  }
  return written;
}

/** Whether an Accept-Encoding header admits gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(acceptEncoding = "") {
  return acceptEncoding.split(",").some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

/**
 * The build's precompressed files by URL path. Read once at start: a request
 * path is only ever looked up here, never joined onto the file system.
 */
export function loadPrecompressed(distDir) {
  const files = new Map();
  const root = path.join(distDir, "static");
  for (const file of compressibleFiles(root)) {
    if (!existsSync(`${file}.gz`)) continue;
    const urlPath = STATIC_PREFIX + path.relative(root, file).split(path.sep).join("/");
    files.set(urlPath, { body: readFileSync(`${file}.gz`), contentType: CONTENT_TYPES[path.extname(file)] });
  }
  return files;
}

export function withPrecompressedStatic(files, next) {
  return (request, response) => {
    const method = request.method;
    if ((method !== "GET" && method !== "HEAD") || !acceptsGzip(request.headers["accept-encoding"])) return next(request, response);
    const file = files.get((request.url ?? "").split("?")[0]);
    if (!file) return next(request, response);
    response.writeHead(200, {
      "Content-Type": file.contentType,
      "Content-Encoding": "gzip",
      "Content-Length": file.body.length,
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    });
    response.end(method === "HEAD" ? undefined : file.body);
  };
}
