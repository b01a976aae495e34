import { expect, test, type Locator, type Page } from "@playwright/test";
import { declareAndSubmit, expectNoAxeViolations, signIn, signedInPage } from "./support";

const ADMIN = "admin@harapanjaya.go.id";
const CITIZEN = "siti.rahayu@warga.test";

const uniqueSlug = () => `uji-e2e-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** Presses Tab until the target has focus: proof that the keyboard alone reaches it. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Creates a draft service through the console and returns its admin page URL. */
async function createService(page: Page, name: string) {
  await page.goto("/petugas/admin/layanan");
  const add = page.getByRole("region", { name: "Tambah layanan" });
  await add.getByLabel("Alamat halaman (slug)").fill(uniqueSlug());
  await add.getByLabel("Instansi").selectOption({ label: "Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya" });
  await add.getByLabel("Kategori").selectOption({ index: 1 });
  await add.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await add.getByLabel("Nama (bahasa Inggris)").fill(`${name} (EN)`);
  await add.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Layanan uji yang disusun lewat konsol admin.");
  await add.getByLabel("Ringkasan (bahasa Inggris)").fill("A trial service built in the admin console.");
  await add.getByRole("button", { name: "Tambah layanan" }).click();
  await expect(page).toHaveURL(/\/petugas\/admin\/layanan\/[^/]+\?hasil=dibuat$/);
  return page.url().replace(/\?.*$/, "");
}

async function addSection(page: Page, title: string, key: string) {
  const add = page.getByRole("region", { name: "Tambah bagian" });
  await add.getByLabel("Judul (Bahasa Indonesia)").fill(title);
  await add.getByLabel("Judul (bahasa Inggris)").fill(`${title} (EN)`);
  await add.getByLabel("Kunci").fill(key);
  await add.getByRole("button", { name: "Tambah bagian" }).click();
  await expect(page).toHaveURL(/formulir\?hasil=disimpan/);
}

async function addField(page: Page, field: { type: string; label: string; key: string }) {
  const section = page.getByRole("region", { name: /^Bagian 1:/ }).locator("details", { hasText: "Tambah isian ke bagian ini" });
  await section.getByText("Tambah isian ke bagian ini").click();
  await section.getByLabel("Jenis isian").selectOption({ label: field.type });
  await section.getByLabel("Label (Bahasa Indonesia)").fill(field.label);
  await section.getByLabel("Label (bahasa Inggris)").fill(`${field.label} (EN)`);
  await section.getByLabel("Kunci").fill(field.key);
  await section.getByRole("button", { name: "Tambah isian" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ubah isian ${field.label}`);
}

