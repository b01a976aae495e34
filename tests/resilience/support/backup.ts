import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "./ports";
import {
  clusterRoot,
  controlCluster,
  handToServer,
  postgresBinDir,
  runAsServer,
  runServerBinary,
  sql,
  startPrivateCluster,
  type PrivateCluster,
} from "./postgres";
import { waitFor } from "./wait";

/**
 * The procedure of docs/backup-and-restore.md, step by step, on private
 * clusters: WAL archiving on the primary, a base backup with pg_basebackup,
 * and a point-in-time recovery of that backup into a fresh cluster.
 */

export type ArchivingCluster = PrivateCluster & { archiveDir: string };

/** A primary that copies every finished WAL segment into `archiveDir` (archive_command, as in the guide). */
export async function startArchivingCluster(): Promise<ArchivingCluster> {
  const root = await clusterRoot();
  const archiveDir = path.join(root, "wal-archive");
  mkdirSync(archiveDir);
  await handToServer(archiveDir);
  const cluster = await startPrivateCluster(
    {
      wal_level: "replica",
      archive_mode: "on",
      // Never overwrite a segment already archived: a second cluster writing to the same archive by mistake fails loudly.
      archive_command: `'test ! -f ${archiveDir}/%f && cp %p ${archiveDir}/%f'`,
    },
    root,
  );
  return Object.assign(cluster, { archiveDir });
}

/** pg_basebackup in plain format, WAL needed for consistency included (-X stream), checkpoint at once. */
export async function takeBaseBackup(cluster: ArchivingCluster): Promise<string> {
  const target = path.join(cluster.root, "base-backup");
  await runServerBinary(
    "pg_basebackup",
    ["-h", "127.0.0.1", "-p", String(cluster.port), "-U", "postgres", "-D", target, "-X", "stream", "--checkpoint=fast", "--no-sync"],
    cluster.root,
  );
  return target;
}

/** Closes the current WAL segment and waits until the archiver has copied it: everything written so far is in the archive. */
export async function archiveCurrentWal(cluster: ArchivingCluster, database: string): Promise<void> {
  const url = cluster.url(database);
  const { rows } = await sql(url, "SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS segment");
  const segment = rows[0].segment as string;
  await sql(url, "SELECT pg_switch_wal()");
  await waitFor(() => existsSync(path.join(cluster.archiveDir, segment)), { timeoutMs: 20_000, what: `WAL segment ${segment} in the archive` });
}

/**
 * A fresh cluster from the base backup, replaying archived WAL up to
 * `targetTime` (recovery.signal + restore_command + recovery_target_time),
 * then promoted: a primary of its own, as after a real restore.
 */
export async function restoreToTime(backupDir: string, archiveDir: string, targetTime: string): Promise<PrivateCluster> {
  if (!postgresBinDir()) throw new Error("PostgreSQL server binaries not found");
  const root = await clusterRoot();
  const dataDir = path.join(root, "data");
  await runAsServer("cp", ["-a", backupDir, dataDir], root);
  appendFileSync(
    path.join(dataDir, "postgresql.auto.conf"),
    [`restore_command = 'cp ${archiveDir}/%f %p'`, `recovery_target_time = '${targetTime}'`, "recovery_target_action = 'promote'", ""].join("\n"),
  );
  const signal = path.join(dataDir, "recovery.signal");
  writeFileSync(signal, "");
  await handToServer(signal);
  const cluster = controlCluster({ root, port: await freePort("RESILIENCE_PG_PORTS") });
  await cluster.start();
  // pg_ctl returns once connections are accepted, which may be before the target is reached (hot standby).
  await waitFor(async () => (await sql(cluster.url("postgres"), "SELECT NOT pg_is_in_recovery() AS promoted")).rows[0].promoted, {
    timeoutMs: 30_000,
    what: "the restored cluster to reach the recovery target and promote",
  });
  return cluster;
}
