import type { IncomingMessage, ServerResponse } from "node:http";

export const FRESH_MS: number;
export const STALE_MS: number;

type Headers = Record<string, string | string[] | number | undefined>;
export type RecordedResponse = { status: number; headers: Headers; body: Buffer; bodyBytes?: number };
type Entry = { status: number; headers: Headers; body: Buffer; storedAt: number; refreshing: boolean };
export type Lookup = { state: "miss" } | { state: "fresh" | "stale" | "refresh"; entry: Entry; age: number };

export function cacheKeyFor(request: Pick<IncomingMessage, "method" | "url" | "headers">): string | null;
export function isStorable(response: { status: number; headers: Headers; bodyBytes: number }): boolean;

export class PageCache {
  constructor(options?: { freshMs?: number; staleMs?: number; maxEntries?: number; now?: () => number });
  readonly entries: Map<string, Entry>;
  lookup(key: string): Lookup;
  finish(key: string, response: RecordedResponse): boolean;
  clear(): void;
}

export function withPageCache(
  cache: PageCache,
  render: (request: IncomingMessage, response: ServerResponse) => unknown,
): (request: IncomingMessage, response: ServerResponse) => unknown;
