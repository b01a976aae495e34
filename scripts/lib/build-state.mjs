// Whether `.next` holds a production build of the current sources: `npm start`
// and the resilience tests build only when it does not, so `npm test` builds once.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// The scripts the app bundles (proxy.ts and lib/ import the observability helpers) or the build runs (precompression) count too.
const SOURCES = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "scripts/lib/observability.mjs",
  "scripts/lib/request-id.mjs",
  "scripts/lib/precompressed-static.mjs",
];

function newestSourceTime(root, entries) {
  let newest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) if (child !== "generated") visit(path.join(entry, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  entries.forEach((entry) => visit(path.join(root, entry)));
  return newest;
}

export function buildIsStale(root = process.cwd()) {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  return newestSourceTime(root, SOURCES) > statSync(buildId).mtimeMs;
}
