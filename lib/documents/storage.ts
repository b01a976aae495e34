import "server-only";
import { randomUUID } from "node:crypto";
import { link, mkdir, open, readdir, stat, unlink, type FileHandle } from "node:fs/promises";
import path from "node:path";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { env, type Env } from "@/lib/platform/env";

/**
 * Where uploaded documents' bytes live. Nothing here checks access: a caller
 * reaches a key only through a Document row it was allowed to read, and the
 * content type it serves is Document.mimeType (sniffed at upload), not
 * whatever the store says.
 */

/**
 * A stored file, as a web stream so a route handler can answer with
 * `new Response(body, { headers: { "Content-Length": String(size) } })`
 * without holding the file in memory. The caller must read the body to the
 * end or cancel it; either releases the file handle or connection.
 */
export type StoredObject = { body: ReadableStream<Uint8Array>; size: number };

export interface DocumentStorage {
  /** Writes all or nothing; refuses a key that already exists (StorageKeyExistsError). */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no such object. */
  get(key: string): Promise<StoredObject | null>;
  /** Idempotent: deleting a missing key succeeds. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every stored object with when it was written, for the orphan sweep (lib/documents/orphans.ts). */
  list(): AsyncIterable<StoredEntry>;
  /** Removes what writes cut short (a killed process) left behind before `before`; returns how many. */
  removeAbandonedWrites(before: Date): Promise<number>;
}

