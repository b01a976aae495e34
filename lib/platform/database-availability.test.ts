import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-availability";

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: "connect", errno: -111 });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", socketError("ECONNREFUSED")],
    ["a reset connection", socketError("ECONNRESET")],
    ["pg's cut connection", new Error("Connection terminated unexpectedly")],
    ["an administrator shutdown", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" })],
    ["a server still starting", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["too many connections", Object.assign(new Error("sorry, too many clients already"), { code: "53300" })],
    ["Prisma's unreachable server", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["Prisma's closed connection", Object.assign(new Error("Server has closed the connection."), { code: "P1017" })],
    ["the adapter's error kind", { name: "DriverAdapterError", message: "x", cause: { kind: "ConnectionClosed" } }],
    ["a wrapped cause", new Error("query failed", { cause: socketError("ECONNREFUSED") })],
    [
      "Prisma's raw query failure carrying the adapter's error",
      Object.assign(new Error("Raw query failed."), {
        code: "P2010",
        meta: { driverAdapterError: { message: "x", cause: { kind: "postgres", originalCode: "57P01" } } },
      }),
    ],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a serialization failure", Object.assign(new Error("could not serialize access"), { code: "40001" })],
    ["a syntax error", Object.assign(new Error("syntax error at or near"), { code: "42601" })],
    ["a plain bug", new TypeError("Cannot read properties of undefined")],
    ["nothing", undefined],
    ["a string", "ECONNREFUSED"],
  ])("does not mistake %s for an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
