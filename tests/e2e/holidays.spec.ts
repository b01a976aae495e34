import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

const ADMIN = "admin@harapanjaya.go.id";
// Years no other journey touches, so each run starts from an empty calendar there.
const PAGE_2031 = "/petugas/admin/hari-libur?tahun=2031";
const PAGE_2032 = "/petugas/admin/hari-libur?tahun=2032";

const CSV_HEADER = "date,name_id,name_en,kind,region_code";
const GOOD_CSV = [
  CSV_HEADER,
  "2031-08-18,Cuti Bersama Uji Impor,Imported Collective Leave,CUTI_BERSAMA,",
  "2031-12-24,Libur Daerah Uji Impor,Imported Regional Holiday,REGIONAL,51",
].join("\n");
const BAD_CSV = [CSV_HEADER, "2031-09-01,Hari Baik Uji,Good Trial Day,NATIONAL,", "2031-02-30,Hari Salah Uji,Wrong Trial Day,NATIONAL,"].join("\n");

const calendarTable = (page: Page, year: number) => page.getByRole("table", { name: `Hari libur tahun ${year}` });

async function signInAsAdmin(page: Page) {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/petugas$/);
}

async function importCsv(page: Page, csv: string) {
  const section = page.getByRole("region", { name: "Impor dari CSV" });
  await section.getByLabel("Isi CSV").fill(csv);
  await section.getByRole("button", { name: "Impor", exact: true }).click();
}

