import { describe, expect, it } from "vitest";
import { recentValues } from "./recent-values";

describe("recentValues", () => {
  it("reuses a read within its bound, shares it between concurrent callers, and reads again after", async () => {
    const recent = recentValues<number>(`test-${Math.random()}`, 1_000);
    let reads = 0;
    const read = async () => ++reads;
    const [a, b] = await Promise.all([recent.get("k", read, 10_000), recent.get("k", read, 10_000)]);
    expect([a, b, reads]).toEqual([1, 1, 1]);
    expect(await recent.get("k", read, 10_999)).toBe(1);
    expect(await recent.get("k", read, 11_000)).toBe(2);
    // Another key has its own copy.
    expect(await recent.get("other", read, 11_000)).toBe(3);
  });

  it("does not keep a failed read, and reads again after forget or a clock that went back", async () => {
    const recent = recentValues<string>(`test-${Math.random()}`, 1_000);
    await expect(recent.get("k", () => Promise.reject(new Error("down")), 0)).rejects.toThrow("down");
    expect(await recent.get("k", async () => "up", 1)).toBe("up");
    recent.forget("k");
    expect(await recent.get("k", async () => "again", 2)).toBe("again");
    expect(await recent.get("k", async () => "earlier clock", 1)).toBe("earlier clock");
    recent.forget();
    expect(await recent.get("k", async () => "after forgetting all", 1)).toBe("after forgetting all");
  });

  it("is one store per name across module copies, so a write in one route reaches another's copy", async () => {
    const name = `test-${Math.random()}`;
    const first = recentValues<string>(name, 60_000);
    const second = recentValues<string>(name, 60_000);
    await first.get("k", async () => "old", 0);
    expect(await second.get("k", async () => "unused", 1)).toBe("old");
    second.forget();
    expect(await first.get("k", async () => "new", 2)).toBe("new");
  });
});
