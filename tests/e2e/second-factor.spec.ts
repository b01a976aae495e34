import { expect, test } from "@playwright/test";
import { totpCode } from "../../lib/identity/second-factor/rules";
import { ADMIN, emailedLink, expectNoAxeViolations, registerCitizen, signIn, signOut, signedInPage } from "./support";

/**
 * Issue 25: a citizen opts in to two-step verification with an authenticator
 * app (the test computes the app's codes from the key the page shows), keeps
 * the recovery codes, and from then on signs in with a code after the
 * password; a wrong code is refused, a recovery code works once.
 */
test("a citizen turns on two-step verification and signs in with a second step", async ({ page }) => {
  // Registration, enrolment and three sign-ins with their second steps: past 60 s on a busy 2-core machine.
  test.slow();
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
  await signOut(page);
  await signIn(page, citizen.email, citizen.password);
  await page.getByLabel("Kode verifikasi").fill(codes[0]!);
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Kode tidak cocok");
  await expect(page).toHaveURL(/\/masuk\/verifikasi/);
});

/**
 * Issue 25, passkeys: a new officer (invited, so no seeded account the other
 * specs sign in with is touched) adds a passkey with Chromium's virtual
 * authenticator (CDP WebAuthn domain), signs in with it at the second step,
 * and an assertion from a rewound authenticator (its signature counter
 * behind the one stored: a replay or a clone) is refused with a translated
 * message. axe on every new page, the counter's reset form included.
 */
test("without JavaScript, turning on the authenticator app shows the recovery codes once", async ({ page, browser }) => {
  await registerCitizen(page);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto("/akun/keamanan/verifikasi-dua-langkah");
  await plain.getByRole("button", { name: "Mulai" }).click();
  const secret = (await plain.getByTestId("totp-secret").textContent())!.trim();
  await plain.getByLabel("Kode verifikasi").fill(totpCode(secret, new Date()));
  await plain.getByRole("button", { name: "Aktifkan" }).click();
  // The page drawn after the post says the app is on, and still hands over the codes the action made.
  await expect(plain.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await plain.goto("/akun/keamanan/verifikasi-dua-langkah");
  await expect(plain.getByText("Aktif: setiap kali masuk, Anda memasukkan kode dari aplikasi autentikator.")).toBeVisible();
  await expect(plain.getByTestId("recovery-codes")).toHaveCount(0);
  await noScript.close();
});

test("a staff member adds a passkey and signs in with it; a replayed assertion is refused", async ({ page, browser }) => {
  test.slow();
  const email = `passkey.${Date.now()}@harapanjaya.go.id`;
  const password = "Merpati2026terbang";
  const admin = await signedInPage(browser, ADMIN);
  await admin.goto("/petugas/admin/pengguna");
  const invite = admin.getByRole("region", { name: "Undang petugas" });
  await invite.getByLabel("Nama lengkap").fill("Sekar Passkey");
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Petugas", { exact: true }).check();
  await invite.getByLabel("Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya").selectOption("OFFICER");
  await invite.getByRole("button", { name: "Kirim undangan" }).click();
  await expect(admin.getByText("Undangan terkirim.")).toBeVisible();
  await admin.context().close();
  await page.goto(await emailedLink(browser, email, "/atur-sandi"));
  await page.getByLabel("Kata sandi baru").fill(password);
  await page.getByLabel("Ulangi kata sandi").fill(password);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi tersimpan. Silakan masuk.")).toBeVisible();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/petugas$/);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  await page.goto("/akun/keamanan");
  await expect(page.getByText("Belum ada passkey.")).toBeVisible();
  await page.getByRole("link", { name: "Tambah passkey" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Buat passkey" }).click();
  await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Masukkan nama passkey.");
  await page.getByLabel("Nama passkey").fill("Laptop kantor");
  await page.getByRole("button", { name: "Buat passkey" }).click();
  // The first factor of the account: recovery codes, once.
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Saya sudah menyimpannya" }).click();
  await expect(page.getByTestId("passkeys")).toContainText("Laptop kantor");
  await expect(page.getByTestId("recovery-codes-left")).toContainText("10");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Buat kode pemulihan baru" }).click();
  await expect(page).toHaveTitle(/^Buat kode pemulihan baru/);
  await expectNoAxeViolations(page);
  await page.goto("/akun/keamanan");
  await page.getByRole("link", { name: /^Hapus Laptop kantor/ }).click();
  await expect(page.getByText("Yang akan dihapus: Laptop kantor")).toBeVisible();
  await expectNoAxeViolations(page);
  // A factor that is gone (removed in another tab, say) sends the owner back to the list of what is left.
  await page.goto("/akun/keamanan/hapus-faktor?faktor=sudah-dihapus");
  await expect(page).toHaveURL(/\/akun\/keamanan$/);
  await page.goto("/petugas/pemulihan-akun/verifikasi-dua-langkah");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Atur ulang verifikasi dua langkah warga");
  await expectNoAxeViolations(page);

  await signOut(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/masuk\/verifikasi/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Gunakan passkey" }).click();
  await expect(page).toHaveURL(/\/petugas$/);

  // The authenticator rewound to an older count: what a replayed or cloned assertion looks like to the portal.
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  const [credential] = credentials;
  await cdp.send("WebAuthn.removeCredential", { authenticatorId, credentialId: credential!.credentialId });
  await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: { ...credential!, signCount: 0 } });
  await signOut(page);
  await signIn(page, email, password);
  await page.getByRole("button", { name: "Gunakan passkey" }).click();
  await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Jawaban passkey ini sudah pernah dipakai atau sudah kedaluwarsa");
  await expect(page).toHaveURL(/\/masuk\/verifikasi/);
});
