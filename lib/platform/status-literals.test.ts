import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ApplicationStatus, ComplaintStatus } from "@/lib/generated/prisma/enums";

/**
 * One home for every status rule (issue 18): which statuses count as open,
 * withdrawable, published… is said in the workflow modules, and everything
 * else asks them (isOpen, APPLICATION_OPEN_STATUSES, COMPLAINT_HANDLING_STATUSES…).
 * A status written out as a string anywhere else is a second copy of a rule,
 * so this test fails on it.
 */
const STATUS_VALUES = [...new Set([...Object.values(ApplicationStatus), ...Object.values(ComplaintStatus)])];

/** Where statuses may be spelled out: the lifecycles themselves. */
const WORKFLOW_MODULES = new Set(["lib/applications/workflow.ts", "lib/complaints/workflow.ts"]);

/** Not code that decides anything: generated client, message catalogs. */
const SKIPPED_DIRECTORIES = ["lib/generated/", "lib/platform/i18n/"];

/** "DRAFT" is also a service's status (ServiceStatus): in these files it is that one. */
const SERVICE_STATUS_FILES = new Set(["lib/catalog/admin-input.ts", "lib/catalog/use-cases/create-service.ts", "lib/dashboard/catalog.ts"]);

const alternatives = STATUS_VALUES.join("|");
/** A status as a quoted string ("X", 'X' in SQL, `X`), or read off the generated enum object (ApplicationStatus.X). */
const STATUS_LITERAL = new RegExp(`(["'\`])(${alternatives})\\1|\\b(?:ApplicationStatus|ComplaintStatus)\\.(${alternatives})\\b`, "g");

/** The literal is an object key (`{ "IN_REVIEW": … }`): a label or style map names every status and decides nothing. */
function isObjectKey(line: string, start: number, end: number): boolean {
  return /(^|[{,])\s*$/.test(line.slice(0, start)) && /^\s*:(?!:)/.test(line.slice(end));
}

/** The status literals on the code lines of one source text (comments are passed over). */
function statusLiteralsIn(source: string): { line: number; status: string; text: string }[] {
  return source.split("\n").flatMap((text, index) => {
    const trimmed = text.trim();
    if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) return [];
    return [...text.matchAll(STATUS_LITERAL)]
      .filter((match) => !isObjectKey(text, match.index, match.index + match[0].length))
      .map((match) => ({ line: index + 1, status: match[2] ?? match[3] ?? "", text: trimmed }));
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("status literals stay in the workflow modules", () => {
  it("finds a comparison and a list, and passes over label maps and comments", () => {
    const found = statusLiteralsIn(
      [
        'if (status === "SUBMITTED") return;',
        "const open = ['ROUTED', 'IN_PROGRESS'];",
        "WHERE \"status\" = 'RECEIVED'",
        "const late = status === ApplicationStatus.APPROVED;",
        'const next = rejected ? "REJECTED" : other;',
        'const labels = { SUBMITTED: "Diajukan", "IN_REVIEW": "Diperiksa", CLOSED: "Selesai" };',
        '// a case in the queue ("SUBMITTED") is claimed, not assigned',
        "const cast = Prisma.sql`'COMPLETED'::\"ApplicationStatus\"`;",
      ].join("\n"),
    );
    expect(found.map(({ line, status }) => `${line}:${status}`)).toEqual([
      "1:SUBMITTED",
      "2:ROUTED",
      "2:IN_PROGRESS",
      "3:RECEIVED",
      "4:APPROVED",
      "5:REJECTED",
      "8:COMPLETED",
    ]);
  });

  it("finds none in app/, components/ and lib/ outside the workflow modules", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(dir))
      .filter((file) => !WORKFLOW_MODULES.has(file) && !SKIPPED_DIRECTORIES.some((skipped) => file.startsWith(skipped)))
      .flatMap((file) =>
        statusLiteralsIn(readFileSync(file, "utf8"))
          .filter(({ status }) => !(status === "DRAFT" && SERVICE_STATUS_FILES.has(file)))
          .map(({ line, text }) => `${file}:${line}: ${text}`),
      );
    // Ask lib/applications/workflow.ts or lib/complaints/workflow.ts instead (add a named set or predicate there if none fits).
    expect(offenders).toEqual([]);
  });
});
