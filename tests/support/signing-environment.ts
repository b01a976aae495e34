import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Unit tests that render output PDFs sign them (issue 22): the PKI lives in a
 * fresh temporary PKI_DIR and the key passwords derive from a test secret.
 * Call at module level, before anything reads env().
 */
export function prepareSigningTestEnvironment() {
  process.env.AUTH_SECRET ??= "unit-tests-only-secret-0123456789";
  process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:5432/unused";
  process.env.PKI_DIR ??= mkdtempSync(path.join(os.tmpdir(), "satupintu-pki-"));
}
