import { describe, expect, it } from "vitest";
import {
  challengeExpiry,
  challengeLive,
  challengeOfResponse,
  CHALLENGE_TTL_MS,
  counterAdvances,
  parseCeremonyResponse,
  passkeyNameSchema,
  relyingParty,
} from "./rules";

const clientData = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const CHALLENGE = "q3vZ0mR1x6hTgA8s9KpL2w";

describe("the relying party", () => {
  it("is the portal's public address: its host name the RP ID, its origin the only origin", () => {
    expect(relyingParty("https://layanan.harapanjaya.go.id/")).toEqual({
      rpID: "layanan.harapanjaya.go.id",
      origin: "https://layanan.harapanjaya.go.id",
      rpName: "SatuPintu",
    });
    expect(relyingParty("http://localhost:3206")).toMatchObject({ rpID: "localhost", origin: "http://localhost:3206" });
  });
});

describe("challenges", () => {
  it("live five minutes and not a moment longer", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    const expiresAt = challengeExpiry(now);
    expect(expiresAt.getTime() - now.getTime()).toBe(CHALLENGE_TTL_MS);
    expect(challengeLive(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(true);
    expect(challengeLive(expiresAt, expiresAt)).toBe(false);
  });

  it("are read from the answer's client data, and nothing else passes for one", () => {
    expect(challengeOfResponse(clientData({ type: "webauthn.get", challenge: CHALLENGE, origin: "http://localhost" }))).toBe(CHALLENGE);
    expect(challengeOfResponse(clientData({ type: "webauthn.get" }))).toBeNull();
    expect(challengeOfResponse(clientData({ challenge: "short" }))).toBeNull();
    expect(challengeOfResponse(clientData({ challenge: "not base64url!!!!!!!!" }))).toBeNull();
    expect(challengeOfResponse("not-json")).toBeNull();
    expect(challengeOfResponse(42)).toBeNull();
  });
});

describe("the signature counter", () => {
  it("must move forward; an authenticator that never counts (0 and 0) passes", () => {
    expect(counterAdvances(0n, 1)).toBe(true);
    expect(counterAdvances(5n, 6)).toBe(true);
    expect(counterAdvances(0n, 0)).toBe(true);
  });

  it("refuses a count that stands still or goes back: a replayed or cloned assertion", () => {
    expect(counterAdvances(5n, 5)).toBe(false);
    expect(counterAdvances(5n, 4)).toBe(false);
    expect(counterAdvances(5n, 0)).toBe(false);
  });
});

describe("what the browser posts", () => {
  it("is an object with an id and a response, or nothing", () => {
    expect(parseCeremonyResponse(JSON.stringify({ id: "abc", response: {} }))).toEqual({ id: "abc", response: {} });
    expect(parseCeremonyResponse(JSON.stringify({ id: "abc" }))).toBeNull();
    expect(parseCeremonyResponse("[]")).toBeNull();
    expect(parseCeremonyResponse("{")).toBeNull();
    expect(parseCeremonyResponse("x".repeat(20_000))).toBeNull();
    expect(parseCeremonyResponse(undefined)).toBeNull();
  });

  it("names a passkey with 1 to 60 characters", () => {
    expect(passkeyNameSchema.parse("  Laptop kantor ")).toBe("Laptop kantor");
    expect(passkeyNameSchema.safeParse("   ").success).toBe(false);
    expect(passkeyNameSchema.safeParse("x".repeat(61)).success).toBe(false);
  });
});
