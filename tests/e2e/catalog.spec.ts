import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

test.describe("service catalog", () => {
  test("a visitor finds a service by search and reads its whole published standard", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Semua layanan pemerintah, satu pintu");
    await expect(page.getByRole("heading", { name: "Kategori layanan" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Cari layanan").fill("akta lahir");
    await page.getByRole("button", { name: "Cari" }).first().click();
    await expect(page).toHaveURL(/\/layanan\?q=akta\+lahir/);
    await expect(page.getByRole("heading", { name: /layanan untuk "akta lahir"/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Akta Kelahiran", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akta Kelahiran");
    for (const component of [
      "1. Persyaratan",
      "2. Sistem, mekanisme, dan prosedur",
      "3. Jangka waktu penyelesaian",
      "4. Biaya/tarif",
      "5. Produk pelayanan",
      "6. Penanganan pengaduan, saran, dan masukan",
    ]) {
      await expect(page.getByRole("heading", { name: component })).toBeVisible();
    }
    await expect(page.getByText("Gratis (Rp0)")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Pengelolaan pelayanan" }).click();
    await expect(page).toHaveURL(/bagian=pengelolaan/);
    for (const component of ["7. Dasar hukum", "10. Pengawasan internal", "14. Evaluasi kinerja pelaksana"]) {
      await expect(page.getByRole("heading", { name: component })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "1. Persyaratan" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("categories and agencies filter the catalog", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /^Kesehatan/ }).click();
    await expect(page).toHaveURL(/kategori=kesehatan/);
    await expect(page.getByLabel("Kategori")).toHaveValue("kesehatan");
    await expect(page.getByRole("link", { name: "Surat Keterangan Sehat" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Akta Kelahiran" })).toHaveCount(0);
  });

  test("an unknown service is a translated 404", async ({ page }) => {
    const response = await page.goto("/layanan/tidak-ada");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Tidak ditemukan" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the English switch translates the portal and is remembered", async ({ page }) => {
    await page.goto("/layanan/skck");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Police Clearance Certificate (SKCK)");
    await expect(page.getByText("3 working days", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Services", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Service catalog" })).toBeVisible();
    await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
    await expect(page.getByRole("heading", { name: "Katalog layanan" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search and the standard's tabs work as plain links and forms", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Cari layanan").fill("izin usaha");
    await page.getByRole("button", { name: "Cari" }).first().click();
    await expect(page.getByRole("link", { name: /Nomor Induk Berusaha/ })).toBeVisible();

    await page.goto("/layanan?q=kartu+tanda+penduduk");
    await expect(page.getByRole("link", { name: /KTP-el/ }).first()).toBeVisible();
    await page
      .getByRole("link", { name: /KTP-el/ })
      .first()
      .click();
    await page.getByRole("link", { name: "Pengelolaan pelayanan" }).click();
    await expect(page.getByRole("heading", { name: "7. Dasar hukum" })).toBeVisible();
  });
});
