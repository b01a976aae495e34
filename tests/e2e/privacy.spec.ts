import { expect, test } from "@playwright/test";
import { DISDUKCAPIL_OFFICER, expectNoAxeViolations, registerCitizen, signedInPage, submitKtpApplication } from "./support";

test.describe("privacy", () => {
  test("a citizen sees which staff opened their application and revealed their NIK, by role and agency", async ({ page, browser }) => {
    await registerCitizen(page);
    await page.goto("/akun");
    await page.getByRole("link", { name: "Siapa yang melihat data saya" }).click();
    await expect(page.getByText("Belum ada petugas yang membuka data Anda.")).toBeVisible();
    await expectNoAxeViolations(page);

    const application = await submitKtpApplication(page);
    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await officer.goto(`/petugas/permohonan/${application.id}`);
    await officer.getByRole("button", { name: "Tampilkan NIK lengkap" }).click();
    await expect(officer.getByText(/\d{16}/).first()).toBeVisible();
    await officer.context().close();

    await page.goto("/akun/akses-data");
    const log = page.getByRole("table", { name: "Akses petugas ke data Anda, terbaru di atas" });
    const reveal = log.getByRole("row", { name: /Menampilkan NIK lengkap/ });
    await expect(reveal).toContainText("Petugas, Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya");
    await expect(reveal).toContainText(application.trackingNumber);
    await expect(log.getByRole("row", { name: /Membuka berkas permohonan/ })).toContainText(application.trackingNumber);
    await expect(log).not.toContainText("Andi Kurniawan");
    await expectNoAxeViolations(page);
  });
});