export type StoredEntry = { key: string; modifiedAt: Date };

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid storage key: ${JSON.stringify(key.slice(0, 200))}`);
    this.name = "InvalidStorageKeyError";
  }
}

/**
 * Keys are fresh UUIDs, so a clash means a bug (or a replayed write); refusing
 * it keeps a document someone already relies on from being replaced underneath.
 */
export class StorageKeyExistsError extends Error {
  constructor(key: string) {
    super(`Storage key already exists: ${key}`);
    this.name = "StorageKeyExistsError";
  }
}

// Segments may not start with a dot: that rules out "." and "..", and keeps
// the local store's temporary files (".name.uuid.tmp") outside the key space.
const KEY_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;

/** Throws InvalidStorageKeyError unless the key is relative, slash-separated and free of traversal. */
export function assertStorageKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !key.split("/").every((s) => KEY_SEGMENT.test(s))) {
    throw new InvalidStorageKeyError(key);
  }
}

/**
 * A new key such as `applications/2026/03/4b0c…`: never derived from anything
 * the user sent. The year/month folders keep local directories small and make
 * retention sweeps by age cheap.
 */
export function newStorageKey(prefix: string, now: Date = new Date()): string {
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(prefix)) throw new InvalidStorageKeyError(prefix);
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${prefix}/${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

const isErrno = (error: unknown, code: string) => error instanceof Error && (error as NodeJS.ErrnoException).code === code;

const CHUNK_BYTES = 64 * 1024;

/** A pull-based stream: each read waits for the consumer, so a slow client never buffers the file. */
function streamFile(handle: FileHandle): ReadableStream<Uint8Array> {
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const buffer = new Uint8Array(CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead === 0) {
          await close();
          controller.close();
        } else {
          controller.enqueue(buffer.subarray(0, bytesRead));
        }
      } catch (error) {
        await close().catch(() => undefined);
        controller.error(error);
      }
    },
    cancel: () => close(),
  });
}

/** Makes a rename or link survive a crash; some platforms cannot open a directory, which only costs durability. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Files on the server's disk, outside the web root. Directories are 0700 and
 * files 0600: only the server's own user can read a citizen's documents.
 *
 * A put writes a temporary file in the target's directory, flushes it, then
 * hard-links it to the key. link(2) fails when the target exists, so the key
 * appears complete or not at all, and of two racing puts exactly one wins and
 * the other gets StorageKeyExistsError (rename(2) would silently overwrite).
 */
export class LocalDiskStorage implements DocumentStorage {
  readonly rootDir: string;

  constructor(rootDir: string) {
    this.rootDir = path.resolve(rootDir);
  }

  private pathFor(key: string): string {
    assertStorageKey(key);
    const full = path.resolve(this.rootDir, ...key.split("/"));
    // Defence in depth: the key rules already exclude any way out of the root.
    if (!full.startsWith(this.rootDir + path.sep)) throw new InvalidStorageKeyError(key);
    return full;
  }

  /** The content type is not kept on disk: Document.mimeType is the one served. */
  put(key: string, bytes: Uint8Array, contentType?: string): Promise<void>;
  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathFor(key);
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const temp = path.join(dir, `.${path.basename(target)}.${randomUUID()}.tmp`);
    const handle = await open(temp, "wx", 0o600);
    try {
      try {
        // open() applies the process umask to its mode; set the mode outright.
        await handle.chmod(0o600);
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await link(temp, target).catch((error: unknown) => {
        throw isErrno(error, "EEXIST") ? new StorageKeyExistsError(key) : error;
      });
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    await syncDirectory(dir);
  }

  async get(key: string): Promise<StoredObject | null> {
    let handle: FileHandle;
    try {
      handle = await open(this.pathFor(key), "r");
    } catch (error) {
      if (isErrno(error, "ENOENT") || isErrno(error, "ENOTDIR")) return null;
      throw error;
    }
    const info = await handle.stat().catch(async (error: unknown) => {
      await handle.close();
      throw error;
    });
    if (!info.isFile()) {
      await handle.close();
      return null;
    }
    return { body: streamFile(handle), size: info.size };
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathFor(key)).catch((error: unknown) => {
      if (!isErrno(error, "ENOENT")) throw error;
    });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathFor(key))).isFile();
    } catch (error) {
      if (isErrno(error, "ENOENT") || isErrno(error, "ENOTDIR")) return false;
      throw error;
    }
  }

  /** Files under the root, keys and leftover temporary files alike, with their paths relative to the root. */
  private async *files(): AsyncIterable<{ relative: string; full: string; modifiedAt: Date }> {
    const entries = await readdir(this.rootDir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
      if (isErrno(error, "ENOENT")) return [];
      throw error;
    });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      const info = await stat(full).catch(() => null);
      if (info) yield { relative: path.relative(this.rootDir, full).split(path.sep).join("/"), full, modifiedAt: info.mtime };
    }
  }

  async *list(): AsyncIterable<StoredEntry> {
    for await (const file of this.files()) {
      try {
        assertStorageKey(file.relative);
      } catch {
        continue; // a temporary file, or something that is not ours
      }
      yield { key: file.relative, modifiedAt: file.modifiedAt };
    }
  }

  /** Temporary files of puts that never reached link(2)/unlink(2): the process died mid-write. */
  async removeAbandonedWrites(before: Date): Promise<number> {
    let removed = 0;
    for await (const file of this.files()) {
      const name = path.basename(file.relative);
      if (!(name.startsWith(".") && name.endsWith(".tmp")) || file.modifiedAt >= before) continue;
      await unlink(file.full).catch(() => undefined);
      removed += 1;
    }
    return removed;
  }
}

export type S3StorageConfig = {
  bucket: string;
  /** Unset for AWS itself; the server's URL for MinIO, Ceph, R2, etc. */
  endpoint?: string;
  region: string;
  /** Both or neither; neither uses the SDK's default credential chain (instance role, AWS_* env). */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
};

const httpStatus = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);

/**
 * An S3-compatible bucket. The bucket must not be public: objects are read
 * only through the application, after its access check.
 *
 * An existing key is refused like on disk: a put first asks whether the key
 * exists (some S3-compatible servers ignore conditional writes), then writes
 * with `If-None-Match: *`, which closes the race between the two where the
 * server honours it (AWS S3, MinIO since late 2024). Elsewhere two racing puts
 * to one key end with the later one, written atomically; with fresh UUID keys
 * that race only arises from a bug.
 */
export class S3Storage implements DocumentStorage {
  readonly bucket: string;
  private readonly client: S3Client;

  constructor(config: S3StorageConfig) {
    const { accessKeyId, secretAccessKey } = config;
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
      throw new Error("Set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together, or neither to use the default AWS credentials");
    }
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // The SDK's default extra checksums are not understood by every
      // S3-compatible server; send them only where the API requires them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    if (await this.exists(key)) throw new StorageKeyExistsError(key);
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentLength: bytes.length,
          ContentType: contentType,
          IfNoneMatch: "*",
        }),
      );
    } catch (error) {
      if (httpStatus(error) === 412) throw new StorageKeyExistsError(key);
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    assertStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body || object.ContentLength === undefined) throw new Error(`S3 returned no body or length for ${key}`);
      return { body: object.Body.transformToWebStream(), size: object.ContentLength };
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      throw error;
    }
  }

  async *list(): AsyncIterable<StoredEntry> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified) yield { key: object.Key, modifiedAt: object.LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** A single PUT is atomic: an interrupted one leaves nothing behind. */
  async removeAbandonedWrites(): Promise<number> {
    return 0;
  }
}

type StorageEnv = Pick<Env, "UPLOAD_DIR" | "S3_BUCKET" | "S3_ENDPOINT" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE">;

/** The store the settings name: the S3 bucket when S3_BUCKET is set, else the local directory. */
export function storageFromEnv(settings: StorageEnv, cwd: string = process.cwd()): DocumentStorage {
  if (settings.S3_BUCKET) {
    return new S3Storage({
      bucket: settings.S3_BUCKET,
      endpoint: settings.S3_ENDPOINT,
      region: settings.S3_REGION,
      accessKeyId: settings.S3_ACCESS_KEY_ID,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    });
  }
  const root = path.resolve(cwd, settings.UPLOAD_DIR);
  // Next.js serves public/ to anyone; documents there would skip the access check.
  const fromPublic = path.relative(path.join(cwd, "public"), root);
  const outside = fromPublic === ".." || fromPublic.startsWith(`..${path.sep}`) || path.isAbsolute(fromPublic);
  if (!outside) {
    throw new Error(`UPLOAD_DIR must not be inside public/ (got ${settings.UPLOAD_DIR})`);
  }
  return new LocalDiskStorage(root);
}

let configured: DocumentStorage | undefined;

/** The application's document store, built from the environment on first use. */
export function documentStorage(): DocumentStorage {
  configured ??= storageFromEnv(env());
  return configured;
}
