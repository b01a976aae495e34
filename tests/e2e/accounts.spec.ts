import { expect, test } from "@playwright/test";
import {
  confirmRegistration,
  emailedLink,
  emailText,
  expectNoAxeViolations,
  fillRegistration,
  newCitizen,
  registerCitizen,
  signIn,
  signedInPage,
} from "./support";

test.describe("citizen accounts", () => {
  test("a citizen registers, fixing mistakes without retyping, and sees a masked NIK", async ({ page }) => {
    // Registration now includes the emailed confirmation, read from the outbox by an admin.
    test.slow();
    const citizen = newCitizen();
    await page.goto("/daftar");
    await expectNoAxeViolations(page);
    await fillRegistration(page, { ...citizen, birthDate: "1994-02-04" });
    await page.getByRole("button", { name: "Daftar", exact: true }).click();

    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toContainText("Ada yang perlu diperbaiki");
    await expect(summary.getByRole("link", { name: /NIK tidak cocok dengan tanggal lahir/ })).toBeVisible();
    await expect(summary).toBeFocused();
    // What was typed is still there; passwords are never sent back.
    await expect(page.getByLabel("Nama lengkap sesuai KTP")).toHaveValue(citizen.name);
    await expect(page.getByLabel("Email")).toHaveValue(citizen.email);
    await expect(page.getByLabel("NIK (Nomor Induk Kependudukan)")).toHaveValue(citizen.nik);
    await expect(page.getByLabel("Kata sandi", { exact: true })).toHaveValue("");
    await expectNoAxeViolations(page);

    await page.getByLabel("Tanggal lahir").fill(citizen.birthDate);
    await page.getByLabel("Kata sandi", { exact: true }).fill(citizen.password);
    await page.getByLabel("Ulangi kata sandi").fill(citizen.password);
    await page.getByRole("button", { name: "Daftar", exact: true }).click();

    await expect(page.getByRole("heading", { name: "Periksa email Anda", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await confirmRegistration(page, citizen);
    await expect(page.getByText(`Selamat datang, ${citizen.name}.`)).toBeVisible();
    await expect(page.getByTestId("masked-nik")).toHaveText(`${citizen.nik.slice(0, 4)}**********${citizen.nik.slice(-2)}`);
    await expect(page.getByText(citizen.nik)).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
    await page.goto("/akun");
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fakun|\/masuk\?callbackUrl=\/akun/);
  });

  test("a wrong password gets one generic answer and the email stays filled in", async ({ page }) => {
    await signIn(page, "siti.rahayu@warga.test", "BukanSandi2026");
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Email atau kata sandi salah.");
    await expect(page.getByLabel("Email")).toHaveValue("siti.rahayu@warga.test");
    await expectNoAxeViolations(page);
    await signIn(page, "tidak.terdaftar@warga.test", "BukanSandi2026");
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Email atau kata sandi salah.");
  });

  test("registering with an email that already has an account looks the same, and emails its owner", async ({ page, browser }) => {
    const citizen = newCitizen();
    await page.goto("/daftar");
    await fillRegistration(page, { ...citizen, email: "siti.rahayu@warga.test" });
    await page.getByRole("button", { name: "Daftar", exact: true }).click();
    await expect(page).toHaveURL(/\/daftar\/cek-email$/);
    await expect(page.getByRole("heading", { name: "Periksa email Anda", level: 1 })).toBeVisible();
    await emailText(browser, "siti.rahayu@warga.test", (text) => text.includes("Percobaan pendaftaran dengan data akun Anda"));
  });

  test("five failures lock the account even for the right password, and the emailed link unlocks it", async ({ page, browser }) => {
    const citizen = await registerCitizen(page);
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();

    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(page, citizen.email, `Salah${attempt}2026sandi`);
      await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Email atau kata sandi salah.");
    }
    await signIn(page, citizen.email, citizen.password);
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Terlalu banyak percobaan masuk");
    await expect(page).toHaveURL(/\/masuk/);

    await page.goto(await emailedLink(browser, citizen.email, "/buka-kunci"));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Buka kunci akun" }).click();
    await expect(page.getByText("Akun Anda terbuka kembali. Silakan masuk.")).toBeVisible();
    await signIn(page, citizen.email, citizen.password);
    await expect(page).toHaveURL(/\/akun$/);
  });

  test("changing the password ends the session in another browser", async ({ page, browser }) => {
    const citizen = await registerCitizen(page);
    const other = await signedInPage(browser, citizen.email, {}, citizen.password);
    await page.goto("/akun/keamanan");
    await expectNoAxeViolations(page);
    await page.getByLabel("Kata sandi saat ini").fill(citizen.password);
    await page.getByLabel("Kata sandi baru").fill("Rembulan2027purnama");
    await page.getByLabel("Ulangi kata sandi").fill("Rembulan2027purnama");
    await page.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(page.getByText("Kata sandi diubah. Sesi di perangkat lain telah diakhiri.")).toBeVisible();
    await page.goto("/akun");
    await expect(page).toHaveURL(/\/akun$/);
    await other.goto("/akun");
    await expect(other).toHaveURL(/\/masuk/);
    await other.context().close();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a citizen signs in and out", async ({ page }) => {
    await signIn(page, "budi.santoso@warga.test");
    await expect(page).toHaveURL(/\/akun$/);
    await expect(page.getByText("Selamat datang, Budi Santoso.")).toBeVisible();
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page.getByRole("link", { name: "Daftar", exact: true })).toBeVisible();
  });

  test("a wrong password shows the error summary and keeps the email", async ({ page }) => {
    await signIn(page, "budi.santoso@warga.test", "BukanSandi2026");
    await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("budi.santoso@warga.test");
  });

  test("registration errors keep what was typed", async ({ page }) => {
    const citizen = newCitizen();
    await page.goto("/daftar");
    await fillRegistration(page, { ...citizen, nik: "12345" });
    await page.getByRole("button", { name: "Daftar", exact: true }).click();
    await expect(page.getByText("NIK harus 16 digit angka.").first()).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(citizen.email);
    await expect(page.getByLabel("Perempuan")).toBeChecked();
  });
});
