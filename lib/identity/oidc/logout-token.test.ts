import { describe, expect, it } from "vitest";
import { BACKCHANNEL_LOGOUT_EVENT, logoutTarget } from "./logout-token";

/** The claims without one of them. */
const without = (claims: Record<string, unknown>, name: string) => Object.fromEntries(Object.entries(claims).filter(([key]) => key !== name));

const valid = { iss: "https://idp.example", aud: "portal", iat: 1_765_000_000, jti: "a1", sub: "warga-1", events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } };

describe("logoutTarget", () => {
  it("names the subject, the provider's session, or both", () => {
    expect(logoutTarget(valid)).toEqual({ subject: "warga-1", sid: null });
    expect(logoutTarget({ ...valid, sid: "08a5019c" })).toEqual({ subject: "warga-1", sid: "08a5019c" });
    expect(logoutTarget(without({ ...valid, sid: "08a5019c" }, "sub"))).toEqual({ subject: null, sid: "08a5019c" });
  });

  it("refuses an ID token passed off as a logout token: a nonce, or no logout event", () => {
    expect(logoutTarget({ ...valid, nonce: "n-0S6_WzA2Mj" })).toBeNull();
    expect(logoutTarget(without(valid, "events"))).toBeNull();
    expect(logoutTarget({ ...valid, events: { "http://schemas.openid.net/event/other": {} } })).toBeNull();
    expect(logoutTarget({ ...valid, events: { [BACKCHANNEL_LOGOUT_EVENT]: "yes" } })).toBeNull();
  });

  it("refuses a token without an id, or naming neither a subject nor a usable session", () => {
    expect(logoutTarget(without(valid, "jti"))).toBeNull();
    expect(logoutTarget(without(valid, "sub"))).toBeNull();
    expect(logoutTarget({ ...without(valid, "sub"), sid: "" })).toBeNull();
    expect(logoutTarget({ ...without(valid, "sub"), sid: 42 })).toBeNull();
    expect(logoutTarget({ ...without(valid, "sub"), sid: "x".repeat(256) })).toBeNull();
  });
});
