// Runs `prisma generate` without Prisma's native schema engine, which cannot be
// downloaded here: the generator never runs the engine, it only needs the
// variable to point at an executable (see ../shared/STACK.md).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
