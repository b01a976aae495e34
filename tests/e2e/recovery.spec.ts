import { expect, test, type Page } from "@playwright/test";
import { DISDUKCAPIL_OFFICER, emailedLink, expectNoAxeViolations, registerCitizen, signIn, signedInPage } from "./support";

const NEW_PASSWORD = "Rembulan2027purnama";

async function askForRecovery(page: Page, email: string) {
  await page.goto("/masuk");
  await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(page).toHaveURL(/\/lupa-sandi$/);
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Kirim tautan pemulihan" }).click();
  await expect(page).toHaveURL(/\/lupa-sandi\/terkirim$/);
  await expect(page.getByRole("heading", { name: "Periksa email Anda", level: 1 })).toBeVisible();
}

async function chooseNewPassword(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel("Kata sandi baru").fill(NEW_PASSWORD);
  await page.getByLabel("Ulangi kata sandi").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
}

test.describe("password recovery", () => {
  test("a citizen who forgot the password gets back in by email, and every other session ends", async ({ page, browser }) => {
    test.slow();
    const citizen = await registerCitizen(page);
    const otherDevice = await signedInPage(browser, citizen.email, {}, citizen.password);
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();

    await askForRecovery(page, citizen.email);
    await expectNoAxeViolations(page);
    await expect(page.getByRole("heading", { name: "Tidak bisa membuka email Anda lagi?" })).toBeVisible();

    const link = await emailedLink(browser, citizen.email, "/pulihkan-sandi");
    await page.goto(link);
    await expectNoAxeViolations(page);
    await chooseNewPassword(page, link);
    await expect(page).toHaveURL(/pesan=sandi-dipulihkan/);
    await expect(page.getByText("Kata sandi baru tersimpan dan semua sesi lain telah diakhiri.")).toBeVisible();

    await otherDevice.goto("/akun");
    await expect(otherDevice).toHaveURL(/\/masuk/);
    await otherDevice.context().close();

    await signIn(page, citizen.email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/akun$/);

    // The link worked once.
    await page.getByRole("button", { name: "Keluar" }).click();
    await chooseNewPassword(page, link);
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Tautan ini tidak berlaku");
  });

  test("an unknown email gets the same answer, and a made-up link is refused", async ({ page }) => {
    await askForRecovery(page, `tidak.terdaftar.${Date.now()}@warga.test`);
    await chooseNewPassword(page, "/pulihkan-sandi?token=" + "a".repeat(43));
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Tautan ini tidak berlaku");
    await expect(page.getByRole("link", { name: "Tautan tidak berlaku lagi? Minta tautan baru" })).toBeVisible();
  });

  test("a counter officer recovers the account of a citizen who lost the email too; citizens may not", async ({ page, browser }) => {
    test.slow();
    const citizen = await registerCitizen(page);
    await page.goto("/petugas/pemulihan-akun");
    await expect(page.getByRole("heading", { name: "Pemulihan akun warga di loket" })).toHaveCount(0);

    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await officer.goto("/petugas");
    await officer.getByRole("link", { name: "Pemulihan akun warga di loket" }).click();
    await expect(officer).toHaveURL(/\/petugas\/pemulihan-akun$/);
    await expectNoAxeViolations(officer);
    const newEmail = `rina.baru.${Date.now()}@warga.test`;
    await officer.getByLabel("NIK pada KTP-el").fill(citizen.nik);
    await officer.getByLabel("Tanggal lahir pada KTP-el").fill(citizen.birthDate);
    await officer.getByLabel("Email warga yang baru").fill(newEmail);
    await officer.getByRole("button", { name: "Pulihkan akun dan kirim tautan" }).click();
    const summary = officer.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toContainText("Periksa KTP-el asli warga terlebih dahulu");
    await expect(officer.getByLabel("Email warga yang baru")).toHaveValue(newEmail);
    await expectNoAxeViolations(officer);
    await officer.getByLabel(/Saya telah memeriksa KTP-el asli/).check();
    await officer.getByRole("button", { name: "Pulihkan akun dan kirim tautan" }).click();
    await expect(officer.getByRole("status")).toContainText("Akun dipulihkan");
    await officer.context().close();

    // The citizen's open session ended with the recovery.
    await page.goto("/akun");
    await expect(page).toHaveURL(/\/masuk/);
    await chooseNewPassword(page, await emailedLink(browser, newEmail, "/pulihkan-sandi"));
    await expect(page).toHaveURL(/pesan=sandi-dipulihkan/);
    await signIn(page, newEmail, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/akun$/);
  });
});

test.describe("password recovery without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole journey works with plain forms", async ({ page, browser }) => {
    test.slow();
    const citizen = await registerCitizen(page);
    await page.getByRole("button", { name: "Keluar" }).click();
    await askForRecovery(page, citizen.email);
    const link = await emailedLink(browser, citizen.email, "/pulihkan-sandi");
    // A weak password keeps the link usable.
    await page.goto(link);
    await page.getByLabel("Kata sandi baru").fill("pendek1");
    await page.getByLabel("Ulangi kata sandi").fill("pendek1");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toBeVisible();
    await chooseNewPassword(page, link);
    await expect(page.getByText("Kata sandi baru tersimpan dan semua sesi lain telah diakhiri.")).toBeVisible();
    await signIn(page, citizen.email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/akun$/);
  });
});

test.describe("signing out", () => {
  test("a session cookie copied before signing out opens nothing afterwards", async ({ page, browser }) => {
    await signIn(page, "budi.santoso@warga.test");
    await expect(page).toHaveURL(/\/akun$/);
    const copied = await page.context().cookies();
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();

    const replay = await browser.newContext();
    await replay.addCookies(copied);
    const replayed = await replay.newPage();
    await replayed.goto("/akun");
    await expect(replayed).toHaveURL(/\/masuk/);
    // The same at the HTTP level, without a browser following redirects.
    const cookieHeader = copied.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
    const response = await replayed.request.fetch("/akun", { headers: { cookie: cookieHeader }, maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.headers().location ?? "").toContain("/masuk");
    await replay.close();
  });
});
