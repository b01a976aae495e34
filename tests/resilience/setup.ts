import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { TEST_AUTH_SECRET } from "../integration/secrets";
import { sql } from "./support/postgres";

// Each test file gets its own copy of the seeded template, before it imports
// the app's modules (they read these settings lazily).
const { port } = inject("cluster");
const database = `resilience_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
await sql(`postgresql://postgres@127.0.0.1:${port}/postgres`, `CREATE DATABASE ${database} TEMPLATE satupintu_template`);
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${port}/${database}`;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.DATABASE_POOL_MAX ??= "4";
