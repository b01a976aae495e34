import { z } from "zod";

/*
 * The one module that reads `process.env` (eslint.config.mjs refuses it
 * elsewhere in app/, components/ and lib/). No "server-only" marker: proxy.ts
 * imports lib/platform/security-headers.ts, which asks `runtimeMode()`, and a
 * proxy may not import server-only modules. Nothing here is read until a
 * function below is called, so a client bundle that pulled this file in would
 * still hold no setting.
 */

const nodeEnvSchema = z.enum(["development", "test", "production"]).default("development");
const runtimeModeSchema = z.object({ NODE_ENV: nodeEnvSchema });

/** "1" switches a flag on; any other value (or none) leaves it off, as before the schema existed. */
const flag = z
  .string()
  .optional()
  .transform((value) => value === "1");

/**
 * Every setting the server reads, validated once (on first use, and at start-up
 * by instrumentation.ts) so a misconfiguration fails loudly, naming the
 * variable, instead of at the first request that needs it.
 */
const envSchema = z.object({
  NODE_ENV: nodeEnvSchema,
  DATABASE_URL: z.string().url(),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  /**
   * "on": each connection parses and plans a statement once and reuses it (lib/platform/statement-names.ts).
   * "off" where connections share one server session: the embedded database (set by its starters), or PgBouncer
   * in transaction mode before 1.21 or with max_prepared_statements = 0.
   */
  DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
  /**
   * Streaming read replicas, comma-separated, for reads that may lag a few seconds (public pages, catalog,
   * transparency, open data, Open311 GETs, queue counts; lib/platform/replicas.ts). Unset: everything reads the primary.
   * DATABASE_REPLICA_URL (one URL) is the older name, still read.
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url())),
  DATABASE_REPLICA_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** A replica further behind the primary than this is skipped until it catches up. */
  DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce.number().positive().default(5),
  /** How often each replica's lag and health are measured. */
  DATABASE_REPLICA_CHECK_MS: z.coerce.number().int().positive().default(2000),
  AUTH_SECRET: z.string().min(16),
  /** 32-byte keys, base64; derived from AUTH_SECRET in development when unset. */
  PII_ENCRYPTION_KEY: z.string().optional(),
  PII_BLIND_INDEX_KEY: z.string().optional(),
  /** The id of PII_ENCRYPTION_KEY: new ciphertexts are written under it (lib/identity/nik-vault.ts). */
  PII_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/)
    .default("k1"),
  /** Older keys still readable, "id:base64key,id:base64key": kept until `npm run keys:rotate` has moved everything to PII_KEY_ID. */
  PII_ENCRYPTION_KEYS: z.string().optional(),
  /** 32 bytes, base64: derives each application's tracking secret (derived from AUTH_SECRET in development when unset). */
  TRACKING_SECRET_KEY: z.string().optional(),
  /** Ed25519 private key signing output documents: PKCS#8 PEM or base64 DER (see lib/outputs/signing.ts for the fallbacks). */
  OUTPUT_SIGNING_KEY: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** Stored with each signature; defaults to a fingerprint of the public key. */
  OUTPUT_SIGNING_KEY_ID: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  /** Issue 22: who makes the PAdES signature in output PDFs: "local" (a PKCS#12 per agency under PKI_DIR) or "remote" (a PSrE-style signing service). */
  SIGNER: z.enum(["local", "remote"]).default("local"),
  /** The portal CA, agency and TSA PKCS#12 files (created on first use in the demo); never in the database. */
  PKI_DIR: z.string().min(1).default(".data/pki"),
  /** 32 bytes, base64: derives the PKCS#12 passwords (derived from AUTH_SECRET in development and tests when unset). */
  PKI_PASSPHRASE_KEY: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** SIGNER=remote: the signing service's base URL (POST <url>/sign-hash) and its bearer token. */
  SIGNER_REMOTE_URL: z
    .string()
    .url()
    .optional()
    .transform((v) => v || undefined),
  SIGNER_REMOTE_TOKEN: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  SIGNER_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** An RFC 3161 time-stamping authority (PAdES B-T); unset signs without a timestamp (B-B). */
  TSA_URL: z
    .string()
    .url()
    .optional()
    .transform((v) => v || undefined),
  SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(20),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Admins, supervisors and the integrity unit need a second factor ("required"); "optional" for demos and the e2e suite (docs/identity.md). */
  STAFF_SECOND_FACTOR: z.enum(["required", "optional"]).default("required"),
  /** A staff session ends this many hours after sign-in (citizens' last 7 days), and after this many idle minutes. */
  STAFF_SESSION_HOURS: z.coerce.number().positive().max(168).default(10),
  STAFF_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  /**
   * A session opened through an OpenID Connect provider redeems its refresh token at the provider at the first
   * request this many minutes after the last check; the provider refusing it (account deactivated there) ends
   * the session (docs/identity.md). OIDC_HTTP_TIMEOUT_SECONDS bounds every call to a provider.
   */
  OIDC_RECHECK_MINUTES: z.coerce.number().positive().max(1440).default(5),
  OIDC_HTTP_TIMEOUT_SECONDS: z.coerce.number().int().positive().max(60).default(5),
  /** Email: nodemailer transport URL (smtp://…); unset keeps emails in the EmailOutbox table for admins. */
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  MAIL_FROM: z.string().min(1).default("SatuPintu <no-reply@satupintu.local>"),
  /** Absolute base for links in emails. */
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  /** Live updates: LISTEN/NOTIFY across instances, or an in-process emitter (embedded database, one instance). */
  SATUPINTU_REALTIME: z.enum(["postgres", "inprocess"]).default("postgres"),
  /** The in-process job worker started by instrumentation.ts; "off" for web instances that must not drain jobs. */
  SATUPINTU_WORKER: z.enum(["on", "off"]).default("on"),
  JOB_POLL_MS: z.coerce.number().int().positive().default(2000),
  /** A job's claim lease, renewed while it runs: a killed worker's jobs are taken up again this long after it stopped renewing. */
  JOB_LEASE_SECONDS: z.coerce.number().positive().default(120),
  /** Uploaded documents: local directory (never under public/), or an S3-compatible bucket when S3_BUCKET is set. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  UPLOAD_MAX_APPLICATION_MB: z.coerce.number().positive().default(25),
  /** Stored files no document row points at (a write whose transaction never committed, e.g. the process was killed) are removed once this old. */
  UPLOAD_ORPHAN_GRACE_MINUTES: z.coerce.number().positive().default(60),
  /** How often the job worker looks for such files. */
  UPLOAD_ORPHAN_SWEEP_MINUTES: z.coerce.number().positive().default(60),
  S3_BUCKET: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  S3_ENDPOINT: z
    .union([z.literal(""), z.string().url()])
    .optional()
    .transform((v) => v || undefined),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  S3_SECRET_ACCESS_KEY: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  S3_FORCE_PATH_STYLE: z.stringbool().default(true),
  /** Satisfaction survey (DESIGN.md §6): below this many respondents an IKM is shown with a small-sample warning. */
  SKM_MIN_RESPONDENTS: z.coerce.number().int().min(1).default(30),
  /** How often the portal publishes a signed anchor over every audit chain's head (lib/dashboard/audit-anchors.ts), in hours. */
  AUDIT_ANCHOR_EVERY_HOURS: z.coerce.number().positive().default(24),
  /** How often the job worker brings the transparency dashboard's rollups up to date. */
  DASHBOARD_REFRESH_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(10),
  /** Complaint time limits (DESIGN.md §5): verify and route, then follow up, in working days; dispute window in calendar days. */
  COMPLAINT_VERIFY_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  COMPLAINT_FOLLOW_UP_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  COMPLAINT_DISPUTE_DAYS: z.coerce.number().int().min(1).max(90).default(10),
  /** Fees and payment (issue 20, docs/payments.md). The built-in bank simulator: "on" for the demo and tests, "off" where a real bank connects. */
  PAYMENT_SIMULATOR: z.enum(["on", "off"]).default("on"),
  /** SNAP virtual accounts: the biller's 8-character partnerServiceId (the bank-assigned prefix, left-padded with spaces). */
  SNAP_PARTNER_SERVICE_ID: z.string().length(8).default("   88899"),
  /** The bank's client id (X-CLIENT-KEY / X-PARTNER-ID) the portal accepts. */
  SNAP_CLIENT_ID: z.string().min(1).default("satupintu-bank-simulator"),
  /** The shared secret of the symmetric (HMAC-SHA512) transaction signature, base64 of 32 bytes; derived from AUTH_SECRET outside production. */
  SNAP_CLIENT_SECRET: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** The bank's RSA public key (PEM) for the access-token request's SHA256withRSA signature; unset outside production uses the simulator's key. */
  SNAP_BANK_PUBLIC_KEY: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** QRIS: the National Merchant ID, name and city of the treasury's account. */
  QRIS_MERCHANT_ID: z.string().min(1).max(15).default("ID1026000000001"),
  QRIS_MERCHANT_NAME: z.string().min(1).default("KAS DAERAH HARAPAN JAYA"),
  QRIS_CITY: z.string().min(1).default("HARAPAN JAYA"),
  QRIS_POSTAL_CODE: z.string().min(1).default("10110"),
  /** "1" only behind a proxy that overwrites X-Forwarded-For / X-Real-IP (lib/platform/request-context.ts). */
  TRUST_PROXY: flag,
  /** Bearer token for the Prometheus endpoint /api/metrics; unset, the endpoint answers 404 (docs/operations.md). */
  METRICS_TOKEN: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional()),
  /** The JSON log's threshold (pino levels). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** "1" lets production derive missing keys from AUTH_SECRET (zero-install `npm start`, benches, resilience tests). */
  SATUPINTU_ALLOW_DERIVED_KEYS: flag,
  /** "off": a demo start (`npm start` on an empty database) seeds the catalog and demo accounts only, without a year of history (docs/demo-history.md). */
  SATUPINTU_DEMO_HISTORY: z.enum(["on", "off"]).default("on"),
  /** "on" serves /bench/lantai, the benchmark's floor page (bench/signed-in-pages.bench.ts); off (the default), it is not found. Never in production. */
  SATUPINTU_BENCH_FLOOR: z.enum(["on", "off"]).default("off"),
});

export type Env = z.infer<typeof envSchema>;

/** Every variable the schema reads: .env.example must document each one (env-example.test.ts). */
export const ENV_VARIABLE_NAMES: readonly string[] = Object.keys(envSchema.shape);

let cached: Env | undefined;

/**
 * The validated settings. Read lazily and then cached: tests set variables
 * (DATABASE_URL, UPLOAD_DIR) before their first use, after this module loaded.
 */
export function env(): Env {
  if (!cached) cached = parsed(envSchema, process.env);
  return cached;
}

/**
 * NODE_ENV alone, for code that runs where the rest of the settings need not
 * exist: the proxy's security headers, and their unit tests.
 */
export function runtimeMode(): Env["NODE_ENV"] {
  return parsed(runtimeModeSchema, process.env).NODE_ENV;
}

function parsed<Schema extends z.ZodType>(schema: Schema, source: NodeJS.ProcessEnv): z.infer<Schema> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}