test.describe("holiday calendar administration", () => {
  test("an admin adds a holiday, imports a year from CSV and is shown a bad line", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto(PAGE_2031);
    await expect(page.getByRole("heading", { name: "Kalender hari libur", level: 1 })).toBeVisible();
    await expect(page.getByText("Belum ada hari libur untuk tahun 2031.")).toBeVisible();
    await expectNoAxeViolations(page);

    const add = page.getByRole("region", { name: "Tambah hari libur" });
    await add.getByLabel("Tanggal", { exact: true }).fill("2031-03-05");
    await add.getByLabel("Nama (Bahasa Indonesia)", { exact: true }).fill("Hari Uji Coba Kalender");
    await add.getByLabel("Nama (bahasa Inggris)", { exact: true }).fill("Calendar Trial Day");
    await add.getByLabel("Jenis", { exact: true }).selectOption("NATIONAL");
    await add.getByRole("button", { name: "Tambah hari libur" }).click();

    await expect(page).toHaveURL(/tahun=2031&hasil=ditambah/);
    await expect(page.getByText("Hari libur ditambahkan.")).toBeVisible();
    const added = calendarTable(page, 2031).getByRole("row", { name: /Hari Uji Coba Kalender/ });
    await expect(added).toContainText("5 Maret 2031");
    await expect(added).toContainText("Libur nasional");
    await expect(added).toContainText("Berlaku");

    await importCsv(page, GOOD_CSV);
    await expect(page).toHaveURL(/hasil=diimpor&ditambah=2&dilewati=0/);
    await expect(page.getByText("Impor selesai: 2 hari libur ditambahkan, 0 dilewati karena sudah tercatat.")).toBeVisible();
    await expect(calendarTable(page, 2031).getByRole("row", { name: /Cuti Bersama Uji Impor/ })).toContainText("Cuti bersama");
    await expect(calendarTable(page, 2031).getByRole("row", { name: /Libur Daerah Uji Impor/ })).toContainText("51");

    // The same file again adds nothing.
    await importCsv(page, GOOD_CSV);
    await expect(page.getByText("Impor selesai: 0 hari libur ditambahkan, 2 dilewati karena sudah tercatat.")).toBeVisible();
    await expect(calendarTable(page, 2031).getByRole("row", { name: /Cuti Bersama Uji Impor/ })).toHaveCount(1);

    // One bad line: nothing is imported, the line is named, the text stays to be fixed.
    await importCsv(page, BAD_CSV);
    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toContainText("Baris 3: Tanggal harus berupa tanggal yang ada");
    await expect(page.getByText("Tidak ada yang diimpor. Perbaiki baris yang disebutkan, lalu impor lagi.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Impor dari CSV" }).getByLabel("Isi CSV")).toHaveValue(BAD_CSV);
    await expect(calendarTable(page, 2031).getByRole("row", { name: /Hari Baik Uji/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("an admin edits a holiday and removes it; it stays listed as removed", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/petugas/admin/hari-libur?tahun=2033");
    const add = page.getByRole("region", { name: "Tambah hari libur" });
    await add.getByLabel("Tanggal", { exact: true }).fill("2033-05-02");
    await add.getByLabel("Nama (Bahasa Indonesia)", { exact: true }).fill("Hari Uji Ubah");
    await add.getByLabel("Nama (bahasa Inggris)", { exact: true }).fill("Edit Trial Day");
    await add.getByLabel("Jenis", { exact: true }).selectOption("NATIONAL");
    await add.getByRole("button", { name: "Tambah hari libur" }).click();
    await expect(page.getByText("Hari libur ditambahkan.")).toBeVisible();

    await calendarTable(page, 2033).getByRole("link", { name: "Ubah Hari Uji Ubah" }).click();
    await expect(page.getByRole("heading", { name: "Ubah hari libur", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Nama (Bahasa Indonesia)", { exact: true })).toHaveValue("Hari Uji Ubah");
    await expectNoAxeViolations(page);
    await page.getByLabel("Nama (Bahasa Indonesia)", { exact: true }).fill("Hari Uji Sudah Diubah");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByText("Perubahan disimpan.")).toBeVisible();

    await calendarTable(page, 2033).getByRole("link", { name: "Ubah Hari Uji Sudah Diubah" }).click();
    await page.getByRole("button", { name: "Hapus hari libur ini" }).click();
    await expect(page.getByText("Hari libur dihapus.")).toBeVisible();
    const removed = calendarTable(page, 2033).getByRole("row", { name: /Hari Uji Sudah Diubah/ });
    await expect(removed).toContainText("Dihapus");
    await expect(removed.getByRole("link")).toHaveCount(0);
  });

  test("a visitor is sent to sign in and comes back to the calendar", async ({ page }) => {
    await page.goto(PAGE_2031);
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=/);
    await page.getByLabel("Email").fill(ADMIN);
    await page.getByLabel("Kata sandi").fill("SatuPintu2026");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page).toHaveURL(/\/petugas\/admin\/hari-libur\?tahun=2031$/);
    await expect(page.getByRole("heading", { name: "Kalender hari libur", level: 1 })).toBeVisible();
  });

  test("an officer is refused with the 403 page", async ({ page }) => {
    await signIn(page, "petugas.disdukcapil@harapanjaya.go.id");
    await expect(page).toHaveURL(/\/petugas$/);
    const response = await page.goto(PAGE_2031);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Kalender hari libur" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe("holiday calendar without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the add form keeps what was typed after an error, then adds the holiday", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto(PAGE_2032);
    const add = page.getByRole("region", { name: "Tambah hari libur" });
    await add.getByLabel("Tanggal", { exact: true }).fill("2032-06-01");
    await add.getByLabel("Nama (Bahasa Indonesia)", { exact: true }).fill("Hari Uji Tanpa Skrip");
    await add.getByLabel("Jenis", { exact: true }).selectOption("REGIONAL");
    await add.getByRole("button", { name: "Tambah hari libur" }).click();

    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toContainText("Isi nama libur dalam bahasa Inggris.");
    await expect(summary).toContainText("Libur daerah memerlukan kode provinsi.");
    await expect(add.getByLabel("Tanggal", { exact: true })).toHaveValue("2032-06-01");
    await expect(add.getByLabel("Nama (Bahasa Indonesia)", { exact: true })).toHaveValue("Hari Uji Tanpa Skrip");
    await expect(add.getByLabel("Jenis", { exact: true })).toHaveValue("REGIONAL");

    await add.getByLabel("Nama (bahasa Inggris)", { exact: true }).fill("No Script Trial Day");
    await add.getByLabel("Kode provinsi", { exact: true }).fill("51");
    await add.getByRole("button", { name: "Tambah hari libur" }).click();
    await expect(page).toHaveURL(/tahun=2032&hasil=ditambah/);
    await expect(calendarTable(page, 2032).getByRole("row", { name: /Hari Uji Tanpa Skrip/ })).toContainText("51");
  });
});
