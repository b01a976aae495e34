// The browser's JavaScript and CSS, compressed once at build time as tightly as
// gzip and Brotli allow (issue 10, item 5 and issue 24, item 9: what a
// citizen's phone downloads).
//
// Next.js gzips each static file on every request at zlib's default level.
// These files are content-hashed and never change after a build, so the build
// compresses each one once with Zopfli, a slower deflate encoder whose output
// any gzip decoder reads, about 3% smaller than `gzip -9`, and with Brotli at
// its highest quality (node:zlib), some 15-20% smaller again for browsers that
// accept `br` (all current ones, over HTTPS). The web server (scripts/serve.mjs)
// then answers a request for such a file from memory with the bytes of the
// coding the browser prefers (Accept-Encoding with its q-values; Brotli on a
// tie); a browser that accepts neither goes to Next.js.
import { gzipAsync } from "@gfx/zopfli";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib } from "node:zlib";

const brotli = promisify(brotliCompress);

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

const ENCODERS = {
  gz: (bytes) => gzipAsync(bytes, { numiterations: ZOPFLI_ITERATIONS }),
  br: (bytes) =>
    brotli(bytes, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
};

/**
 * Writes `<file>.gz` and `<file>.br` beside each static script and stylesheet
 * of the build in `distDir` that lacks an up-to-date one; returns how many
 * source files needed either.
 */
export async function precompressStatic(distDir) {
  let written = 0;
  for (const file of compressibleFiles(path.join(distDir, "static"))) {
    const modified = statSync(file).mtimeMs;
    const stale = Object.keys(ENCODERS).filter((extension) => !existsSync(`${file}.${extension}`) || statSync(`${file}.${extension}`).mtimeMs < modified);
    if (stale.length === 0) continue;
    const bytes = readFileSync(file);
    for (const extension of stale) writeFileSync(`${file}.${extension}`, await ENCODERS[extension](bytes));
    written += 1;
  }
  return written;
}

/** The q-value of each coding an Accept-Encoding header names (lower-cased; "*" included). */
function qualities(acceptEncoding) {
  const result = new Map();
  for (const part of acceptEncoding.split(",")) {
    const [coding, ...parameters] = part.trim().toLowerCase().split(";");
    if (!coding) continue;
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    const value = quality === undefined ? 1 : Number(quality.slice(2));
    result.set(coding, Number.isFinite(value) ? value : 0);
  }
  return result;
}

/**
 * The coding among `available` ("br", "gzip") that the browser prefers: the
 * highest q-value above zero, a coding not named taking the q of "*" (or
 * none); Brotli wins a tie, being smaller. Null when it accepts none of them.
 */
export function preferredEncoding(acceptEncoding = "", available = ["br", "gzip"]) {
  const accepted = qualities(acceptEncoding);
  let best = null;
  let bestQuality = 0;
  for (const coding of ["br", "gzip"]) {
    if (!available.includes(coding)) continue;
    const quality = accepted.get(coding) ?? accepted.get("*") ?? 0;
    if (quality > bestQuality) [best, bestQuality] = [coding, quality];
  }
  return best;
}

/** Whether an Accept-Encoding header admits gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(acceptEncoding = "") {
  return preferredEncoding(acceptEncoding, ["gzip"]) === "gzip";
}

/**
 * The build's precompressed files by URL path. Read once at start: a request
 * path is only ever looked up here, never joined onto the file system.
 */
export function loadPrecompressed(distDir) {
  const files = new Map();
  const root = path.join(distDir, "static");
  for (const file of compressibleFiles(root)) {
    const bodies = {};
    if (existsSync(`${file}.gz`)) bodies.gzip = readFileSync(`${file}.gz`);
    if (existsSync(`${file}.br`)) bodies.br = readFileSync(`${file}.br`);
    if (!bodies.gzip && !bodies.br) continue;
    const urlPath = STATIC_PREFIX + path.relative(root, file).split(path.sep).join("/");
    files.set(urlPath, { bodies, contentType: CONTENT_TYPES[path.extname(file)] });
  }
  return files;
}

export function withPrecompressedStatic(files, next) {
  return (request, response) => {
    const method = request.method;
    if (method !== "GET" && method !== "HEAD") return next(request, response);
    const file = files.get((request.url ?? "").split("?")[0]);
    if (!file) return next(request, response);
    const encoding = preferredEncoding(request.headers["accept-encoding"], Object.keys(file.bodies));
    if (!encoding) return next(request, response);
    const body = file.bodies[encoding];
    response.writeHead(200, {
      "Content-Type": file.contentType,
      "Content-Encoding": encoding,
      "Content-Length": body.length,
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    });
    response.end(method === "HEAD" ? undefined : body);
  };
}
