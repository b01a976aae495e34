/**
 * Values read from the database and reused by every request of this process
 * for a bounded time (issue 23): reference data that changes a few times a
 * year, and counts that tolerate seconds of lag. Concurrent requests share one
 * read; a failed read is not kept. Each user names its bound and why it is
 * safe; a write in this process calls `forget` so its own effect shows at once.
 * Keys come from small sets (agencies, regions): nothing here evicts by size.
 */
export type RecentValues<V> = {
  get(key: string, read: () => Promise<V>, now?: number): Promise<V>;
  /** The next `get` of this key (of every key, without one) reads afresh. */
  forget(key?: string): void;
};

type Entry<V> = { value: Promise<V>; readAt: number };

// On globalThis: Next.js bundles a module once per route, and a write in one
// route (an admin page) must reach the copies another route keeps.
const registry = ((globalThis as unknown as { satupintuRecentValues?: Map<string, Map<string, Entry<unknown>>> }).satupintuRecentValues ??= new Map());

export function recentValues<V>(name: string, reuseMs: number): RecentValues<V> {
  let entries = registry.get(name) as Map<string, Entry<V>> | undefined;
  if (!entries) {
    entries = new Map();
    registry.set(name, entries as Map<string, Entry<unknown>>);
  }
  const kept = entries;
  return {
    get(key, read, now = Date.now()) {
      const found = kept.get(key);
      // A clock that went back is not trusted to say the copy is fresh.
      if (found && now - found.readAt < reuseMs && now >= found.readAt) return found.value;
      const entry: Entry<V> = { value: read(), readAt: now };
      kept.set(key, entry);
      entry.value.catch(() => {
        if (kept.get(key) === entry) kept.delete(key);
      });
      return entry.value;
    },
    forget(key) {
      if (key === undefined) kept.clear();
      else kept.delete(key);
    },
  };
}
