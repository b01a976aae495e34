import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403 (DESIGN.md §1: a denial is a 403/404 page).
    authInterrupts: true,
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
