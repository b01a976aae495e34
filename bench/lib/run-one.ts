/**
 * Runs one bench module in a process of its own (bench/index.ts spawns it):
 * the app's modules keep process-wide state (one Prisma client, the parsed
 * environment) bound to the first database they see, and each benchmark uses
 * a database of its own. Usage: run-one.ts <bench file> <result json path>.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "../index";

const [file, output] = process.argv.slice(2);
if (!file || !output) throw new Error("usage: run-one.ts <bench file> <result json path>");
const benchModule = (await import(pathToFileURL(path.join(import.meta.dirname, "..", file)).href)) as { run?: () => BenchResult | Promise<BenchResult> };
if (typeof benchModule.run !== "function") throw new Error(`${file} does not export run()`);
const result = await benchModule.run();
writeFileSync(output, JSON.stringify(result));
process.exit(0);
