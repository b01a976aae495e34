import { describe, expect, it } from "vitest";
import { webProcessFlags, webWorkerCount } from "./web-workers.mjs";

describe("SATUPINTU_WEB_WORKERS", () => {
  it("is one web process unless set", () => {
    expect(webWorkerCount(undefined)).toBe(1);
    expect(webWorkerCount(" ")).toBe(1);
    expect(webWorkerCount("2")).toBe(2);
  });

  it("refuses what is not a whole number from 1 to 64, rather than starting a surprise", () => {
    for (const value of ["0", "-1", "1.5", "two", "65"]) expect(() => webWorkerCount(value)).toThrow(/whole number from 1 to 64/);
  });

  it("refuses several processes with in-process realtime, whose events would reach only one process's browsers", () => {
    expect(() => webWorkerCount("2", "inprocess")).toThrow(/SATUPINTU_REALTIME=postgres/);
    expect(webWorkerCount("1", "inprocess")).toBe(1);
  });
});

describe("SATUPINTU_WEB_SEMI_SPACE_MB", () => {
  it("starts web processes with a 64 MB young generation unless set, and with V8's own at 0", () => {
    expect(webProcessFlags(undefined)).toEqual(["--max-semi-space-size=64"]);
    expect(webProcessFlags("128")).toEqual(["--max-semi-space-size=128"]);
    expect(webProcessFlags("0")).toEqual([]);
  });

  it("refuses what is not a whole number of megabytes up to 1024", () => {
    for (const value of ["-1", "1.5", "big", "2048"]) expect(() => webProcessFlags(value)).toThrow(/SATUPINTU_WEB_SEMI_SPACE_MB/);
  });
});
