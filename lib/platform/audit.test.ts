import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AUDIT_GENESIS_HASH, auditContentDigest, auditHash } from "./audit";

const at = new Date("2026-12-07T05:00:00.000Z");
const entry = {
  agencyId: "agency-1",
  actorId: "u1",
  actorRole: "OFFICER" as const,
  action: "application.claimed",
  entityType: "Application",
  entityId: "a1",
  data: { b: 1, a: 2 },
};
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("audit hash version 4 (the link the insert trigger computes)", () => {
  it("links the content digest to the predecessor as sha256(prevHash || digest), which the database computes the same way", () => {
    expect(auditHash(AUDIT_GENESIS_HASH, at, entry, 4)).toBe(sha256(AUDIT_GENESIS_HASH + auditContentDigest(at, entry)));
    expect(auditHash("a".repeat(64), at, entry, 4)).not.toBe(auditHash(AUDIT_GENESIS_HASH, at, entry, 4));
  });

  it("covers the chain, the content and the time, whatever the order of the data's keys", () => {
    const digest = auditContentDigest(at, entry);
    expect(auditContentDigest(at, { ...entry, data: { a: 2, b: 1 } })).toBe(digest);
    expect(auditContentDigest(at, { ...entry, agencyId: "agency-2" })).not.toBe(digest);
    expect(auditContentDigest(at, { ...entry, data: { a: 2, b: 2 } })).not.toBe(digest);
    expect(auditContentDigest(new Date(at.getTime() + 1), entry)).not.toBe(digest);
    expect(auditContentDigest(at, { ...entry, userAgent: "curl" })).not.toBe(digest);
  });

  it("differs from version 3's hash of the same entry, so a row's version cannot be changed unnoticed", () => {
    expect(auditHash(AUDIT_GENESIS_HASH, at, entry, 4)).not.toBe(auditHash(AUDIT_GENESIS_HASH, at, entry, 3));
  });
});
