import "server-only";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/log";
import type { DocumentStorage } from "./storage";

export type OrphanSweepSummary = { examined: number; removed: number; abandonedWrites: number };

const BATCH = 500;

/**
 * Removes stored files that no row points at. Bytes are always stored before
 * the row that names them is committed (so a row never points at a missing
 * file); a process killed between the two, a transaction that failed and
 * could not clean up, or a delete after commit that failed leaves a file with
 * no row. Only files older than `before` are judged: a younger one may belong
 * to an upload whose transaction has not committed yet.
 *
 * Rows that name files: Document (uploads, complaint attachments) and
 * OutputDocument (signed outputs). A new kind of file must be added here.
 */
export async function sweepOrphanedFiles(storage: DocumentStorage, before: Date): Promise<OrphanSweepSummary> {
  const summary: OrphanSweepSummary = { examined: 0, removed: 0, abandonedWrites: 0 };
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const keys = batch;
    batch = [];
    const [documents, outputs] = await Promise.all([
      db.document.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } }),
      db.outputDocument.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } }),
    ]);
    const referenced = new Set([...documents, ...outputs].map((row) => row.storageKey));
    for (const key of keys) {
      if (referenced.has(key)) continue;
      await storage.delete(key);
      summary.removed += 1;
    }
  };
  for await (const entry of storage.list()) {
    if (entry.modifiedAt >= before) continue;
    summary.examined += 1;
    batch.push(entry.key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  summary.abandonedWrites = await storage.removeAbandonedWrites(before);
  if (summary.removed + summary.abandonedWrites > 0) {
    log.warn({ removed: summary.removed, abandonedWrites: summary.abandonedWrites }, "removed orphaned stored files and abandoned partial writes");
  }
  return summary;
}
