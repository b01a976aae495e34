import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, HeadBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "@/lib/documents/hash";
import {
  InvalidStorageKeyError,
  LocalDiskStorage,
  newStorageKey,
  S3Storage,
  StorageKeyExistsError,
  storageFromEnv,
  type DocumentStorage,
} from "@/lib/documents/storage";
import { PDF_BYTES } from "@/tests/fixtures/documents";

const SIX_MB = 6 * 1024 * 1024;

async function readStream(stream: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; chunks: number }> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  return { bytes: new Uint8Array(Buffer.concat(parts)), chunks: parts.length };
}

const TRAVERSAL_KEYS = [
  "../escape",
  "../../etc/passwd",
  "/etc/passwd",
  "applications/../../escape",
  "applications/./x",
  "applications//x",
  "applications\\..\\..\\escape",
  "..",
  ".hidden",
  "applications/.x.tmp",
  "",
  "applications/",
  "nul\0byte",
  "%2e%2e/escape",
  "C:/Windows/win.ini",
];

/** The behaviour every store must share, run against each one that is available. */
function storageContract(name: string, makeStorage: () => DocumentStorage) {
  describe(name, () => {
    let storage: DocumentStorage;
    const written: string[] = [];
    const freshKey = () => {
      const key = newStorageKey("test");
      written.push(key);
      return key;
    };

    beforeAll(() => {
      storage = makeStorage();
    });
    afterAll(async () => {
      await Promise.all(written.map((key) => storage.delete(key)));
    });

    it("streams a 6 MB file back byte for byte, in several chunks, as a Response body", async () => {
      const bytes = new Uint8Array(randomBytes(SIX_MB));
      const key = freshKey();
      await storage.put(key, bytes, "application/pdf");

      const first = await storage.get(key);
      expect(first?.size).toBe(SIX_MB);
      const { bytes: read, chunks } = await readStream(first!.body);
      expect(read.length).toBe(SIX_MB);
      expect(sha256Hex(read)).toBe(sha256Hex(bytes));
      expect(chunks).toBeGreaterThan(1);

      const second = await storage.get(key);
      const response = new Response(second!.body, { headers: { "Content-Length": String(second!.size) } });
      expect(sha256Hex(new Uint8Array(await response.arrayBuffer()))).toBe(sha256Hex(bytes));
    });

    it("lets a reader stop early by cancelling the stream", async () => {
      const key = freshKey();
      await storage.put(key, new Uint8Array(randomBytes(SIX_MB)), "image/png");
      const object = await storage.get(key);
      const reader = object!.body.getReader();
      const { value } = await reader.read();
      expect(value?.length).toBeGreaterThan(0);
      await reader.cancel();
      expect(await storage.exists(key)).toBe(true);
    });

    it("refuses to overwrite an existing key and keeps the first content", async () => {
      const key = freshKey();
      await storage.put(key, PDF_BYTES, "application/pdf");
      await expect(storage.put(key, new Uint8Array([1, 2, 3]), "application/pdf")).rejects.toBeInstanceOf(StorageKeyExistsError);
      const { bytes } = await readStream((await storage.get(key))!.body);
      expect(sha256Hex(bytes)).toBe(sha256Hex(PDF_BYTES));
    });

    it("answers missing keys with null / false, and deletes idempotently", async () => {
      const key = freshKey();
      expect(await storage.get(key)).toBeNull();
      expect(await storage.exists(key)).toBe(false);
      await storage.put(key, PDF_BYTES, "application/pdf");
      expect(await storage.exists(key)).toBe(true);
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
      expect(await storage.get(key)).toBeNull();
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it.each(TRAVERSAL_KEYS)("rejects the key %j in every operation", async (key) => {
      await expect(storage.put(key, PDF_BYTES, "application/pdf")).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });
  });
}

describe("newStorageKey", () => {
  it("makes a fresh, dated key that never contains user input", () => {
    const key = newStorageKey("applications", new Date("2026-03-09T23:30:00Z"));
    expect(key).toMatch(/^applications\/2026\/03\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newStorageKey("applications")).not.toBe(newStorageKey("applications"));
  });

  it.each(["../x", "Applications", "a/b", "", "x".repeat(41)])("refuses the prefix %j", (prefix) => {
    expect(() => newStorageKey(prefix)).toThrow(InvalidStorageKeyError);
  });
});

describe("LocalDiskStorage", () => {
  let sandbox: string;
  let root: string;

  beforeAll(async () => {
    sandbox = await mkdtemp(path.join(os.tmpdir(), "satupintu-docs-"));
    // Not created yet: the store must create it, with private permissions.
    root = path.join(sandbox, "uploads");
  });
  afterAll(async () => {
    await rm(sandbox, { recursive: true, force: true });
  });

  storageContract("the shared contract", () => new LocalDiskStorage(root));

  it("makes files 0600 and directories 0700", async () => {
    const storage = new LocalDiskStorage(root);
    const key = newStorageKey("applications");
    await storage.put(key, PDF_BYTES, "application/pdf");
    const mode = async (p: string) => (await stat(p)).mode & 0o777;
    expect(await mode(path.join(root, key))).toBe(0o600);
    let dir = path.dirname(path.join(root, key));
    for (; dir.startsWith(root); dir = path.dirname(dir)) expect(await mode(dir), dir).toBe(0o700);
  });

  it("lets exactly one of several racing puts to one key win, completely, and leaves no temporary files", async () => {
    const storage = new LocalDiskStorage(root);
    const key = newStorageKey("applications");
    const contents = Array.from({ length: 6 }, (_, i) => new Uint8Array(randomBytes(256 * 1024 + i)));
    const results = await Promise.allSettled(contents.map((bytes) => storage.put(key, bytes, "image/jpeg")));

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(StorageKeyExistsError);
    const winner = contents[results.findIndex((r) => r.status === "fulfilled")]!;
    const { bytes } = await readStream((await storage.get(key))!.body);
    expect(sha256Hex(bytes)).toBe(sha256Hex(winner));

    const siblings = await readdir(path.dirname(path.join(root, key)));
    expect(siblings).toContain(path.basename(key));
    expect(siblings.filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("writes nothing outside its root for a traversal key", async () => {
    const storage = new LocalDiskStorage(root);
    await storage.put("../escape", PDF_BYTES, "application/pdf").catch(() => undefined);
    expect(await readdir(sandbox)).toEqual(["uploads"]);
  });

  it("treats a directory as no document", async () => {
    const storage = new LocalDiskStorage(root);
    await storage.put("applications/2026/03/doc", PDF_BYTES, "application/pdf");
    expect(await storage.get("applications/2026")).toBeNull();
    expect(await storage.exists("applications/2026")).toBe(false);
    await storage.delete("applications/2026/03/doc");
  });
});

describe("storageFromEnv", () => {
  const base = {
    UPLOAD_DIR: ".data/uploads",
    S3_BUCKET: undefined,
    S3_ENDPOINT: undefined,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: undefined,
    S3_SECRET_ACCESS_KEY: undefined,
    S3_FORCE_PATH_STYLE: true,
  };

  it("uses the local directory by default, resolved against the working directory", () => {
    const storage = storageFromEnv(base, "/srv/satupintu");
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).rootDir).toBe(path.resolve("/srv/satupintu/.data/uploads"));
  });

  it("uses the bucket when S3_BUCKET is set", () => {
    const storage = storageFromEnv({ ...base, S3_BUCKET: "dokumen", S3_ENDPOINT: "http://127.0.0.1:9000" });
    expect(storage).toBeInstanceOf(S3Storage);
  });

  it("refuses an upload directory the web server would publish", () => {
    expect(() => storageFromEnv({ ...base, UPLOAD_DIR: "public/uploads" }, "/srv/satupintu")).toThrow(/public/);
    expect(() => storageFromEnv({ ...base, UPLOAD_DIR: "/srv/satupintu/public" }, "/srv/satupintu")).toThrow(/public/);
    expect(storageFromEnv({ ...base, UPLOAD_DIR: "/var/lib/satupintu/uploads" }, "/srv/satupintu")).toBeInstanceOf(LocalDiskStorage);
  });

  it("refuses half a set of S3 credentials", () => {
    expect(() => storageFromEnv({ ...base, S3_BUCKET: "dokumen", S3_ACCESS_KEY_ID: "AKIA" })).toThrow(/together/);
  });
});

/*
 * S3Storage is tested only against a real S3-compatible server: a mock would
 * test our idea of S3, not S3. Point S3_TEST_ENDPOINT at one (for example MinIO:
 * `minio server /tmp/minio`, then S3_TEST_ENDPOINT=http://127.0.0.1:9000).
 * Also checked against s3rver (a small S3 implementation on npm), which
 * ignores `If-None-Match`; the sequential overwrite test still passes there.
 */
const s3Endpoint = process.env.S3_TEST_ENDPOINT;
const s3 = {
  bucket: process.env.S3_TEST_BUCKET ?? "satupintu-test",
  endpoint: s3Endpoint,
  region: process.env.S3_TEST_REGION ?? "us-east-1",
  accessKeyId: process.env.S3_TEST_ACCESS_KEY_ID ?? "minioadmin",
  secretAccessKey: process.env.S3_TEST_SECRET_ACCESS_KEY ?? "minioadmin",
  forcePathStyle: true,
};

describe.skipIf(!s3Endpoint)("S3Storage (skipped unless S3_TEST_ENDPOINT names a real S3-compatible server)", () => {
  beforeAll(async () => {
    const client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    try {
      await client.send(new HeadBucketCommand({ Bucket: s3.bucket }));
    } catch {
      await client.send(new CreateBucketCommand({ Bucket: s3.bucket }));
    } finally {
      client.destroy();
    }
  });

  storageContract("the shared contract", () => new S3Storage(s3));
});
