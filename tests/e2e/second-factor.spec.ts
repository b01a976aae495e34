import { expect, test } from "@playwright/test";
import { totpCode } from "../../lib/identity/second-factor/rules";
import { expectNoAxeViolations, registerCitizen, signIn } from "./support";

/**
 * Issue 25: a citizen opts in to two-step verification with an authenticator
 * app (the test computes the app's codes from the key the page shows), keeps
 * the recovery codes, and from then on signs in with a code after the
 * password; a wrong code is refused, a recovery code works once.
 */
test("a citizen turns on two-step verification and signs in with a second step", async ({ page }) => {
  const citizen = await registerCitizen(page);

  await page.goto("/akun/keamanan");
  await expect(page.getByTestId("second-factor-status")).toHaveText("Belum aktif.");
  await expect(page.getByTestId("sessions")).toContainText("(perangkat ini)");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Aktifkan verifikasi dua langkah" }).click();
  await page.getByRole("button", { name: "Mulai" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await expect(page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Kode verifikasi").fill("000000");
  await page.getByRole("button", { name: "Aktifkan" }).click();
  await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Kode tidak cocok");
  await page.getByLabel("Kode verifikasi").fill(totpCode(secret, new Date()));
  await page.getByRole("button", { name: "Aktifkan" }).click();
  const recoveryCodes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(recoveryCodes).toHaveCount(10);
  const codes = await recoveryCodes.allTextContents();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Saya sudah menyimpannya" }).click();
  await expect(page.getByTestId("second-factor-status")).toContainText("Aktif");

  await page.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
  await expect(page).toHaveURL(/\/masuk$/);
  await signIn(page, citizen.email, citizen.password);
  await expect(page).toHaveURL(/\/masuk\/verifikasi/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masukkan kode verifikasi");
  // Between the password and the code, nothing of the account opens.
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/masuk\/verifikasi/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Kode verifikasi").fill("000000");
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Kode tidak cocok");
  await page.getByLabel("Kode verifikasi").fill(codes[0]!);
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page).toHaveURL(/\/akun$/);

  // The recovery code is spent: a second sign-in cannot use it again.
  await page.getByRole("button", { name: "Keluar", exact: true }).click();
  await signIn(page, citizen.email, citizen.password);
  await page.getByLabel("Kode verifikasi").fill(codes[0]!);
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Kode tidak cocok");
  await expect(page).toHaveURL(/\/masuk\/verifikasi/);
});
