import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLE_NAMES } from "./env";

/** `NAME=` at the start of a line, commented out ("# NAME=default") or set. */
const documented = new Set(
  [...readFileSync(path.join(import.meta.dirname, "../../.env.example"), "utf8").matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!),
);

describe(".env.example", () => {
  it("documents every variable lib/platform/env.ts reads", () => {
    expect(ENV_VARIABLE_NAMES.length).toBeGreaterThan(30);
    expect(ENV_VARIABLE_NAMES.filter((name) => !documented.has(name))).toEqual([]);
  });
});
