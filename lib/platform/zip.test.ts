import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { zipStream } from "./zip";

async function zipToFile(entries: Parameters<typeof zipStream>[0]) {
  const bytes = new Uint8Array(await new Response(zipStream(entries)).arrayBuffer());
  const dir = mkdtempSync(path.join(tmpdir(), "zip-test-"));
  const file = path.join(dir, "out.zip");
  writeFileSync(file, bytes);
  return { dir, file, bytes };
}

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

// Info-ZIP's unzip (a Debian package here) is the independent reader: it checks every CRC and size.
describe("zipStream", () => {
  it("writes an archive unzip accepts, with bytes, streams and UTF-8 names intact", async () => {
    const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    const { dir, file, bytes } = await zipToFile([
      { name: "data.json", data: new TextEncoder().encode('{"nama":"Siti"}') },
      { name: "dokumen/kartu keluarga ñ.pdf", data: streamOf("%PDF-1.4\n", "isi\n") },
      { name: "biner.bin", data: binary },
    ]);
    expect(execFileSync("unzip", ["-tq", file]).toString()).toMatch(/No errors detected/);
    execFileSync("unzip", ["-q", file, "-d", path.join(dir, "x")]);
    expect(readFileSync(path.join(dir, "x/data.json"), "utf8")).toBe('{"nama":"Siti"}');
    // This unzip build does not decode UTF-8 names, so the name is checked in the bytes (flag bit 11 set on every header).
    expect(execFileSync("unzip", ["-p", file, "dokumen/*"]).toString()).toBe("%PDF-1.4\nisi\n");
    expect(Buffer.from(bytes).includes(Buffer.from("dokumen/kartu keluarga ñ.pdf", "utf8"))).toBe(true);
    expect(Buffer.from(bytes).readUInt16LE(6) & 0x0800).toBe(0x0800);
    expect(new Uint8Array(readFileSync(path.join(dir, "x/biner.bin")))).toEqual(binary);
  });

  it("writes a valid empty archive", async () => {
    const { bytes } = await zipToFile([]);
    expect(bytes.length).toBe(22);
    expect(Buffer.from(bytes).readUInt32LE(0)).toBe(0x06054b50);
  });

  it("fails the stream when an entry's source fails, rather than ending a truncated archive", async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error("disk gone")) });
    await expect(new Response(zipStream([{ name: "a", data: broken }])).arrayBuffer()).rejects.toThrow();
  });

  it("pulls the export only as fast as the client reads: a client that reads one chunk and stalls holds the rest back", async () => {
    const MB = 1024 * 1024;
    let entriesStarted = 0;
    let chunksRead = 0;
    let sourceCancelled = false;
    // 40 files of 5 MB each (200 MB), produced on demand like files read from storage.
    async function* exportEntries() {
      for (let index = 0; index < 40; index++) {
        entriesStarted += 1;
        let left = 5;
        yield {
          name: `dokumen-${index}.bin`,
          data: new ReadableStream<Uint8Array>(
            {
              pull(controller) {
                chunksRead += 1;
                if (left-- === 0) controller.close();
                else controller.enqueue(new Uint8Array(MB));
              },
              cancel() {
                sourceCancelled = true;
              },
            },
            { highWaterMark: 0 },
          ),
        };
      }
    }
    const reader = zipStream(exportEntries()).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(entriesStarted).toBe(1);
    expect(chunksRead).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(sourceCancelled).toBe(true);
  });
});
