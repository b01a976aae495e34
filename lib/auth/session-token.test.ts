import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { sessionClaimsFrom, sessionCookieValue } from "./session-token";

const SECRET = "unit-test-secret-0123456789abcdef";
const NAME = "authjs.session-token";

async function token(claims: Record<string, unknown>, { secret = SECRET, salt = NAME, maxAge = 3600 } = {}) {
  return encode({ token: claims, secret, salt, maxAge });
}

const request = (cookie: string, proto = "http") => new Headers({ cookie, "x-forwarded-proto": proto });

describe("sessionClaimsFrom", () => {
  it("reads the claims Auth.js's jwt callback wrote, as auth() would", async () => {
    const value = await token({ sub: "user-1", sv: 3, sid: "session-1" });
    expect(await sessionClaimsFrom(request(`lang=en; ${NAME}=${value}`), { secret: SECRET })).toEqual({
      userId: "user-1",
      sessionVersion: 3,
      sessionId: "session-1",
    });
  });

  it("answers each token with its own claims, however often each is seen", async () => {
    const [a, b] = await Promise.all([token({ sub: "user-a", sv: 0, sid: "s-a" }), token({ sub: "user-b", sv: 1, sid: "s-b" })]);
    for (let i = 0; i < 3; i++) {
      expect((await sessionClaimsFrom(request(`${NAME}=${a}`), { secret: SECRET }))?.userId).toBe("user-a");
      expect((await sessionClaimsFrom(request(`${NAME}=${b}`), { secret: SECRET }))?.userId).toBe("user-b");
    }
  });

  it("is no session without a cookie, with a tampered or foreign one, or under another secret", async () => {
    const value = await token({ sub: "user-1", sv: 0, sid: "s" });
    expect(await sessionClaimsFrom(request("lang=id"), { secret: SECRET })).toBeNull();
    expect(await sessionClaimsFrom(request(`${NAME}=${value.slice(0, -4)}AAAA`), { secret: SECRET })).toBeNull();
    expect(
      await sessionClaimsFrom(request(`${NAME}=${await token({ sub: "x" }, { secret: "another-secret-0123456789abcdef" })}`), { secret: SECRET }),
    ).toBeNull();
    // Read once under the right secret (and kept), it still opens nothing under another.
    expect(await sessionClaimsFrom(request(`${NAME}=${value}`), { secret: SECRET })).not.toBeNull();
    expect(await sessionClaimsFrom(request(`${NAME}=${value}`), { secret: "another-secret-0123456789abcdef" })).toBeNull();
  });

  it("ends with the token's expiry, kept or not", async () => {
    const value = await token({ sub: "user-1", sv: 0, sid: "s" }, { maxAge: 60 });
    expect(await sessionClaimsFrom(request(`${NAME}=${value}`), { secret: SECRET })).not.toBeNull();
    // Past the expiry and Auth.js's 15 s clock tolerance: the kept claims are not used, and decrypting refuses the token.
    vi.setSystemTime(Date.now() + 120_000);
    try {
      expect(await sessionClaimsFrom(request(`${NAME}=${value}`), { secret: SECRET })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("reads the __Secure- cookie over HTTPS, as Auth.js names it there", async () => {
    const secureName = "__Secure-authjs.session-token";
    const value = await token({ sub: "user-1", sv: 0, sid: "s" }, { salt: secureName });
    expect(await sessionClaimsFrom(request(`${secureName}=${value}`, "https"), { secret: SECRET })).toMatchObject({ userId: "user-1" });
    expect(await sessionClaimsFrom(request(`${secureName}=${value}`, "http"), { secret: SECRET })).toBeNull();
  });
});

describe("sessionCookieValue", () => {
  it("joins Auth.js's cookie chunks in order", () => {
    expect(sessionCookieValue(`${NAME}.1=bbb; other=1; ${NAME}.0=aaa`, NAME)).toBe("aaabbb");
    expect(sessionCookieValue(`${NAME}=whole`, NAME)).toBe("whole");
    expect(sessionCookieValue("other=1", NAME)).toBeNull();
  });
});
