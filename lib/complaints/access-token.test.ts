import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ACCESS_TOKEN_TTL_MS, signAccessToken, verifyAccessToken } from "./access-token";

describe("follow-up access tokens", () => {
  const key = randomBytes(32);
  const now = new Date("2026-03-02T03:00:00Z");

  it("grant the complaint they were issued for until they expire", () => {
    const token = signAccessToken(key, "cmp1", now);
    expect(verifyAccessToken(key, token, now)).toBe("cmp1");
    expect(verifyAccessToken(key, token, new Date(now.getTime() + ACCESS_TOKEN_TTL_MS))).toBe("cmp1");
    expect(verifyAccessToken(key, token, new Date(now.getTime() + ACCESS_TOKEN_TTL_MS + 1))).toBeNull();
  });

  it("cannot be forged, moved to another complaint or extended", () => {
    const token = signAccessToken(key, "cmp1", now);
    const [, expires, signature] = token.split(".");
    expect(verifyAccessToken(key, `cmp2.${expires}.${signature}`, now)).toBeNull();
    expect(verifyAccessToken(key, `cmp1.${Number(expires) + 60_000}.${signature}`, now)).toBeNull();
    expect(verifyAccessToken(randomBytes(32), token, now)).toBeNull();
    for (const garbage of [undefined, null, "", "cmp1", "cmp1.1.2", `${token}.x`, "a".repeat(300)]) {
      expect(verifyAccessToken(key, garbage, now)).toBeNull();
    }
  });
});
