import { expect, test } from "@playwright/test";
import { ADMIN, emailedLink, expectNoAxeViolations, signIn } from "./support";

const PASSWORD = "Kenari2026berkicau";

test.describe("users and roles", () => {
  test("an admin invites an officer, who sets a password and signs in; deactivation ends their open session", async ({ page, browser }) => {
    // Two people, an emailed link and several axe runs.
    test.slow();
    const email = `bagus.${Date.now()}@harapanjaya.go.id`;
    await signIn(page, ADMIN);
    await expect(page).toHaveURL(/\/petugas$/);
    await page.getByRole("link", { name: "Pengguna dan peran" }).click();
    await expect(page.getByRole("heading", { name: "Pengguna dan peran", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    const invite = page.getByRole("region", { name: "Undang petugas" });
    await invite.getByLabel("Nama lengkap").fill("Bagus Pratama");
    await invite.getByLabel("Email").fill(email);
    await invite.getByLabel("Petugas", { exact: true }).check();
    // An officer without an agency is refused, with what was typed kept.
    await invite.getByRole("button", { name: "Kirim undangan" }).click();
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Petugas harus bekerja pada setidaknya satu instansi.");
    await expect(invite.getByLabel("Email")).toHaveValue(email);
    await expectNoAxeViolations(page);
    await invite.getByLabel("Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya").selectOption("OFFICER");
    await invite.getByRole("button", { name: "Kirim undangan" }).click();
    await expect(page.getByText("Undangan terkirim.")).toBeVisible();
    await expect(page.getByTestId("staff-status")).toHaveText("Menunggu undangan diterima");
    await expectNoAxeViolations(page);

    // The NIP added afterwards, for single sign-on by employee number: a malformed one is refused, what was typed kept.
    const nipSection = page.getByRole("region", { name: "NIP untuk masuk lewat SSO" });
    const nipField = nipSection.getByLabel("NIP (opsional)");
    await nipField.fill("1990 0101");
    await nipSection.getByRole("button", { name: "Simpan NIP" }).click();
    await expect(nipSection.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("NIP terdiri atas 18 angka.");
    await expect(nipField).toHaveValue("1990 0101");
    const nip = `19${String(Date.now()).slice(-12)}1001`.slice(0, 18);
    await nipField.fill(nip);
    await nipSection.getByRole("button", { name: "Simpan NIP" }).click();
    await expect(page.getByText("NIP disimpan.")).toBeVisible();
    await expect(nipField).toHaveValue(nip);
    await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("NIP diubah");
    await expectNoAxeViolations(page);
    const memberUrl = page.url().replace(/\?.*$/, "");

    const link = await emailedLink(browser, email, "/atur-sandi");
    const officerContext = await browser.newContext();
    const officer = await officerContext.newPage();
    await officer.goto(link);
    await expect(officer.getByRole("heading", { name: "Buat kata sandi", level: 1 })).toBeVisible();
    await expectNoAxeViolations(officer);
    await officer.getByLabel("Kata sandi baru").fill(PASSWORD);
    await officer.getByLabel("Ulangi kata sandi").fill(PASSWORD);
    await officer.getByRole("button", { name: "Simpan kata sandi" }).click();
    await expect(officer.getByText("Kata sandi tersimpan. Silakan masuk.")).toBeVisible();
    await signIn(officer, email, PASSWORD);
    await expect(officer).toHaveURL(/\/petugas$/);
    await officer.goto("/petugas/permohonan");
    await expect(officer).not.toHaveURL(/\/masuk/);

    await page.goto(memberUrl);
    await expect(page.getByTestId("staff-status")).toHaveText("Aktif");
    await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
    await expect(page.getByText("Akun dinonaktifkan dan sesinya diakhiri.")).toBeVisible();
    await expect(page.getByTestId("staff-status")).toHaveText("Nonaktif");

    // The officer's next request is anonymous: back office pages send them to sign in.
    await officer.goto("/petugas");
    await expect(officer).toHaveURL(/\/masuk/);
    await signIn(officer, email, PASSWORD);
    await expect(officer.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Email atau kata sandi salah.");
    await officerContext.close();
  });
});
