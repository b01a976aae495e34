import { inject } from "vitest";
import { TEST_AUTH_SECRET } from "./secrets";

// Runs before each test file imports the app's modules, which read these lazily.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.TEST_OWNER_DATABASE_URL = inject("ownerDatabaseUrl");
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.DATABASE_POOL_MAX ??= "4";
