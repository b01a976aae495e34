import { crc32 } from "node:zlib";

/**
 * A minimal streaming ZIP writer: entries are STORED (not compressed) and each
 * is followed by a data descriptor, so a file is copied through as it is read
 * and never held whole in memory: the stream honours backpressure (below). No ZIP64: fine for one person's data (under
 * 4 GiB and 65,535 entries), checked below rather than silently corrupted.
 *
 * Why not a library: the data export only needs to write (never read) a
 * handful of files whose formats (PDF, JPEG, PNG, JSON) are mostly compressed
 * already; ~100 lines of the published format (APPNOTE 4.3) beat a new dependency.
 */
export type ZipEntry = { name: string; data: Uint8Array | ReadableStream<Uint8Array>; modifiedAt?: Date };

const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;
const VERSION = 20;
const MAX_32 = 0xffffffff;

/**
 * The archive as a byte stream that is pulled, never pushed: the next piece
 * (a header, one chunk of an entry's source, a descriptor) is produced only
 * when the consumer asks for more, so a client that stops reading stops the
 * export too, and at most one chunk waits in the stream's queue. Cancelling
 * (the client went away) closes the entry being read.
 */
export function zipStream(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>): ReadableStream<Uint8Array> {
  const pieces = zipPieces(entries);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await pieces.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await pieces.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

async function* zipPieces(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>): AsyncGenerator<Uint8Array, void, undefined> {
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for await (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const { time, date } = dosDateTime(entry.modifiedAt ?? new Date());
    const headerOffset = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES | DATA_DESCRIPTOR, 6);
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    // crc and sizes (14..25) stay zero: they follow in the data descriptor.
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const localHeader = Buffer.concat([local, name]);
    offset += localHeader.length;
    yield localHeader;

    let crc = 0;
    let size = 0;
    for await (const chunk of chunksOf(entry.data)) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      offset += chunk.length;
      yield chunk;
    }
    if (size > MAX_32 || offset > MAX_32) throw new Error("zip too large without ZIP64");

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(size, 8);
    descriptor.writeUInt32LE(size, 12);
    offset += descriptor.length;
    yield descriptor;

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(UTF8_NAMES | DATA_DESCRIPTOR, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(size, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal and external attributes: zero (30..41)
    header.writeUInt32LE(headerOffset, 42);
    central.push(header, name);
    count += 1;
    if (count > 0xffff) throw new Error("too many zip entries without ZIP64");
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([directory, end]);
}

/** An entry's bytes, one chunk per read; stopping early (the archive was cancelled) cancels its source. */
async function* chunksOf(data: Uint8Array | ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (data instanceof Uint8Array) {
    yield data;
    return;
  }
  const reader = data.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
  }
}

/** MS-DOS date and time (local fields, two-second steps), as ZIP stores them; taken in UTC. */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.max(1980, moment.getUTCFullYear());
  return {
    time: (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | Math.floor(moment.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate(),
  };
}
