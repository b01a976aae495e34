import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, signedInPage } from "./support";

const ADMIN = "admin@harapanjaya.go.id";
const CITIZEN = "siti.rahayu@warga.test";
// A seeded service no other journey publishes or applies to.
const SLUG = "surat-keterangan-kehilangan";

/** A date about three months ahead, as the publish form takes it. */
function futureDate() {
  const date = new Date(Date.now() + 90 * 24 * 60 * 60 * 1000);
  return date.toISOString().slice(0, 10);
}

test.describe("scheduled standard versions", () => {
  test("a version published for a future date is announced, while the page and new applications keep the version in force", async ({ page, browser }) => {
    test.setTimeout(240_000);
    await signIn(page, ADMIN);
    await expect(page).toHaveURL(/\/petugas$/);
    await page.goto("/petugas/admin/layanan");
    await page.getByRole("link", { name: "Surat Keterangan Tanda Lapor Kehilangan" }).first().click();
    // page.url() does not wait for the navigation the click started.
    await expect(page).toHaveURL(/\/petugas\/admin\/layanan\/[^/?]+$/);
    const serviceUrl = page.url();

    // The new version asks one more thing, so the citizen's form tells which version it runs on.
    await page.goto(`${serviceUrl}/formulir`);
    const section = page.getByRole("region", { name: /^Bagian 1:/ }).locator("details", { hasText: "Tambah isian ke bagian ini" });
    await section.getByText("Tambah isian ke bagian ini").click();
    await section.getByLabel("Jenis isian").selectOption({ label: "Teks singkat" });
    await section.getByLabel("Label (Bahasa Indonesia)").fill("Nomor laporan polisi sebelumnya");
    await section.getByLabel("Label (bahasa Inggris)").fill("Earlier police report number");
    await section.getByLabel("Kunci").fill("earlierReport");
    await section.getByRole("button", { name: "Tambah isian" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ubah isian Nomor laporan polisi sebelumnya");

    await page.goto(serviceUrl);
    const effective = futureDate();
    await page.getByLabel("Nomor SK penetapan standar").fill("300/9/SK/POLRES/2026");
    await page.getByLabel(/^Berlaku sejak/).fill(effective);
    await page.getByRole("button", { name: "Terbitkan versi 2" }).click();
    await expect(page.getByText("Versi baru diterbitkan")).toBeVisible();
    const row = page.getByRole("row", { name: /300\/9\/SK\/POLRES\/2026/ });
    await expect(row).toContainText("Terjadwal, belum berlaku");
    await expect(page.getByRole("row", { name: /^1/ })).toContainText("Versi berlaku");
    await expectNoAxeViolations(page);

    // The public page still shows version 1 and announces version 2 with its date.
    await page.goto(`/layanan/${SLUG}`);
    await expect(page.getByText(/Ditetapkan dengan .*\(versi 1\)/)).toBeVisible();
    const notice = page.getByRole("region", { name: /^Standar pelayanan baru berlaku mulai/ });
    await expect(notice).toContainText("Versi 2 (300/9/SK/POLRES/2026) menggantikan versi 1");
    await expectNoAxeViolations(page);
    await notice.getByRole("link", { name: "Lihat versi 2" }).click();
    await expect(page).toHaveURL(new RegExp(`/layanan/${SLUG}/versi/2$`));
    await expect(page.getByRole("note")).toContainText("yang baru berlaku mulai");
    await expect(page.getByRole("button", { name: "Ajukan permohonan" })).toHaveCount(0);

    // A citizen applying today gets version 1's form, without the field version 2 adds.
    const citizen = await signedInPage(browser, CITIZEN);
    await citizen.goto(`/layanan/${SLUG}`);
    await citizen.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(citizen).toHaveURL(/\/isi$/);
    await expect(citizen.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(citizen.getByLabel("Nomor laporan polisi sebelumnya")).toHaveCount(0);
    await citizen.context().close();
  });
});
