import { expect, test, type Request } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

/** Issue 9, item 6: headers, cookies, cross-origin server actions, redirects. */

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test.describe("security headers", () => {
  test("every rendered page carries a fresh script nonce, and Next stamps it on its scripts", async ({ request, page }) => {
    // /lacak is rendered for every request; a shareable page replayed from a cache carries its render's nonce (public-cache.spec.ts).
    const first = await request.get("/lacak");
    const second = await request.get("/lacak");
    const policy = first.headers()["content-security-policy"];
    const scriptSrc = policy?.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[^']+' 'strict-dynamic'$/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(nonceOf(policy)).not.toBe(nonceOf(second.headers()["content-security-policy"]));

    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(policy)}"`);

    expect(first.headers()).toMatchObject({
      "referrer-policy": "same-origin",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
    });
    expect(first.headers()["permissions-policy"]).toContain("geolocation=(self)");
    // The built server is production: HSTS is sent (browsers honour it over https only).
    expect(first.headers()["strict-transport-security"]).toMatch(/^max-age=\d+; includeSubDomains$/);

    // The policy does not break the pages: hydrated, no violation reported.
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/layanan?q=ktp");
    await page.getByRole("link", { name: /KTP/ }).first().click();
    await signIn(page, "siti.rahayu@warga.test");
    await expect(page).toHaveURL(/\/akun$/);
    await page.goto("/transparansi");
    expect(violations).toEqual([]);
  });

  test("cookies: the session is httpOnly and SameSite, and portal cookies are Secure over https", async ({ page, request }) => {
    await signIn(page, "siti.rahayu@warga.test");
    await expect(page).toHaveURL(/\/akun$/);
    const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    const viaHttps = await request.get("/?lang=en", { headers: { "x-forwarded-proto": "https" } });
    const localeCookie = viaHttps.headersArray().find((h) => h.name.toLowerCase() === "set-cookie")?.value ?? "";
    expect(localeCookie).toMatch(/HttpOnly/i);
    expect(localeCookie).toMatch(/Secure/i);
    expect(localeCookie).toMatch(/SameSite=lax/i);
    expect(viaHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  test("a server action posted from another origin is refused; the same post from the portal works", async ({ page, baseURL }) => {
    // Capture the browser's own sign-in action post, then replay it with only the Origin changed.
    let captured: Request | undefined;
    await page.route("**/masuk**", async (route) => {
      if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
        captured = route.request();
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await page.goto("/masuk");
    await page.getByLabel("Email").fill("budi.santoso@warga.test");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect.poll(() => captured).toBeDefined();
    const body = captured!.postDataBuffer()!;
    const headers = { ...captured!.headers() };
    const replay = (origin: string) => page.request.post(captured!.url(), { headers: { ...headers, origin }, data: body, maxRedirects: 0 });

    const forged = await replay("https://evil.example");
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    expect(forged.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token"))).toBe(false);

    const genuine = await replay(new URL(baseURL!).origin);
    expect(genuine.status()).toBeLessThan(400);
    expect(genuine.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token"))).toBe(true);
  });

  test("callbackUrl never leads off the site, through the sign-in page or Auth.js' own endpoints", async ({ page, request }) => {
    for (const target of ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)"]) {
      await signIn(page, "budi.santoso@warga.test", undefined, `/masuk?callbackUrl=${encodeURIComponent(target)}`);
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/akun$/);
      await page.context().clearCookies();
    }
    const viaAuthJs = await request.get("/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example%2F", { maxRedirects: 0 });
    expect(viaAuthJs.headers()["location"] ?? "").not.toMatch(/^https?:\/\/evil\.example/);
  });
});
