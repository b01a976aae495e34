import { describe, expect, it } from "vitest";
import { anchorDigest, anchoredHeads, headsFromPublished } from "./audit-anchors";

const A = "a".repeat(64);
const B = "b".repeat(64);

describe("audit anchors", () => {
  it("digests the heads in chain order, so the same heads always give the same digest", () => {
    const heads = anchoredHeads([
      { chain: "platform", id: 9n, hash: A },
      { chain: "agency-1", id: 7n, hash: B },
    ]);
    expect(heads.map((head) => head.chain)).toEqual(["agency-1", "platform"]);
    expect(anchorDigest(heads)).toBe(anchorDigest([...heads].reverse()));
    expect(anchorDigest(heads)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes the digest when any chain's head changes", () => {
    const heads = anchoredHeads([{ chain: "platform", id: 9n, hash: A }]);
    expect(anchorDigest(heads)).not.toBe(anchorDigest([{ ...heads[0]!, hash: B }]));
    expect(anchorDigest(heads)).not.toBe(anchorDigest([{ ...heads[0]!, id: "10" }]));
    expect(anchorDigest(heads)).not.toBe(anchorDigest([{ ...heads[0]!, chain: "agency-1" }]));
  });

  it("reads the published form back, and refuses anything that is not a list of heads", () => {
    expect(headsFromPublished([{ chain: "platform", id: "9", hash: A }])).toEqual([{ chain: "platform", id: 9n, hash: A }]);
    expect(headsFromPublished([{ chain: "platform", id: 9, hash: A }])).toBeNull();
    expect(headsFromPublished([{ chain: "platform", id: "9", hash: "short" }])).toBeNull();
    expect(headsFromPublished({ chain: "platform" })).toBeNull();
  });
});
