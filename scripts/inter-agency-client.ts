/**
 * Registers or revokes an institution allowed to call /api/antar-instansi/v1
 * (docs/trusted-documents.md). The institution keeps its Ed25519 private key;
 * the portal stores only the public key, under the client id it signs as (keyid).
 *
 *   npx tsx --conditions=react-server scripts/inter-agency-client.ts add <id> "<name>" <public-key.pem>
 *   npx tsx --conditions=react-server scripts/inter-agency-client.ts revoke <id>
 *
 * Target: DATABASE_URL (required). Make a key pair with `openssl genpkey -algorithm ed25519 -out key.pem`
 * and `openssl pkey -in key.pem -pubout -out public.pem`.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

// The app modules insist on a secret; registering a public key does not depend on its value.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");

async function main(argv: string[]): Promise<number> {
  const [command, id, name, keyFile] = argv;
  const { db } = await import("@/lib/platform/db");
  if (command === "add" && id && name && keyFile && /^[A-Za-z0-9._-]{1,64}$/.test(id)) {
    const publicKeyPem = readFileSync(keyFile, "utf8");
    const { createPublicKey } = await import("node:crypto");
    if (createPublicKey(publicKeyPem).asymmetricKeyType !== "ed25519") throw new Error("The public key must be Ed25519");
    await db.interAgencyClient.upsert({ where: { id }, create: { id, name, publicKeyPem }, update: { name, publicKeyPem, revokedAt: null } });
    console.log(`registered ${id} (${name})`);
    return 0;
  }
  if (command === "revoke" && id) {
    await db.interAgencyClient.update({ where: { id }, data: { revokedAt: new Date() } });
    console.log(`revoked ${id}`);
    return 0;
  }
  console.error('usage: inter-agency-client.ts add <id> "<name>" <public-key.pem> | revoke <id>');
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
