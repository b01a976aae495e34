import { uploadDir } from "../fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { citizenWithPassword, PASSWORD } from "./support/accounts";
import { Browser } from "./support/http";
import { startWeb, type WebInstance } from "./support/web";

/**
 * Issue 16 #2: the sign-in lockout must hold against guesses sent all at once
 * to the running portal. The limit used to be read before the password check
 * and counted only after it, so a burst had every password checked, and the
 * right one among forty wrong ones produced a session.
 */
const databaseUrl = process.env.DATABASE_URL!;
const WRONG = 40;
let web: WebInstance;

beforeAll(async () => {
  web = await startWeb({ databaseUrl, uploadDir });
});

afterAll(async () => {
  await web?.stop();
});

/** A browser that has fetched its CSRF token, ready to post the sign-in form at once. */
async function readyToSignIn() {
  const browser = new Browser(web.url);
  const { csrfToken } = (await (await browser.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  return async (email: string, password: string) => {
    const response = await browser.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
    });
    await response.arrayBuffer();
    const location = response.headers.get("location") ?? "";
    if (browser.cookieHeader().includes("authjs.session-token")) return "session";
    return location.includes("code=rate_limited") ? "rateLimited" : "refused";
  };
}

describe("a burst of sign-in guesses against the running portal", () => {
  it(`${WRONG} wrong passwords and the right one, sent at once: no session, at most five passwords checked, one lock`, async () => {
    const citizen = await citizenWithPassword();
    const posts = await Promise.all(Array.from({ length: WRONG + 1 }, () => readyToSignIn()));
    const outcomes = await Promise.all(posts.map((post, i) => post(citizen.email, i === WRONG ? PASSWORD : `Salah${i}2026sandi`)));

    expect(outcomes.filter((outcome) => outcome === "session")).toEqual([]);
    expect(outcomes.filter((outcome) => outcome === "refused").length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((outcome) => outcome === "rateLimited").length).toBeGreaterThanOrEqual(WRONG + 1 - 5);
    expect(await db.auditEvent.count({ where: { entityId: citizen.actor.id, action: "account.signedIn" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: citizen.actor.id, action: "account.locked" } })).toBe(1);
    // The owner's right password afterwards is refused too, until the window passes or the emailed link is used.
    expect(await (await readyToSignIn())(citizen.email, PASSWORD)).toBe("rateLimited");
  }, 120_000);
});
