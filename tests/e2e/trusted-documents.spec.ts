import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

const CITIZEN = "siti.rahayu@warga.test";

test.describe("Dokumen saya and the portal PKI", () => {
  test("a citizen opens Dokumen saya from the navigation: both lists, in words, axe clean; a visitor is sent to sign in", async ({ page }) => {
    await page.goto("/dokumen-saya");
    await expect(page).toHaveURL(/\/masuk/);
    await signIn(page, CITIZEN);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Dokumen saya" }).click();
    await expect(page).toHaveURL(/\/dokumen-saya$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokumen saya");
    await expect(page.getByRole("heading", { name: "Dokumen terbit" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Berkas yang diterima petugas" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the CA certificate and its CRL are published at stable addresses", async ({ request }) => {
    const ca = await request.get("/api/pki/ca");
    expect(ca.status()).toBe(200);
    expect(await ca.text()).toContain("BEGIN CERTIFICATE");
    const crl = await request.get("/api/pki/crl");
    expect(crl.status()).toBe(200);
    expect(crl.headers()["content-type"]).toBe("application/pkix-crl");
    // DER: a SEQUENCE.
    expect((await crl.body())[0]).toBe(0x30);
  });

  test("an unsigned inter-agency request is refused", async ({ request }) => {
    const response = await request.get("/api/antar-instansi/v1/dokumen/ZZZZ-ZZZZ-ZZZZ");
    expect(response.status()).toBe(401);
    expect((await response.json()).messageKey).toBe("interAgency.signatureMissing");
  });
});

test.describe("Dokumen saya without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page renders for a signed-in citizen", async ({ page }) => {
    await signIn(page, CITIZEN);
    await page.goto("/dokumen-saya");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokumen saya");
  });
});
