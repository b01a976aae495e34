import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readBodyWithin, readFormWithin } from "./request-body";

/** A body sent in chunks with no Content-Length, as `Transfer-Encoding: chunked` arrives. */
function chunked(chunks: number, chunkBytes: number): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  const request = new Request("http://localhost/api/x", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("reading a request body within a limit", () => {
  it("refuses a chunked body past the limit as soon as it passes it, without reading the rest", async () => {
    const { request, pulled } = chunked(40, 1024 * 1024);
    await expect(readBodyWithin(request, 21 * 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled()).toBeLessThanOrEqual(23);
  });

  it("refuses a declared Content-Length past the limit before reading", async () => {
    const request = new Request("http://localhost/api/x", { method: "POST", body: "x".repeat(10), headers: { "content-length": "99999999" } });
    await expect(readBodyWithin(request, 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("reads a form within the limit, and answers null for a body that is not one", async () => {
    const form = new FormData();
    form.set("fieldKey", "kk");
    const request = new Request("http://localhost/api/x", { method: "POST", body: form });
    expect((await readFormWithin(request, 1000))?.get("fieldKey")).toBe("kk");
    const broken = new Request("http://localhost/api/x", {
      method: "POST",
      body: "--x\r\nnot a form",
      headers: { "content-type": "multipart/form-data; boundary=y" },
    });
    expect(await readFormWithin(broken, 1000)).toBeNull();
  });
});
