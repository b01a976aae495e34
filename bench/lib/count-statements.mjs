// Preloaded into a benchmark's portal (node --import): keeps every SQL
// statement the pg driver sends, in memory, and on SIGUSR2 writes those kept
// since the last signal to SATUPINTU_BENCH_SQL_LOG (one line each, then `#end`), so
// bench/lib/request-cost.ts can count the statements one page sends. Bench only.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const file = process.env.SATUPINTU_BENCH_SQL_LOG;
if (file) {
  // The same CommonJS module instance the built server loads (pg is one of Next.js's server external packages).
  const pg = createRequire(path.join(process.cwd(), "package.json"))("pg");
  const query = pg.Client.prototype.query;
  let kept = [];
  pg.Client.prototype.query = function countedQuery(config, ...rest) {
    const text = typeof config === "string" ? config : config && config.text;
    if (text) kept.push(text);
    return query.call(this, config, ...rest);
  };
  process.on("SIGUSR2", () => {
    const lines = kept.map((text) => text.replace(/\s+/g, " ").slice(0, 400));
    kept = [];
    // The end marker tells the reader the whole list is written.
    writeFileSync(file, `${lines.map((line) => `${line}\n`).join("")}#end\n`);
  });
}
