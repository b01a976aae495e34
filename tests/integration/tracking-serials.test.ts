import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { itOnRealServer } from "@/tests/fixtures/real-server";
import { db } from "@/lib/platform/db";
import { nextSerial } from "@/lib/platform/serials";
import { ownerDb } from "@/tests/fixtures/owner-db";

const lastSerial = async (key: string, year: number) =>
  (await db.$queryRaw<{ last: number }[]>`SELECT tracking_serial_last(${key}, ${year}::integer) AS "last"`)[0]!.last;

describe("tracking serials (one sequence per counter and year)", () => {
  it("numbers a new counter 1, 2, 3… without a gap or a repeat when its first callers arrive together", async () => {
    const key = `test:${randomUUID()}`;
    // Twelve transactions at once, the first of them making the sequence: the others wait for its commit and use it.
    const serials = await Promise.all(
      Array.from({ length: 12 }, () =>
        db.$transaction(async (tx) => {
          const serial = await nextSerial(tx, key, 2026);
          await tx.$executeRaw`SELECT pg_sleep(0.02)`;
          return serial;
        }),
      ),
    );
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
    expect(await lastSerial(key, 2026)).toBe(12);
  });

  // Two open transactions need two database sessions: the embedded database has one under every connection.
  itOnRealServer("does not make a waiting transaction wait: a number is taken while another transaction holding one is still open", async () => {
    const key = `test:${randomUUID()}`;
    await db.$transaction((tx) => nextSerial(tx, key, 2026));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let taken!: () => void;
    const holderHasNumber = new Promise<void>((resolve) => (taken = resolve));
    const holder = db.$transaction(async (tx) => {
      const serial = await nextSerial(tx, key, 2026);
      taken();
      await held;
      return serial;
    });
    // The second caller starts only once the holder has its number and is still open, so the order is known.
    await holderHasNumber;
    // With a counter row this call would wait for the holder's commit, and the test would time out.
    const second = await db.$transaction((tx) => nextSerial(tx, key, 2026));
    release();
    expect([await holder, second]).toEqual([2, 3]);
  });

  it("counts each year apart, and continues after numbers loaded around the portal", async () => {
    const key = `test:${randomUUID()}`;
    await ownerDb().$executeRaw`SELECT tracking_serial_advance(${key}, 2025::integer, 41)`;
    expect(await db.$transaction((tx) => nextSerial(tx, key, 2025))).toBe(42);
    expect(await db.$transaction((tx) => nextSerial(tx, key, 2026))).toBe(1);
    // Advancing to a number already passed changes nothing.
    await ownerDb().$executeRaw`SELECT tracking_serial_advance(${key}, 2025::integer, 10)`;
    expect(await db.$transaction((tx) => nextSerial(tx, key, 2025))).toBe(43);
  });

  // The portal's own role exists on a real server only (on the embedded database every test connects as its owner).
  const asPortalRole = itOnRealServer;

  asPortalRole("lets the portal's own role take numbers, though it may not create sequences itself", async () => {
    const [privilege] = await db.$queryRaw<{ mayCreate: boolean }[]>`SELECT has_schema_privilege('public', 'CREATE') AS "mayCreate"`;
    expect(privilege?.mayCreate).toBe(false);
    expect(await db.$transaction((tx) => nextSerial(tx, `test:${randomUUID()}`, 2026))).toBe(1);
  });

  asPortalRole("does not let the portal's role move a series itself: no setval back to hand a number out twice, no nextval to skip", async () => {
    const key = `test:${randomUUID()}`;
    expect(await db.$transaction((tx) => nextSerial(tx, key, 2026))).toBe(1);
    const [named] = await db.$queryRaw<{ name: string }[]>`SELECT tracking_serial_sequence(${key}, 2026::integer) AS "name"`;
    const sequence = `"${named!.name}"`;
    await expect(db.$queryRawUnsafe(`SELECT setval('${sequence}', 1, false)`)).rejects.toThrow(/permission denied/);
    await expect(db.$queryRawUnsafe(`SELECT nextval('${sequence}')`)).rejects.toThrow(/permission denied/);
    expect(await db.$transaction((tx) => nextSerial(tx, key, 2026))).toBe(2);
  });

  asPortalRole("takes back a grant on a series made before, as the grant script does after granting every sequence", async () => {
    const key = `test:${randomUUID()}`;
    expect(await db.$transaction((tx) => nextSerial(tx, key, 2026))).toBe(1);
    const [named] = await db.$queryRaw<{ name: string }[]>`SELECT tracking_serial_sequence(${key}, 2026::integer) AS "name"`;
    const sequence = `"${named!.name}"`;
    // What scripts/lib/app-role.mjs's blanket GRANT … ON ALL SEQUENCES gives the portal's role, then takes back.
    const [portal] = await db.$queryRaw<{ role: string }[]>`SELECT quote_ident(current_user) AS "role"`;
    await ownerDb().$executeRawUnsafe(`GRANT USAGE, SELECT, UPDATE ON SEQUENCE ${sequence} TO ${portal!.role}`);
    expect(await db.$queryRawUnsafe(`SELECT setval('${sequence}', 1, true)`)).toBeTruthy();
    await ownerDb().$executeRaw`SELECT tracking_serial_revoke_all_grants()`;
    await expect(db.$queryRawUnsafe(`SELECT setval('${sequence}', 1, false)`)).rejects.toThrow(/permission denied/);
    expect(await db.$transaction((tx) => nextSerial(tx, key, 2026))).toBe(2);
  });
});
