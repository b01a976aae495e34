import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env file: DATABASE_URL comes from the environment
// (scripts/run.mjs sets it to the embedded database when it is unset).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/satupintu" },
});
