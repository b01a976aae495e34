import { describe, expect, it } from "vitest";
import { statementNamer } from "./statement-names";

describe("statement names", () => {
  it("gives the same text the same name every time, and different texts different names", () => {
    const name = statementNamer();
    const session = name({ sql: 'SELECT "id" FROM "User" WHERE "id" = $1' });
    const count = name({ sql: 'SELECT count(*) FROM "Notification" WHERE "userId" = $1' });
    expect(session).toBeTruthy();
    expect(count).toBeTruthy();
    expect(count).not.toBe(session);
    expect(name({ sql: 'SELECT "id" FROM "User" WHERE "id" = $1' })).toBe(session);
  });

  it("stops naming new texts at its limit, and keeps the names it gave", () => {
    const name = statementNamer(2);
    const first = name({ sql: "SELECT 1" });
    const second = name({ sql: "SELECT 2" });
    expect(name({ sql: "SELECT 3" })).toBeUndefined();
    expect(name({ sql: "SELECT 1" })).toBe(first);
    expect(name({ sql: "SELECT 2" })).toBe(second);
  });

  it("keeps every name within PostgreSQL's 63-byte identifier limit", () => {
    const name = statementNamer(1000);
    for (let i = 0; i < 1000; i++) expect(Buffer.byteLength(name({ sql: `SELECT ${i}` })!)).toBeLessThanOrEqual(63);
  });
});
