import "server-only";
import { z } from "zod";

/**
 * Every setting the server reads, validated once at start-up so a
 * misconfiguration fails loudly instead of at the first request that needs it.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  AUTH_SECRET: z.string().min(16),
  /** 32-byte keys, base64; derived from AUTH_SECRET in development when unset. */
  PII_ENCRYPTION_KEY: z.string().optional(),
  PII_BLIND_INDEX_KEY: z.string().optional(),
  PII_KEY_ID: z.string().default("k1"),
  SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(20),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
