import type { NextConfig } from "next";
import { precompressStatic } from "./scripts/lib/precompressed-static.mjs";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The test suites build after `npm run typecheck` has checked the same sources; checking them again in the build costs
  // CI half a minute and finds nothing new. Every other build (npm start, deployments) still type-checks.
  typescript: { ignoreBuildErrors: process.env.SATUPINTU_BUILD_TYPECHECK === "off" },
  compiler: {
    // Each browser script and stylesheet gzipped once, as tightly as gzip allows; scripts/serve.mjs serves these bytes.
    runAfterProductionCompile: async ({ distDir }) => {
      await precompressStatic(distDir);
    },
  },
  // prom-client: one copy per process, shared with scripts/serve.mjs's request metrics (scripts/lib/observability.mjs).
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "prom-client"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403 (DESIGN.md §1: a denial is a 403/404 page).
    authInterrupts: true,
    // Forms without JavaScript post their documents with the answers: the
    // per-application upload total (25 MB by default) plus the form itself.
    serverActions: { bodySizeLimit: "30mb" },
    // proxy.ts buffers request bodies; past this it would silently cut an upload short.
    proxyClientMaxBodySize: "30mb",
  },
};

export default nextConfig;
