import { uploadDir } from "../fixtures/upload-dir";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sweepOrphanedFiles } from "@/lib/documents/orphans";
import { LocalDiskStorage, newStorageKey } from "@/lib/documents/storage";
import { db } from "@/lib/platform/db";
import { completeDraft, createCitizen } from "../fixtures/applications";
import { PDF_BYTES } from "../fixtures/documents";
import { removeUploadDir } from "../fixtures/upload-dir";

const storage = new LocalDiskStorage(uploadDir);
const fileOf = (key: string) => path.join(uploadDir, ...key.split("/"));
const anHourAgo = new Date(Date.now() - 3600_000);
const age = (file: string) => utimes(file, anHourAgo, anHourAgo);

afterAll(removeUploadDir);

describe("the orphaned file sweep", () => {
  it("removes old files no row names and abandoned partial writes, and keeps everything else", async () => {
    const { id } = await completeDraft(await createCitizen());
    const referenced = await db.document.findFirstOrThrow({ where: { applicationId: id }, select: { storageKey: true } });
    await age(fileOf(referenced.storageKey));

    const oldOrphan = newStorageKey("applications");
    const youngOrphan = newStorageKey("applications");
    await storage.put(oldOrphan, PDF_BYTES, "application/pdf");
    await storage.put(youngOrphan, PDF_BYTES, "application/pdf");
    await age(fileOf(oldOrphan));
    const oldPartial = path.join(path.dirname(fileOf(oldOrphan)), `.${randomUUID()}.${randomUUID()}.tmp`);
    const youngPartial = path.join(path.dirname(fileOf(oldOrphan)), `.${randomUUID()}.${randomUUID()}.tmp`);
    await writeFile(oldPartial, "cut short");
    await writeFile(youngPartial, "still being written");
    await age(oldPartial);

    const summary = await sweepOrphanedFiles(storage, new Date(Date.now() - 60_000));

    expect(summary).toMatchObject({ removed: 1, abandonedWrites: 1 });
    expect(existsSync(fileOf(oldOrphan))).toBe(false);
    expect(existsSync(oldPartial)).toBe(false);
    // A young file may belong to an upload whose transaction has not committed yet.
    expect(existsSync(fileOf(youngOrphan))).toBe(true);
    expect(existsSync(youngPartial)).toBe(true);
    expect(await storage.exists(referenced.storageKey)).toBe(true);
  });
});
