import "@/tests/fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FilerCredential } from "@/lib/complaints/access";
import { FILER_ACCESS_COOKIE } from "@/lib/complaints/filer-session";
import { currentActor } from "@/lib/auth/current-actor";
import { actorForSession } from "@/lib/identity/session-actor";
import { openSession } from "@/tests/fixtures/accounts";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { GuardedEntry, MatrixEntry, PublicEntry } from "@/tests/fixtures/authorization-matrix-kit";
import {
  actorOf,
  buildWorld,
  CORE_PERSONAS,
  PERSONAS,
  retireWorld,
  SESSION_COOKIE,
  sessionCookie,
  sessionCookieOf,
  writeFingerprint,
  type Persona,
  type World,
} from "@/tests/fixtures/authorization-world";
import { inlineServerActionFiles, loadEntryPoints, type EntryPoint } from "@/tests/fixtures/entry-points";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { AUTHORIZATION_MATRIX, DOUBLY_LISTED } from "./authorization-matrix";

/**
 * Issue 18, item 3 (in the spirit of GOV.UK forms-admin's `verify_authorized`):
 * every server action and every use case, found from the code, is named in
 * the refusal matrix, and each refusal it promises is asked for real: the
 * persona's real session (server actions) or actor (use cases), the real
 * policy, the real database. A refusal counts only when it says so (sign in,
 * forbidden, not found, in whatever shape the entry answers) and nothing was written.
 *
 * The one stand-in is `next/headers`, which exists only inside a Next request:
 * here it hands over the persona's cookies.
 */

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      host: "portal.test",
      "x-forwarded-proto": "http",
      cookie: [...request.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    }),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
}));

afterAll(removeUploadDir);

let world: World;
let entryPoints: EntryPoint[];
const byName = new Map<string, EntryPoint>();

beforeAll(async () => {
  entryPoints = await loadEntryPoints();
  for (const entry of entryPoints) byName.set(entry.name, entry);
  world = await buildWorld((name) => entryPoint(name).fn);
});

afterAll(async () => {
  if (world) await retireWorld(world);
});

/** The browser of `persona`: its session cookie, and a follow-up token for a complaint that is not the one asked about. */
function browse(persona: Persona) {
  request.cookies.clear();
  const session = sessionCookieOf(world, persona);
  if (session) request.cookies.set(SESSION_COOKIE, session);
  request.cookies.set(FILER_ACCESS_COOKIE, world.followUpToken);
}

const REFUSAL_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);
const REFUSAL_KEYS = ["error.unauthenticated", "error.forbidden", "error.notFound"];

type Outcome = { result: unknown } | { error: unknown };

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { result: await call() };
  } catch (error) {
    return { error };
  }
}

/** How the outcome says "refused", or null when it does not. */
function refusalIn(outcome: Outcome, keys: readonly string[], refusedWhen?: (result: unknown) => boolean): string | null {
  if ("error" in outcome) {
    const { error } = outcome;
    if (error instanceof AppError && (REFUSAL_CODES.has(error.code) || keys.includes(error.messageKey))) return `${error.code} ${error.messageKey}`;
    const digest = String((error as { digest?: unknown } | null)?.digest ?? "");
    if (/^NEXT_HTTP_ERROR_FALLBACK;40[34]$/.test(digest)) return digest;
    if (digest.startsWith("NEXT_REDIRECT;")) {
      const target = new URL(digest.split(";")[2] ?? "", "http://portal.test");
      // To sign in, or back to the page with the refusal named (supportComplaintAction's ?galat=).
      if (target.pathname === "/masuk") return `redirect to ${target.pathname}${target.search}`;
      if ([...target.searchParams.values()].some((value) => keys.includes(value))) return `redirect to ${target.pathname}${target.search}`;
    }
    return null;
  }
  const formError = (outcome.result as { formError?: unknown } | null)?.formError;
  if (typeof formError === "string" && keys.includes(formError)) return `form state ${formError}`;
  if (refusedWhen?.(outcome.result)) return `answered ${JSON.stringify(outcome.result)}`;
  return null;
}

function describeOutcome(outcome: Outcome): string {
  if ("result" in outcome) return `it returned ${JSON.stringify(outcome.result)}`;
  const { error } = outcome;
  if (error instanceof AppError) return `it threw AppError ${error.code} ${error.messageKey}`;
  const digest = (error as { digest?: unknown } | null)?.digest;
  return digest ? `it threw ${String(digest)}` : `it threw ${String(error)}`;
}

