/**
 * A request body read up to a limit. Content-Length can be checked before
 * reading, but a chunked upload has none: counting while reading is the only
 * way to answer 413 to both, and to stop reading (and buffering) at the limit
 * rather than taking 40 MB into memory and failing later with a 500.
 */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`request body over ${limitBytes} bytes`);
  }
}

export async function readBodyWithin(request: Request, limitBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > limitBytes) throw new BodyTooLargeError(limitBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limitBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** A multipart or urlencoded body read within the limit; null when it is not a form at all (a 400, not a 500). */
export async function readFormWithin(request: Request, limitBytes: number): Promise<FormData | null> {
  const body = await readBodyWithin(request, limitBytes);
  try {
    return await new Response(body, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return null;
  }
}
