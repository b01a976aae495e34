import { removeUploadDir } from "../fixtures/upload-dir";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createDatabase } from "../../scripts/lib/migrations.mjs";
import { createCitizen, submittedApplication } from "../fixtures/applications";
import { archiveCurrentWal, restoreToTime, startArchivingCluster, takeBaseBackup, type ArchivingCluster } from "./support/backup";
import { postgresBinDir, sql, type PrivateCluster } from "./support/postgres";

/**
 * Issue 24, item 4: the backup procedure of docs/backup-and-restore.md
 * restores. A base backup, then two submissions; the archived WAL replayed up
 * to a moment between them gives a database that holds the first and not the
 * second, and whose audit chain `npm run audit:verify` accepts.
 */
const run = promisify(execFile);
const DATABASE = "satupintu";
const { port: sharedPort } = inject("cluster");

let primary: ArchivingCluster;
let restored: PrivateCluster | undefined;

/** The seeded portal's database, copied onto the archiving primary (a template cannot cross clusters). */
async function loadSeededDatabase(url: string) {
  const bin = postgresBinDir()!;
  const dump = path.join(primary.root, "seeded.dump");
  await run(path.join(bin, "pg_dump"), [
    "-Fc",
    "--no-owner",
    "--no-privileges",
    "-f",
    dump,
    `postgresql://postgres@127.0.0.1:${sharedPort}/satupintu_template`,
  ]);
  await run(path.join(bin, "pg_restore"), ["--no-owner", "--no-privileges", "-d", url, dump]);
}

beforeAll(async () => {
  primary = await startArchivingCluster();
  const url = await createDatabase(primary.url("postgres"), DATABASE);
  await loadSeededDatabase(url);
  // The app's modules read DATABASE_URL on first use, which is after this line: the portal now writes to the primary.
  process.env.DATABASE_URL = url;
});

afterAll(async () => {
  await db.$disconnect();
  await restored?.destroy();
  await primary?.destroy();
  await removeUploadDir();
});

describe("backup and point-in-time recovery", () => {
  it("restores to a moment between two writes, and the restored audit chain verifies", async () => {
    const primaryUrl = primary.url(DATABASE);
    const backup = await takeBaseBackup(primary);

    const first = await submittedApplication(await createCitizen());
    const [head] = (await sql(primaryUrl, `SELECT id::text, hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1`)).rows;
    // The server's own clock, after the first commit and before the second transaction begins.
    const between = (await sql(primaryUrl, "SELECT clock_timestamp()::text AS at")).rows[0].at as string;
    const secondCitizen = await createCitizen();
    const second = await submittedApplication(secondCitizen);
    await archiveCurrentWal(primary, DATABASE);

    restored = await restoreToTime(backup, primary.archiveDir, between);
    const restoredUrl = restored.url(DATABASE);

    const applications = await sql(restoredUrl, `SELECT id, status, "trackingNumber" FROM "Application" WHERE id = ANY($1)`, [[first.id, second.id]]);
    expect(applications.rows).toEqual([{ id: first.id, status: "SUBMITTED", trackingNumber: first.trackingNumber }]);
    const secondUser = await sql(restoredUrl, `SELECT count(*)::int AS n FROM "User" WHERE id = $1`, [secondCitizen.actor.id]);
    expect(secondUser.rows[0].n).toBe(0);
    const audited = await sql(restoredUrl, `SELECT "entityId", count(*)::int AS n FROM "AuditEvent" WHERE "entityId" = ANY($1) GROUP BY "entityId"`, [
      [first.id, second.id],
    ]);
    expect(audited.rows).toEqual([{ entityId: first.id, n: expect.any(Number) }]);

    // The operator's check after a restore: the chain holds and ends where the primary's did at that moment.
    const verify = await run("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/audit-verify.ts"], {
      env: { ...process.env, DATABASE_URL: restoredUrl },
    });
    expect(verify.stdout).toContain(`audit:verify: OK`);
    expect(verify.stdout).toContain(`head ${head.id}:${head.hash}`);
  });
});
