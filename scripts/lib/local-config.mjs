// Settings the zero-install start makes up for itself, kept in .data/ so they
// survive restarts (sessions stay valid, encrypted NIKs stay readable).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function localSecret(file = ".data/auth-secret") {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** The environment every project script passes on: AUTH_SECRET filled in for local use. */
export function projectEnv(base = process.env) {
  const env = { ...base };
  env.AUTH_SECRET ||= localSecret();
  return env;
}
