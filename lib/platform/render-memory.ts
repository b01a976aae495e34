import "server-only";
import { cache, cacheSignal } from "react";

/**
 * React ends every server render by aborting the render's cache signal with an
 * Error it creates inside a setImmediate callback. Until that Error's stack is
 * read, V8 keeps the stack as frames, and each frame keeps its receiver: here the
 * Immediate, which links to the Immediates run after it and, through Node.js
 * 20's AsyncLocalStorage, to the later renders' stores. So on Node.js 20 every
 * request a process served stayed reachable (bench/signed-in-pages.findings.md,
 * tenth pass). Reading the stack once turns the frames into a string and cuts
 * the chain. Once per render; on Node.js 24 it is harmless.
 */
export const releaseRenderWhenDone = cache((): void => {
  const signal = cacheSignal();
  signal?.addEventListener(
    "abort",
    () => {
      const reason: unknown = signal.reason;
      if (reason instanceof Error) void reason.stack;
    },
    { once: true },
  );
});
