// `npm run keys:rotate`: re-encrypts every stored identity number under PII_KEY_ID.
//
// Rotation, step by step:
//   1. generate a key: openssl rand -base64 32
//   2. move the old one into PII_ENCRYPTION_KEYS ("k1:<old base64>"), set
//      PII_ENCRYPTION_KEY to the new one and PII_KEY_ID to a new id ("k2"),
//      restart the web instances (they now write under k2 and still read k1);
//   3. run this script (safe to stop and run again: it continues where it was);
//   4. once it reports nothing left, remove the old key from PII_ENCRYPTION_KEYS.
// The blind index key (PII_BLIND_INDEX_KEY) is not rotated by this script.
import { piiKeyRing } from "@/lib/identity/nik-vault";
import { rotatePiiKeys } from "@/lib/identity/key-rotation";
import { db } from "@/lib/platform/db";

const ring = piiKeyRing();
console.error(`Re-encrypting under key "${ring.currentId}" (ring: ${[...ring.keys.keys()].join(", ")})`);
const report = await rotatePiiKeys(db, ring, (message) => console.error(message));
console.error(
  `Done: ${report.profiles} profiles and ${report.applications} applications re-encrypted, ${report.skipped} changed meanwhile (run again to finish them).`,
);
await db.$disconnect();
process.exit(report.skipped > 0 ? 2 : 0);
