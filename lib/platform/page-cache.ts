/**
 * Empties the in-process page cache of scripts/serve.mjs (README "The
 * portal's own page cache") when a change shows on every public page, such
 * as the portal's name or colours. Other instances' copies are at most 12 s
 * old; nginx's shared cache keeps a page up to 60 s (see docs/adopting.md).
 * Under `next dev` or `next start` there is no such cache and this does nothing.
 */
export function purgePageCache(): void {
  const clear = (globalThis as Record<symbol, unknown>)[Symbol.for("satupintu.pageCache.clear")];
  if (typeof clear === "function") clear();
}