test.describe("catalog administration", () => {
  test("an admin builds a service with a form and publishes it; a citizen applies to it", async ({ page, browser }) => {
    // One long journey across two people and a dozen pages.
    test.setTimeout(300_000);
    await signIn(page, ADMIN);
    await expect(page).toHaveURL(/\/petugas$/);
    await page.getByRole("link", { name: "Layanan, standar pelayanan, dan formulir" }).click();
    await expect(page.getByRole("heading", { name: "Layanan", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    const name = `Surat Keterangan Uji ${Date.now()}`;
    const serviceUrl = await createService(page, name);
    await expect(page.getByText("Draf belum dapat diterbitkan:")).toBeVisible();
    await expectNoAxeViolations(page);

    // The standard: all fourteen components in both languages, the time limit and the fee.
    await page.getByRole("link", { name: "Ubah standar pelayanan" }).click();
    // locator.all() does not wait: let the standard page arrive before listing its textareas.
    await expect(page.locator('textarea[name^="standard."]').first()).toBeVisible();
    for (const textarea of await page.locator('textarea[name^="standard."]').all()) {
      await textarea.fill(`Isi ${await textarea.getAttribute("name")}`);
    }
    await page.getByLabel("Jangka waktu (hari kerja)").fill("3");
    await page.getByLabel("Biaya (rupiah)").fill("0");
    await page.getByRole("button", { name: "Simpan draf standar" }).click();
    await expect(page.getByText("Perubahan disimpan.")).toBeVisible();
    await expectNoAxeViolations(page);

    // The form: a section, a required text field, a choice with options.
    await page.goto(`${serviceUrl}/formulir`);
    await addSection(page, "Data permohonan", "data");
    await addField(page, { type: "Teks singkat", label: "Alasan permohonan", key: "reason" });
    await page.getByLabel("Petunjuk (Bahasa Indonesia, boleh kosong)").fill("Tulis singkat.");
    await page.getByLabel("Petunjuk (bahasa Inggris, boleh kosong)").fill("Keep it short.");
    await page.getByLabel("Panjang maksimum (karakter)").fill("200");
    await page.getByRole("button", { name: "Simpan isian" }).click();
    await expect(page).toHaveURL(/formulir\?hasil=disimpan/);

    await addField(page, { type: "Daftar pilihan", label: "Keperluan", key: "purpose" });
    await expectNoAxeViolations(page);
    // The draft's known gap is shown before any post...
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Tambahkan pilihan");
    // ...and saving without options is refused, by the runtime's own schema, beside the input. The button
    // stays disabled until the answer is shown; typing before that would go into inputs about to be replaced.
    const save = page.getByRole("button", { name: "Simpan isian" });
    await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), save.click()]);
    await expect(save).toBeEnabled();
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Tambahkan pilihan");
    await page.getByLabel(/^Pilihan, satu per baris/).fill("kerja | Melamar kerja | Job application\nsekolah | Mendaftar sekolah | School enrolment");
    await page.getByRole("button", { name: "Simpan isian" }).click();
    await expect(page).toHaveURL(/formulir\?hasil=disimpan/);

    // An optional upload the citizen's wallet can meet: its document type is checked where it is typed.
    await addField(page, { type: "Berkas (dokumen persyaratan)", label: "Kartu keluarga", key: "familyCard" });
    await page.getByLabel("Wajib diisi").uncheck();
    await page.getByLabel("PDF").check();
    await page.getByLabel("Jenis dokumen (boleh kosong)").fill("Kartu Keluarga");
    await page.getByRole("button", { name: "Simpan isian" }).click();
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("huruf kecil, angka, dan tanda hubung");
    await page.getByLabel("Jenis dokumen (boleh kosong)").fill("kartu-keluarga");
    await page.getByRole("button", { name: "Simpan isian" }).click();
    await expect(page).toHaveURL(/formulir\?hasil=disimpan/);

    const rows = page.getByRole("region", { name: /^Bagian 1:/ }).getByRole("listitem");
    await expect(rows.first()).toContainText("Alasan permohonan");
    await page.getByRole("button", { name: "Turunkan Alasan permohonan" }).click();
    await expect(rows.first()).toContainText("Keperluan");
    await page.getByRole("button", { name: "Naikkan Alasan permohonan" }).click();
    await expect(rows.first()).toContainText("Alasan permohonan");
    await expectNoAxeViolations(page);

    // The preview is the citizen's form, checked by the same rules.
    await page.getByRole("link", { name: "Pratinjau formulir" }).click();
    await page.getByRole("button", { name: "Periksa jawaban" }).click();
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Alasan permohonan");
    await expectNoAxeViolations(page);

    // The fee rule, now that the form has its "purpose": a table by that answer, billed after verification,
    // previewed for a sample answer (computed on the server, everything typed kept), then saved with the output's validity.
    await page.goto(`${serviceUrl}/standar`);
    await page.getByLabel("Jenis aturan biaya").selectOption("table");
    await page.getByLabel("Tagihan dibuat").selectOption("verification");
    await page.getByLabel("Dasar hukum tarif (Bahasa Indonesia)").fill("Peraturan Daerah Kota Harapan Jaya Nomor 1 Tahun 2024");
    await page.getByLabel("Dasar hukum tarif (bahasa Inggris)").fill("Harapan Jaya City Regional Regulation No. 1 of 2024");
    await page.getByLabel("Kunci isian tabel").fill("purpose");
    const feeRows = "kerja | 10000 | Keperluan kerja | Job\nsekolah | 5000 | Keperluan sekolah | School";
    await page.getByLabel("Baris tabel").fill(feeRows);
    await page.getByLabel("Contoh jawaban untuk pratinjau").fill("purpose = kerja");
    await page.getByLabel("Masa berlaku (bulan)").fill("6");
    await page.getByRole("button", { name: "Pratinjau biaya" }).click();
    await expect(page.getByRole("status", { name: "Hasil pratinjau biaya" })).toContainText(/Rp\s?10\.000/);
    await expect(page.getByLabel("Baris tabel")).toHaveValue(feeRows);
    await expectNoAxeViolations(page);
    // What the output is for the citizen's wallet. A validity out of range and a fact read from an answer the
    // form does not have are refused together, each in words beside its input, with everything typed kept.
    await page.getByLabel("Masa berlaku (bulan)").fill("0");
    await page.getByLabel("Jenis dokumen keluaran (boleh kosong)").fill("surat-keterangan-uji");
    await page.getByLabel("Data yang dimuat dokumen keluaran (boleh kosong)").fill("keperluan = tujuan");
    await page.getByRole("button", { name: "Simpan draf standar" }).click();
    const problems = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(problems).toContainText("Masukkan jumlah bulan 1 sampai 240");
    await expect(problems).toContainText('Formulir draf tidak punya isian dengan kunci "tujuan"');
    await expect(page.getByLabel("Baris tabel")).toHaveValue(feeRows);
    await expect(page.getByLabel("Jenis dokumen keluaran (boleh kosong)")).toHaveValue("surat-keterangan-uji");
    await page.getByLabel("Masa berlaku (bulan)").fill("6");
    await page.getByLabel("Data yang dimuat dokumen keluaran (boleh kosong)").fill("keperluan = purpose");
    await page.getByRole("button", { name: "Simpan draf standar" }).click();
    await expect(page.getByText("Perubahan disimpan.")).toBeVisible();
    await expect(page.getByLabel("Jenis aturan biaya")).toHaveValue("table");
    await expect(page.getByLabel("Masa berlaku (bulan)")).toHaveValue("6");
    await expect(page.getByLabel("Data yang dimuat dokumen keluaran (boleh kosong)")).toHaveValue("keperluan = purpose");

    // Publish version 1 under its decree.
    await page.goto(serviceUrl);
    await page.getByLabel("Nomor SK penetapan standar").fill("800/77/SK/DISDUKCAPIL/2026");
    await page.getByRole("button", { name: "Terbitkan versi 1" }).click();
    await expect(page.getByText("Versi baru diterbitkan")).toBeVisible();
    await expect(page.getByRole("table")).toContainText("800/77/SK/DISDUKCAPIL/2026");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Lihat halaman publik" }).click();
    // page.url() does not wait for the navigation the click started.
    await expect(page).toHaveURL(/\/layanan\/uji-e2e-[a-z0-9]+$/);
    const publicUrl = page.url();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText(/Ditetapkan dengan 800\/77\/SK\/DISDUKCAPIL\/2026.*\(versi 1\)/)).toBeVisible();

    // A citizen applies under version 1.
    const citizen = await signedInPage(browser, CITIZEN);
    await citizen.goto(publicUrl);
    await citizen.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(citizen).toHaveURL(/\/isi$/);
    await citizen.getByLabel("Alasan permohonan").fill("Untuk melamar pekerjaan.");
    await citizen.getByLabel("Keperluan").selectOption("kerja");
    await citizen.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    const { trackingNumber } = await declareAndSubmit(citizen);
    expect(trackingNumber).toMatch(/^DISDUKCAPIL-\d{4}-\d{6}$/);
    await citizen.context().close();
  });

  test("the form builder works by keyboard alone", async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, ADMIN);
    await expect(page).toHaveURL(/\/petugas$/);
    const serviceUrl = await createService(page, `Layanan Papan Ketik ${Date.now()}`);
    await page.goto(`${serviceUrl}/formulir`);
    await addSection(page, "Data", "data");
    await addField(page, { type: "Teks singkat", label: "Isian pertama", key: "first" });
    await page.goto(`${serviceUrl}/formulir`);

    // Open "add a field", fill it in and submit, with Tab, typing and Enter only.
    const section = page.getByRole("region", { name: /^Bagian 1:/ }).locator("details", { hasText: "Tambah isian ke bagian ini" });
    await tabTo(page, section.locator("summary"));
    await page.keyboard.press("Enter");
    await tabTo(page, section.getByLabel("Label (Bahasa Indonesia)"));
    await page.keyboard.type("Isian kedua");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Second field");
    await page.keyboard.press("Tab");
    await page.keyboard.type("second");
    await tabTo(page, section.getByRole("button", { name: "Tambah isian" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ubah isian Isian kedua");

    // In the editor: make it optional and save, by keyboard.
    await tabTo(page, page.getByLabel("Wajib diisi"));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Simpan isian" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/formulir\?hasil=disimpan/);
    const rows = page.getByRole("region", { name: /^Bagian 1:/ }).getByRole("listitem");
    await expect(rows.nth(1)).toContainText("tidak wajib");

    // Move the second field up: the page comes back at the moved row.
    await tabTo(page, page.getByRole("button", { name: "Naikkan Isian kedua" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#field-0-0$/);
    await expect(rows.first()).toContainText("Isian kedua");
    await expectNoAxeViolations(page);
  });

  test("the form builder works without JavaScript", async ({ browser }) => {
    const admin = await signedInPage(browser, ADMIN, { javaScriptEnabled: false });
    const serviceUrl = await createService(admin, `Layanan Tanpa JS ${Date.now()}`);
    await admin.goto(`${serviceUrl}/formulir`);
    await addSection(admin, "Data", "data");
    await addField(admin, { type: "Tombol pilihan", label: "Jenis", key: "kind" });
    await admin.getByRole("button", { name: "Simpan isian" }).click();
    // Without JavaScript the server answers with the same field-level message.
    await expect(admin.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Tambahkan pilihan");
    await admin.getByLabel(/^Pilihan, satu per baris/).fill("a | A | A\nb | B | B");
    await admin.getByRole("button", { name: "Simpan isian" }).click();
    await expect(admin).toHaveURL(/formulir\?hasil=disimpan/);
    await expect(
      admin
        .getByRole("region", { name: /^Bagian 1:/ })
        .getByRole("listitem")
        .first(),
    ).toContainText("Tombol pilihan");
    await admin.context().close();
  });

  test("other staff and citizens are refused the catalog console", async ({ browser }) => {
    for (const email of ["petugas.disdukcapil@harapanjaya.go.id", CITIZEN]) {
      const other = await signedInPage(browser, email);
      for (const path of ["/petugas/admin/layanan", "/petugas/admin/instansi", "/petugas/admin/layanan/impor"]) {
        const response = await other.goto(path);
        expect(response?.status()).toBe(403);
      }
      await other.context().close();
    }
  });
});
