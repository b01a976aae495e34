/** A Server-Sent Events stream read frame by frame, with deadlines instead of sleeps. */
export type SseFrame = { event: string; data: string };

export class SseWatcher {
  private readonly frames: SseFrame[] = [];
  private buffer = "";
  private waiters: (() => void)[] = [];
  private ended = false;

  constructor(
    response: Response,
    private readonly abort: AbortController,
  ) {
    if (response.status !== 200 || !response.body) throw new Error(`SSE answered ${response.status}`);
    void this.pump(response.body.getReader());
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>) {
    const decoder = new TextDecoder();
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        this.buffer += decoder.decode(chunk.value, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf("\n\n")) >= 0) {
          const block = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 2);
          const lines = block.split("\n");
          const data = lines.filter((line) => line.startsWith("data: ")).map((line) => line.slice(6));
          if (data.length === 0) continue;
          const event = lines.find((line) => line.startsWith("event: "))?.slice(7) ?? "message";
          this.frames.push({ event, data: data.join("\n") });
        }
        this.notify();
      }
    } catch {
      // aborted by close()
    } finally {
      this.ended = true;
      this.notify();
    }
  }

  private notify() {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }

  /** Resolves with the first frame (seen so far or still to come) matching `predicate`. */
  async next(predicate: (frame: SseFrame) => boolean, timeoutMs: number, what: string): Promise<SseFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(predicate);
      if (found) return found;
      if (this.ended) throw new Error(`SSE stream ended before ${what}; got ${JSON.stringify(this.frames)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close() {
    this.abort.abort();
  }
}

export async function openSse(fetcher: (init: RequestInit) => Promise<Response>): Promise<SseWatcher> {
  const abort = new AbortController();
  const response = await fetcher({ signal: abort.signal, headers: { accept: "text/event-stream" } });
  return new SseWatcher(response, abort);
}
