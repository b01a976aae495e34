import { createHash } from "node:crypto";

/**
 * SHA-256 of a document's bytes as lowercase hex (Document.sha256): lets an
 * officer or an audit show that the stored file is the one that was uploaded.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
