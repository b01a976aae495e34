import { describe, expect, it } from "vitest";
import { BACKCHANNEL_LOGOUT_EVENT, logoutSubject } from "./logout-token";

/** The claims without one of them. */
const without = (claims: Record<string, unknown>, name: string) => Object.fromEntries(Object.entries(claims).filter(([key]) => key !== name));

const valid = { iss: "https://idp.example", aud: "portal", iat: 1_765_000_000, jti: "a1", sub: "warga-1", events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } };

describe("logoutSubject", () => {
  it("names the subject of a logout token", () => {
    expect(logoutSubject(valid)).toBe("warga-1");
  });

  it("refuses an ID token passed off as a logout token: a nonce, or no logout event", () => {
    expect(logoutSubject({ ...valid, nonce: "n-0S6_WzA2Mj" })).toBeNull();
    expect(logoutSubject(without(valid, "events"))).toBeNull();
    expect(logoutSubject({ ...valid, events: { "http://schemas.openid.net/event/other": {} } })).toBeNull();
    expect(logoutSubject({ ...valid, events: { [BACKCHANNEL_LOGOUT_EVENT]: "yes" } })).toBeNull();
  });

  it("refuses a token without an id or a subject (the portal keeps no provider session id to end by)", () => {
    expect(logoutSubject(without(valid, "jti"))).toBeNull();
    expect(logoutSubject(without({ ...valid, sid: "08a5019c" }, "sub"))).toBeNull();
  });
});
