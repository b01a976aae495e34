import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  applicationIdFrom,
  daysAhead,
  declareAndSubmit,
  DISDUKCAPIL_OFFICER,
  expectNoAxeViolations,
  pdfFile,
  registerCitizen,
  signedInPage,
  signIn,
} from "./support";

const CITIZEN = "siti.rahayu@warga.test";

test.describe("Dokumen saya and the portal PKI", () => {
  test("a citizen opens Dokumen saya from the navigation: both lists, in words, axe clean; a visitor is sent to sign in", async ({ page }) => {
    await page.goto("/dokumen-saya");
    await expect(page).toHaveURL(/\/masuk/);
    await signIn(page, CITIZEN);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Dokumen saya" }).click();
    await expect(page).toHaveURL(/\/dokumen-saya$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokumen saya");
    await expect(page.getByRole("heading", { name: "Dokumen terbit" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Berkas yang diterima petugas" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the CA certificate and its CRL are published at stable addresses", async ({ request }) => {
    const ca = await request.get("/api/pki/ca");
    expect(ca.status()).toBe(200);
    expect(await ca.text()).toContain("BEGIN CERTIFICATE");
    const crl = await request.get("/api/pki/crl");
    expect(crl.status()).toBe(200);
    expect(crl.headers()["content-type"]).toBe("application/pkix-crl");
    // DER: a SEQUENCE.
    expect((await crl.body())[0]).toBe(0x30);
  });

  test("an unsigned inter-agency request is refused", async ({ request }) => {
    const response = await request.get("/api/antar-instansi/v1/dokumen/ZZZZ-ZZZZ-ZZZZ");
    expect(response.status()).toBe(401);
    expect((await response.json()).messageKey).toBe("interAgency.signatureMissing");
  });
});

test.describe("Dokumen saya without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page renders for a signed-in citizen", async ({ page }) => {
    await signIn(page, CITIZEN);
    await page.goto("/dokumen-saya");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokumen saya");
  });
});

/** A new citizen's birth certificate, applied for and issued through the real pages (JavaScript on): what the wallet journey starts from. */
async function birthCertificateOf(page: Page, browser: Browser) {
  const citizen = await registerCitizen(page);
  await page.goto("/layanan/akta-kelahiran");
  await page.getByRole("button", { name: "Ajukan permohonan" }).click();
  await expect(page).toHaveURL(/\/permohonan\/[^/]+\/isi$/);
  const id = applicationIdFrom(page.url());
  await page.getByLabel("Nomor Kartu Keluarga").fill("3275031201090007");
  await page.getByLabel("Nomor telepon/WhatsApp yang aktif").fill("081234567890");
  await page.getByLabel("Hubungan pelapor dengan anak").selectOption("ibu");
  await page.getByLabel("Nama lengkap anak").fill("Ayu Lestari");
  await page.getByRole("group", { name: "Jenis kelamin" }).getByLabel("Perempuan").check();
  await page.getByLabel("Tanggal lahir", { exact: true }).fill(daysAhead(-20));
  await page.getByLabel("Tempat lahir (kota/kabupaten)").fill("Harapan Jaya");
  await page.getByLabel("Jenis kelahiran").selectOption("tunggal");
  await page.getByLabel("Anak ke-").fill("1");
  await page.getByLabel("Nama ayah").fill("Budi Santoso");
  await page.getByLabel("Nama ibu").fill(citizen.name);
  await page.getByLabel("NIK ibu").fill(citizen.nik);
  await page
    .getByRole("group", { name: /surat keterangan kelahiran/ })
    .getByLabel("Ya")
    .check();
  await page
    .getByRole("group", { name: /perkawinan orang tua/ })
    .getByLabel("Ya")
    .check();
  for (const [label, key] of [
    ["Scan/foto surat keterangan kelahiran", "birthNoticeScan"],
    ["Scan/foto buku nikah atau akta perkawinan orang tua", "marriageCertificateScan"],
    ["Scan/foto Kartu Keluarga", "familyCardScan"],
  ] as const) {
    await page.getByLabel(label, { exact: true }).setInputFiles(pdfFile(`${key}.pdf`));
    await expect(page.getByTestId(`uploaded-${key}`)).toContainText(`${key}.pdf`);
  }
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  await declareAndSubmit(page);
  const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
  await officer.goto(`/petugas/permohonan/${id}`);
  await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
  await officer.getByRole("button", { name: "Setujui permohonan" }).click();
  await officer.getByRole("button", { name: "Terbitkan dokumen hasil" }).click();
  // The first document an agency signs makes its key pair (and the portal CA's) on a loaded machine: allow for it.
  await expect(officer.getByTestId("application-status")).toHaveText("Selesai", { timeout: 90_000 });
  return { citizen, officer };
}

/**
 * A family-card application adding the child, with the birth certificate from
 * Dokumen saya: the child's details filled in with consent, the certificate
 * referenced instead of uploaded. The same steps with JavaScript on or off.
 */
async function applyForFamilyCard(page: Page, citizen: { name: string; nik: string; birthDate: string }) {
  await page.goto("/layanan/kartu-keluarga");
  await page.getByRole("button", { name: "Ajukan permohonan" }).click();
  await expect(page).toHaveURL(/\/permohonan\/[^/]+\/isi$/);
  const id = applicationIdFrom(page.url());
  await page.getByLabel("Nomor Kartu Keluarga").fill("3275031201090007");
  await page.getByLabel("Nomor telepon/WhatsApp yang aktif").fill("081234567890");
  await page.getByLabel("Alamat tempat tinggal").fill("Jl. Merdeka No. 10, RT 01/RW 02, Harapan Tengah");
  await page.getByLabel("Jenis permohonan").selectOption("tambahAnggota");
  const member = page.getByRole("group", { name: "Anggota keluarga 1" });
  await member.getByLabel("Nama lengkap").fill(citizen.name);
  await member.getByLabel("Hubungan dalam keluarga").selectOption("kepalaKeluarga");
  await member.getByLabel("Perempuan").check();
  await member.getByLabel("Tanggal lahir").fill(citizen.birthDate);
  await page.getByRole("button", { name: "Simpan dan lanjutkan nanti", exact: true }).click();
  await expect(page).toHaveURL(/tersimpan=/);
  await page.goto(`/permohonan/${id}/isi`);

  const facts = page.getByTestId("shared-facts");
  // Without consent nothing is read.
  await facts.getByRole("button", { name: "Isi dari Dokumen saya" }).click();
  await expect(facts.getByText("Centang persetujuan", { exact: false }).first()).toBeVisible();
  await facts.getByLabel("Saya setuju portal membaca data dari dokumen ini untuk permohonan ini").check();
  await facts.getByRole("button", { name: "Isi dari Dokumen saya" }).click();
  await expect(page).toHaveURL(new RegExp(`/permohonan/${id}/isi#shared-facts-title`));
  await page.goto(`/permohonan/${id}/isi`);
  await expect(page.getByLabel("Nama lengkap anak")).toHaveValue("Ayu Lestari");
  await expect(page.getByText("dari Akta Kelahiran, Dinas Kependudukan", { exact: false }).first()).toBeVisible();
  const wallet = page.getByTestId("wallet-birthCertificate");
  await expect(wallet).toHaveAccessibleName("Gunakan dari Dokumen saya");
  await wallet.getByRole("radio", { name: /^Akta Kelahiran dari/ }).check();
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  await expect(page.getByText("Dipakai dari Dokumen saya, tanpa unggahan")).toBeVisible();
  await declareAndSubmit(page);
  return id;
}

test.describe("reusing Dokumen saya in another application", () => {
  test.setTimeout(240_000);

  test("a citizen holding a birth certificate applies for the family card with it and no upload, with and without JavaScript; the officer sees the verified source", async ({
    page,
    browser,
  }) => {
    const { citizen, officer } = await birthCertificateOf(page, browser);
    const id = await applyForFamilyCard(page, citizen);
    await officer.goto(`/petugas/permohonan/${id}`);
    const source = officer.getByTestId("wallet-source-birthCertificate");
    await expect(source).toHaveAttribute("data-state", "valid");
    await expect(source).toContainText(/Diterbitkan oleh Dinas Kependudukan .* pada .*, tanda tangan sah/);
    await expect(officer.getByTestId("wallet-fact-newMemberName")).toContainText("dari Akta Kelahiran");
    await expectNoAxeViolations(officer);
    await officer.context().close();

    await page.goto("/akun/akses-data");
    await expect(page.getByTestId("access-log")).toContainText("Membaca data dari dokumen terbit Anda");
    await expectNoAxeViolations(page);

    // The same journey without JavaScript, with the same certificate.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await signIn(noScript, citizen.email, citizen.password);
    await applyForFamilyCard(noScript, citizen);
    await plain.close();
  });
});
