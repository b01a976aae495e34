import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

test.describe("back office access", () => {
  test("a visitor is sent to sign in and comes back after", async ({ page }) => {
    await page.goto("/petugas");
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=/);
    await page.getByLabel("Email").fill("petugas.disdukcapil@harapanjaya.go.id");
    await page.getByLabel("Kata sandi").fill("SatuPintu2026");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page).toHaveURL(/\/petugas$/);
  });

  test("a citizen is refused with a 403 page", async ({ page }) => {
    await signIn(page, "siti.rahayu@warga.test");
    await expect(page).toHaveURL(/\/akun$/);
    const response = await page.goto("/petugas");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    await expect(page.getByText("Ruang petugas")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("an officer sees only their own agency", async ({ page }) => {
    await signIn(page, "petugas.polres@harapanjaya.go.id");
    await expect(page).toHaveURL(/\/petugas$/);
    await expect(page.getByRole("heading", { name: "Ruang petugas" })).toBeVisible();
    const agencies = page.getByRole("region", { name: "Instansi Anda" }).getByRole("listitem");
    await expect(agencies).toHaveCount(1);
    await expect(agencies.first()).toContainText("Kepolisian Resor Harapan Jaya");
    await expectNoAxeViolations(page);
  });

  test("a supervisor without agency memberships oversees every agency", async ({ page }) => {
    await signIn(page, "supervisor@harapanjaya.go.id");
    await expect(page).toHaveURL(/\/petugas$/);
    await expect(page.getByRole("region", { name: "Instansi Anda" }).getByRole("listitem")).toHaveCount(8);
  });

  test("sign-in never redirects off the site", async ({ page }) => {
    await signIn(page, "budi.santoso@warga.test", undefined, "/masuk?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/akun$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a citizen is refused the back office", async ({ page }) => {
    await signIn(page, "budi.santoso@warga.test");
    await expect(page).toHaveURL(/\/akun$/);
    const response = await page.goto("/petugas");
    expect(response?.status()).toBe(403);
  });
});
