import { expect, test } from "@playwright/test";
import { signIn } from "./support";

/**
 * Issue 10, item 1: the public pages tell a shared cache (nginx proxy_cache,
 * a CDN) it may keep them, on the built app (scripts/serve.mjs), where Next.js
 * sets its own Cache-Control on dynamic pages, and the portal's own page cache
 * honours the same contract; a signed-in visitor's pages, whose header carries
 * their name, are never shared.
 */
const PUBLIC_PAGES = ["/", "/layanan", "/layanan/ktp-el-baru", "/transparansi"];

test.describe("shared caching of the public pages", () => {
  test("anonymous visitors get pages a shared cache may keep and refresh in the background", async ({ request }) => {
    for (const path of PUBLIC_PAGES) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, path).toMatch(/\bpublic\b/);
      expect(cacheControl, path).toMatch(/\bs-maxage=\d+/);
      expect(cacheControl, path).toMatch(/\bstale-while-revalidate=\d+/);
      expect(cacheControl, path).not.toMatch(/private|no-store/);
      expect(response.headers()["set-cookie"], path).toBeUndefined();
      expect(await response.text(), path).not.toMatch(/href="\/(akun|notifikasi)"/);
    }
  });

  test("the portal itself renders a public page once for many anonymous visitors, and replays it with the nonce its scripts carry", async ({ request }) => {
    for (const path of PUBLIC_PAGES) {
      await request.get(path);
      const replayed = await request.get(path);
      expect(replayed.headers()["x-page-cache"], path).toMatch(/^(HIT|STALE)$/);
      expect(replayed.headers()["age"], path).toMatch(/^\d+$/);
      const nonce = /'nonce-([^']+)'/.exec(replayed.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce, path).toBeTruthy();
      const html = await replayed.text();
      expect(html, path).toContain(`nonce="${nonce}"`);
      expect(html, path).not.toMatch(/href="\/(akun|notifikasi)"/);
    }
  });

  test("the language switch is never shared, the remembered language is served as a shareable page in that language", async ({ request }) => {
    const switching = await request.get("/layanan?lang=en");
    expect(switching.headers()["set-cookie"]).toMatch(/lang=en/);
    expect(switching.headers()["cache-control"]).toMatch(/private/);

    const remembered = await request.get("/layanan", { headers: { cookie: "lang=en" } });
    expect(remembered.headers()["cache-control"]).toMatch(/\bpublic\b.*s-maxage/);
    expect(remembered.headers()["content-language"]).toBe("en");
    expect(await remembered.text()).toMatch(/<html[^>]*lang="en"/);
  });

  test("a signed-in citizen's public pages carry their account links and unread count, and are private", async ({ page }) => {
    await signIn(page, "siti.rahayu@warga.test");
    await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
    for (const path of PUBLIC_PAGES) {
      const response = await page.request.get(path);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, path).toMatch(/\bprivate\b/);
      expect(cacheControl, path).toMatch(/no-store/);
      expect(cacheControl, path).not.toMatch(/s-maxage|\bpublic\b/);
      expect(response.headers()["x-page-cache"], path).toBeUndefined();
      expect(await response.text(), path).toMatch(/href="\/(akun|notifikasi)"/);
    }
  });

  test("pages outside the public set keep Next.js's private default", async ({ request }) => {
    for (const path of ["/lacak", "/masuk"]) {
      const cacheControl = (await request.get(path)).headers()["cache-control"] ?? "";
      expect(cacheControl, path).toMatch(/private|no-store|no-cache/);
      expect(cacheControl, path).not.toMatch(/s-maxage/);
    }
  });
});