/** Asks, then checks the answer was a refusal and nothing was written. */
async function expectRefused(label: string, call: () => Promise<unknown>, keys: readonly string[], refusedWhen?: (result: unknown) => boolean) {
  const before = await writeFingerprint(world);
  const outcome = await outcomeOf(call);
  const after = await writeFingerprint(world);
  expect(refusalIn(outcome, keys, refusedWhen), `${label} was not refused: ${describeOutcome(outcome)}`).not.toBeNull();
  expect(after, `${label} was refused but wrote something`).toEqual(before);
}

describe("every entry point is in the refusal matrix", () => {
  it("names every server action and use-case export, and nothing that is gone", () => {
    const where = (entry: EntryPoint) => `${entry.name} (${entry.kind}, ${entry.file})`;
    const unlisted = entryPoints.filter((entry) => !(entry.name in AUTHORIZATION_MATRIX)).map(where);
    expect(
      unlisted,
      "Exports missing from the authorization matrix (tests/integration/authorization-matrix*.ts): add each with the refusals it must make",
    ).toEqual([]);
    const stale = Object.keys(AUTHORIZATION_MATRIX).filter((name) => !byName.has(name));
    expect(stale, "Matrix entries whose export no longer exists: remove or rename them").toEqual([]);
    const seen = new Map<string, string>();
    const sameName = entryPoints.flatMap((entry) => {
      const earlier = seen.get(entry.name);
      seen.set(entry.name, entry.file);
      return earlier ? [`${entry.name} (${earlier} and ${entry.file})`] : [];
    });
    expect(sameName, "Entry points share a name, so one matrix row would stand for both: rename one").toEqual([]);
    expect(DOUBLY_LISTED, "Listed in both halves of the matrix").toEqual([]);
  });

  it("finds the server actions it should (the scan itself works)", () => {
    const files = new Set(entryPoints.filter((entry) => entry.kind === "server action").map((entry) => entry.file));
    expect(files.size).toBeGreaterThanOrEqual(17);
    expect(byName.get("claimAction")?.kind).toBe("server action");
    expect(byName.get("claimApplication")?.kind).toBe("use case");
  });

  it("has no server action declared inside a function, where no scan can reach it", () => {
    expect(inlineServerActionFiles(), 'Move these inline "use server" functions into a "use server" module').toEqual([]);
  });

  it("asks each core persona of every guarded entry, or says why not", () => {
    const problems = Object.entries(AUTHORIZATION_MATRIX).flatMap(([name, entry]) => {
      if (entry.kind !== "guarded") return entry.reason.trim() ? [] : [`${name}: a ${entry.kind} entry needs a reason`];
      return CORE_PERSONAS.flatMap((persona) => {
        const excused = entry.notApplicable?.[persona]?.trim();
        const asked = entry.refuses.includes(persona);
        if (asked && excused) return [`${name}: ${persona} is both refused and excused`];
        return asked || excused ? [] : [`${name}: ${persona} is neither refused nor excused`];
      });
    });
    expect(problems).toEqual([]);
  });
});

