import { inject } from "vitest";
import { EMBEDDED_CLIENT_ENV } from "../../scripts/lib/embedded-postgres.mjs";
import { TEST_AUTH_SECRET } from "./secrets";

// Runs before each test file imports the app's modules, which read these lazily.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.TEST_OWNER_DATABASE_URL = inject("ownerDatabaseUrl");
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.DATABASE_POOL_MAX ??= "4";
if (!inject("realServer")) Object.assign(process.env, EMBEDDED_CLIENT_ENV);
// The tests' own portal PKI (issue 22): its PKCS#12 files are encrypted under a password derived from
// TEST_AUTH_SECRET, so they must not share the directory of a dev or e2e server (another AUTH_SECRET).
process.env.PKI_DIR ??= ".data/pki-integration-tests";
