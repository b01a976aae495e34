import { describe, expect, it } from "vitest";
import { webWorkerCount } from "./web-workers.mjs";

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
