import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signedInPage } from "./support";

/** Issue 17, item 20: the privacy notice, terms, contact and accessibility statement, linked from every page. */

const NOTICES = [
  { link: "Pemberitahuan privasi", path: "/privasi", english: "Privacy notice", says: "UU 27/2022" },
  { link: "Ketentuan penggunaan", path: "/ketentuan", english: "Terms of use", says: "Standar Pelayanan" },
  { link: "Kontak", path: "/kontak", english: "Contact", says: "disdukcapil" },
  { link: "Pernyataan aksesibilitas", path: "/aksesibilitas", english: "Accessibility statement", says: "WCAG 2.1" },
] as const;

test("every page's footer links the four notices, in both languages, each one accessible", async ({ page }) => {
  // Eight page loads and four axe scans: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  for (const notice of NOTICES) {
    await page.goto("/layanan");
    const footer = page.getByRole("navigation", { name: "Informasi portal" });
    await footer.getByRole("link", { name: notice.link }).click();
    await expect(page).toHaveURL(new RegExp(`${notice.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: notice.link })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(notice.says);
    await expectNoAxeViolations(page);
    await page.goto(`${notice.path}?lang=en`);
    await expect(page.getByRole("heading", { level: 1, name: notice.english })).toBeVisible();
    await page.goto(`${notice.path}?lang=id`);
  }
});

test("the privacy notice tells how to use each right in the portal, and registration links it beside the consent", async ({ page, browser }) => {
  await page.goto("/privasi");
  const main = page.getByRole("main");
  for (const where of ["/akun/data-saya", "/akun/akses-data", "/pengaduan/baru"]) await expect(main).toContainText(where);

  await page.goto("/daftar");
  const link = page.getByRole("link", { name: /Baca pemberitahuan privasi/ });
  await expect(link).toHaveAttribute("href", "/privasi");
  await expect(page.getByLabel(/Saya menyetujui/)).toBeVisible();

  // The back office has the same footer.
  const officer = await signedInPage(browser, "petugas.disdukcapil@harapanjaya.go.id");
  await expect(officer.getByRole("navigation", { name: "Informasi portal" }).getByRole("link", { name: "Pemberitahuan privasi" })).toBeVisible();
});
