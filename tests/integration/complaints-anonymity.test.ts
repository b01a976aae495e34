import "../fixtures/upload-dir";
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { addInformation } from "@/lib/complaints/use-cases/add-information";
import { trackComplaint } from "@/lib/complaints/use-cases/track-complaint";
import { db } from "@/lib/platform/db";
import { sweepExpiredRateLimits } from "@/lib/platform/rate-limit";
import { unlinkableRateLimitKey } from "@/lib/platform/rate-limit-unlinkable";
import { createCitizen, rejectionOf } from "@/tests/fixtures/applications";
import { file } from "@/tests/fixtures/complaints";

type Hits = Record<string, number>;

/**
 * Every text, JSON and text-array column of every table in the schema, as
 * information_schema lists them: which ones hold `needle`, and how many rows.
 */
async function searchEveryTable(needle: string): Promise<Hits> {
  const columns = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = current_schema()
      AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))
      AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')`;
  expect(columns.length).toBeGreaterThan(50);
  const hits: Hits = {};
  for (const { table, column } of columns) {
    const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${quoted(table)} WHERE ${quoted(column)}::text LIKE '%' || $1 || '%'`,
      needle,
    );
    if (row!.count > 0) hits[`${table}.${column}`] = row!.count;
  }
  return hits;
}

describe("anonymous and whistleblowing filers leave nothing that names them", () => {
  it("filing, following up and adding information as a signed-in citizen with an address adds no row holding the account id or the address", async () => {
    const citizen = await createCitizen();
    const ip = `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    const context = { ip };
    // What already names the account (its own rows) before it files anything.
    const before = await searchEveryTable(citizen.actor.id);
    expect(await searchEveryTable(ip)).toEqual({});

    const anonymous = await file(citizen.actor, { identityMode: "ANONYMOUS" }, context);
    const whistleblowing = await file(citizen.actor, { kind: "WHISTLEBLOWING", identityMode: "ANONYMOUS", category: "corruption" }, context);
    await file(citizen.actor, { kind: "WHISTLEBLOWING", identityMode: "CONFIDENTIAL", category: "corruption", reporterName: "Pelapor" }, context);
    // Follow-up by code from the same address: one wrong secret, then the right one, then more information.
    await rejectionOf(trackComplaint(ANONYMOUS, { code: anonymous.trackingCode, secret: "0000-0000" }, context));
    for (const receipt of [anonymous, whistleblowing]) {
      const tracked = await trackComplaint(ANONYMOUS, { code: receipt.trackingCode, secret: receipt.secret }, context);
      await addInformation({ actor: ANONYMOUS, accessToken: tracked.accessToken }, receipt.id, { text: "Saya datang lagi hari Senin." }, [], context);
    }

    expect({ account: await searchEveryTable(citizen.actor.id), address: await searchEveryTable(ip) }).toEqual({ account: before, address: {} });
  }, 120_000);

  it("counts them under a key that changes every day and cannot be recomputed once the day's salt is swept", async () => {
    const [dayOne, dayTwo] = [new Date("2020-03-01T10:00:00Z"), new Date("2020-03-02T10:00:00Z")];
    const key = await unlinkableRateLimitKey(db, "test:scope", "203.0.113.9", dayOne);
    expect(key).not.toContain("203.0.113.9");
    expect(await unlinkableRateLimitKey(db, "test:scope", "203.0.113.9", dayOne)).toBe(key);
    expect(await unlinkableRateLimitKey(db, "test:scope", "203.0.113.9", dayTwo)).not.toBe(key);
    expect(await unlinkableRateLimitKey(db, "test:other", "203.0.113.9", dayOne)).not.toBe(key);
    await sweepExpiredRateLimits(db, dayTwo);
    expect(await db.rateLimitSalt.count({ where: { day: "2020-03-01" } })).toBe(0);
    expect(await unlinkableRateLimitKey(db, "test:scope", "203.0.113.9", dayOne)).not.toBe(key);
    await db.rateLimitSalt.deleteMany({ where: { day: { lt: "2021-01-01" } } });
  });
});
