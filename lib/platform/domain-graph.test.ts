import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * LAYERING (README's architecture map). Domains in lib/ import each other in one direction; a cycle
 * between two domains means a rule has no single home. Lowest first, each may import only from lower
 * rows or its own:
 *
 *   platform                     db, env, errors, audit chain, jobs, rate limits, realtime, i18n (LocalizedText)
 *   auth                         actor, policy, one-time links, the role staff act in and their case-view record
 *   sla, notifications           working-day calendar and clocks; in-app notices and email
 *   identity                     accounts, NIK, profile and its bindings, phone numbers, sessions, recovery
 *   catalog                      services, standards, form definitions and the form compiler (form-schema.ts)
 *   documents, surveys           uploads and storage; SKM and the IKM
 *   applications                 the application case: workflow, readiness, tracking, queue
 *   outputs, privacy             signed outputs; export, erasure, "who viewed my data"
 *   complaints                   the complaint case: workflow, identity rules, tracking, SLA phases, queue
 *   dashboard                    every published figure and open data, complaint statistics included
 *   staff                        staff accounts and their agency access
 *
 * The request layer sits above every domain, like app/: "use server" actions, page helpers and the
 * modules that read the request (next/headers, next/navigation, Auth.js in lib/auth/next-auth.ts),
 * and whatever imports them. They live beside their domain and may import any domain; the cycle check
 * leaves them out. A file that imports one joins them, which a use case may not: it takes the actor and
 * the client address as arguments.
 * A lower domain that needs work from a higher one asks by job queue name (lib/platform/jobs.ts):
 * surveys request the dashboard's refresh with requestJobSoon without importing lib/dashboard.
 */

const repoRoot = path.join(import.meta.dirname, "..", "..");
const libRoot = path.join(repoRoot, "lib");
const notDomains = new Set(["generated"]);
/** Framework modules that only work inside a request: whatever imports them belongs to the request layer. */
const REQUEST_MODULES = /^(next\/headers|next\/navigation|next-auth)(\/|$)/;

type SourceFile = { file: string; domain: string; specifiers: string[] };
type ImportEdges = Map<string, Map<string, string[]>>;

function readSources(): SourceFile[] {
  const domains = readdirSync(libRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !notDomains.has(entry.name));
  return domains.flatMap((domain) =>
    readdirSync(path.join(libRoot, domain.name), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      .map((entry) => {
        const absolute = path.join(entry.parentPath, entry.name);
        const source = readFileSync(absolute, "utf8");
        return { file: path.relative(repoRoot, absolute), domain: domain.name, specifiers: [...source.matchAll(specifierPattern)].map((match) => match[1]!) };
      }),
  );
}

// Static imports, re-exports, side-effect imports and dynamic import() calls.
const specifierPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** The lib/ file a specifier names (repo-relative), or undefined for a package. */
function resolveInLib(specifier: string, importingFile: string): string | undefined {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.join(path.dirname(importingFile), specifier);
  else return undefined;
  if (!target.startsWith("lib/")) return undefined;
  const candidates = [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`];
  return candidates.find((candidate) => /\.tsx?$/.test(candidate) && existsSync(path.join(repoRoot, candidate))) ?? `${target}.ts`;
}

const isUseServer = (file: string) => /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(readFileSync(path.join(repoRoot, file), "utf8"));

/** Files that read the request, and every file that imports one of them. */
function requestLayer(sources: SourceFile[]): Set<string> {
  const layer = new Set(
    sources.filter((source) => isUseServer(source.file) || source.specifiers.some((specifier) => REQUEST_MODULES.test(specifier))).map((source) => source.file),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const source of sources) {
      if (layer.has(source.file)) continue;
      if (source.specifiers.some((specifier) => layer.has(resolveInLib(specifier, source.file) ?? ""))) {
        layer.add(source.file);
        grew = true;
      }
    }
  }
  return layer;
}

function domainEdges(sources: SourceFile[], excluded: Set<string>): ImportEdges {
  const edges: ImportEdges = new Map();
  for (const source of sources) {
    const targets = edges.get(source.domain) ?? new Map<string, string[]>();
    edges.set(source.domain, targets);
    if (excluded.has(source.file)) continue;
    for (const specifier of source.specifiers) {
      const target = resolveInLib(specifier, source.file)?.split("/")[1];
      if (!target || target === source.domain || notDomains.has(target)) continue;
      const importers = targets.get(target) ?? [];
      if (!importers.includes(source.file)) importers.push(source.file);
      targets.set(target, importers);
    }
  }
  return edges;
}

/**
 * Closed paths like [a, b, a]: the shortest cycle through each domain of every strongly connected
 * group (Tarjan), each cycle once, so every back-edge in a tangle of domains shows up.
 */
function findDomainCycles(graph: Map<string, Iterable<string>>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];

  const visit = (node: string) => {
    index.set(node, index.size);
    lowLink.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!));
      }
    }
    if (lowLink.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);

  const cycles = new Map<string, string[]>();
  for (const group of groups) {
    for (const member of group.sort()) {
      const cycle = rotatedToSmallest(shortestCycleThrough(member, new Set(group), graph));
      cycles.set(cycle.join(" "), cycle);
    }
  }
  return [...cycles.values()];
}

function rotatedToSmallest(cycle: string[]): string[] {
  const open = cycle.slice(0, -1);
  const start = open.indexOf([...open].sort()[0]!);
  const rotated = [...open.slice(start), ...open.slice(0, start)];
  return [...rotated, rotated[0]!];
}

function shortestCycleThrough(start: string, group: Set<string>, graph: Map<string, Iterable<string>>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!group.has(next)) continue;
      if (next === start) {
        const between: string[] = [];
        for (let step = node; step !== start; step = cameFrom.get(step)!) between.unshift(step);
        return [start, ...between, start];
      }
      if (!cameFrom.has(next) && next !== start) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}

function describeCycle(cycle: string[], edges: ImportEdges): string {
  const steps = cycle.slice(0, -1).map((from, i) => {
    const to = cycle[i + 1]!;
    const files = edges.get(from)?.get(to) ?? [];
    return `  ${from} -> ${to}: ${files.join(", ")}`;
  });
  return `${cycle.join(" -> ")}\n${steps.join("\n")}`;
}

describe("findDomainCycles", () => {
  it("finds a two-domain cycle and a longer one, and nothing in a layered graph", () => {
    const graph = (pairs: [string, string[]][]) => new Map<string, string[]>(pairs);
    expect(
      findDomainCycles(
        graph([
          ["a", ["b"]],
          ["b", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "a"]]);
    expect(
      findDomainCycles(
        graph([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "c", "a"]]);
    expect(
      findDomainCycles(
        graph([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("domains in lib/", () => {
  const sources = readSources();
  const requestFiles = requestLayer(sources);

  it("import each other without cycles (the request layer aside)", () => {
    const edges = domainEdges(sources, requestFiles);
    const graph = new Map([...edges].map(([domain, targets]) => [domain, [...targets.keys()]]));
    const cycles = findDomainCycles(graph).map((cycle) => describeCycle(cycle, edges));
    expect(cycles, `Domain import cycles (cut the import that points up the layering):\n${cycles.join("\n")}`).toEqual([]);
  });

  it("keep use cases out of the request layer", () => {
    const useCases = [...requestFiles].filter((file) => file.includes("/use-cases/"));
    expect(useCases, "These use cases read the request (or import what does); pass the actor and the client address in instead").toEqual([]);
  });
});