describe("the fixture world is what the matrix assumes", () => {
  it("each persona's session cookie signs that persona in, through Auth.js", async () => {
    for (const persona of PERSONAS) {
      browse(persona);
      const actor = await currentActor();
      expect(actor.kind === "user" ? actor.id : "anonymous", persona).toBe(persona === "anonymous" ? "anonymous" : world.actors[persona].id);
    }
  });

  it("the records asked about exist and open for those entitled to them", async () => {
    const ask = (name: string, ...args: unknown[]) => entryPoint(name).fn(...args);
    const owner = world.actors.owner;
    expect(await ask("openDocument", owner, world.documents.completed, { ip: null })).toMatchObject({ fileName: "kk.pdf" });
    expect(await ask("openOutput", owner, world.app.completed.id, { ip: null })).toMatchObject({ mimeType: "application/pdf" });
    expect(await ask("openComplaintAttachment", { actor: owner }, world.attachmentId, { ip: null })).toMatchObject({ fileName: "bukti.pdf" });
    expect(
      await ask(
        "trackApplication",
        actorOf(world, "anonymous"),
        { trackingNumber: world.app.submitted.trackingNumber, secret: world.trackingSecret },
        { ip: null },
      ),
    ).toMatchObject({
      status: "SUBMITTED",
    });
    const held = await db.application.findUniqueOrThrow({ where: { id: world.app.inReview.id }, select: { assignedOfficerId: true, agencyId: true } });
    expect(held).toEqual({ assignedOfficerId: world.actors.officer.id, agencyId: world.agencyA.id });
    const complaints = await db.complaint.findMany({
      where: { id: { in: Object.values(world.complaint).map((c) => c.id) } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(complaints.map((c) => [c.id, c.status]))).toEqual({
      [world.complaint.received.id]: "RECEIVED",
      [world.complaint.routed.id]: "ROUTED",
      [world.complaint.held.id]: "IN_PROGRESS",
      [world.complaint.responded.id]: "RESPONDED",
    });
  });
});

const guardedEntries = Object.entries(AUTHORIZATION_MATRIX).filter((pair): pair is [string, GuardedEntry] => pair[1].kind === "guarded");
const secretEntries = Object.entries(AUTHORIZATION_MATRIX).filter(
  (pair): pair is [string, PublicEntry & { wrongSecret: NonNullable<PublicEntry["wrongSecret"]> }] =>
    pair[1].kind === "public" && !!(pair[1] as PublicEntry).wrongSecret,
);

function entryPoint(name: string): EntryPoint {
  const found = byName.get(name);
  if (!found) throw new Error(`${name} is in the matrix but no longer exported by any server action or use-case module`);
  return found;
}

describe.each(guardedEntries)("%s", (name, entry: MatrixEntry) => {
  const guarded = entry as GuardedEntry;
  it.each(guarded.refuses.map((persona) => [persona]))("refuses %s", async (persona) => {
    const { fn, kind } = entryPoint(name);
    browse(persona);
    const actor = actorOf(world, persona);
    const credential: FilerCredential = { actor, accessToken: world.followUpToken };
    await expectRefused(
      `${name} (${kind}) as ${persona}`,
      () => guarded.run(fn, { world, actor, credential }),
      [...REFUSAL_KEYS, ...(guarded.refusalKeys ?? [])],
      guarded.refusedWhen,
    );
  });
});

describe.each(secretEntries)("%s (public)", (name, entry) => {
  it("refuses a wrong secret", async () => {
    const { fn, kind } = entryPoint(name);
    browse("anonymous");
    const { run, refusedWith = [], refusedWhen } = entry.wrongSecret;
    await expectRefused(`${name} (${kind}) with a wrong secret`, () => run(fn, world), refusedWith, refusedWhen);
  });
});

/**
 * Issue 25: admins and supervisors must prove a second factor before they act
 * (STAFF_SECOND_FACTOR defaults to "required"). In a session that passed the
 * password but proved no second factor, every guarded entry is refused to
 * them, except what one does on one's own account (enrolling a factor,
 * changing the password, one's sessions and data), which is what lets them
 * get one.
 */
describe("staff without the second factor their role requires", () => {
  const unproven = new Map<Persona, { cookie: string; actor: Awaited<ReturnType<typeof actorForSession>> }>();
  const ownAccount = ([, entry]: [string, GuardedEntry]) => entry.refuses.length === 1 && entry.refuses[0] === "anonymous";
  const staffWork = guardedEntries.filter((pair) => !ownAccount(pair));

  beforeAll(async () => {
    for (const persona of ["admin", "supervisor"] as const) {
      const userId = world.actors[persona].id;
      const actor = await actorForSession(await openSession(userId, { secondFactorProven: false }));
      unproven.set(persona, { cookie: await sessionCookie(userId, { secondFactorProven: false }), actor });
    }
  });

  it("leaves them signed in, marked as owing it", () => {
    for (const { actor } of unproven.values()) expect(actor).toMatchObject({ kind: "user", secondFactorMissing: true });
  });

  describe.each(staffWork)("%s", (name, entry) => {
    it.each([["admin"], ["supervisor"]] as const)("refuses %s until the second factor is proven", async (persona) => {
      const { fn, kind } = entryPoint(name);
      const { cookie, actor } = unproven.get(persona)!;
      request.cookies.clear();
      request.cookies.set(SESSION_COOKIE, cookie);
      request.cookies.set(FILER_ACCESS_COOKIE, world.followUpToken);
      await expectRefused(
        `${name} (${kind}) as ${persona} without a second factor`,
        () => entry.run(fn, { world, actor, credential: { actor, accessToken: world.followUpToken } }),
        [...REFUSAL_KEYS, ...(entry.refusalKeys ?? [])],
        entry.refusedWhen,
      );
    });
  });
});
