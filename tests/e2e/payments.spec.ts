import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { JPEG_BYTES } from "../fixtures/documents";
import { applicationIdFrom, declareAndSubmit, expectNoAxeViolations, pdfFile, registerCitizen, signedInPage } from "./support";

const POLRES_OFFICER = "petugas.polres@harapanjaya.go.id";
const TREASURY = "bendahara@harapanjaya.go.id";
const SUPERVISOR = "supervisor@harapanjaya.go.id";

/** A new citizen's SKCK application up to the bill page (JavaScript on or off). */
async function applyForSkck(page: Page, javaScript: boolean) {
  await registerCitizen(page);
  await page.goto("/layanan/skck");
  await page.getByRole("button", { name: "Ajukan permohonan" }).click();
  await expect(page).toHaveURL(/\/permohonan\/[^/]+\/isi$/);
  const id = applicationIdFrom(page.url());
  await page.getByLabel("Nomor Kartu Keluarga").fill("3275031201090007");
  await page.getByLabel("Tempat lahir").fill("Bandung");
  await page.getByLabel("Nomor telepon/WhatsApp yang aktif").fill("081234567890");
  await page.getByLabel("Alamat tempat tinggal").fill("Jl. Merdeka No. 10, Harapan Tengah");
  await page.getByLabel("Nama ayah").fill("Budi Santoso");
  await page.getByLabel("Nama ibu").fill("Siti Aminah");
  await page.getByLabel("Pendidikan terakhir").selectOption("sma");
  await page.getByRole("group", { name: "Jenis permohonan" }).getByLabel("SKCK baru").check();
  await page.getByLabel("Keperluan SKCK").selectOption("melamarKerja");
  await page.getByLabel("Instansi/negara tujuan").fill("PT Maju Bersama");
  await page
    .getByRole("group", { name: /pernah diambil sidik jari/ })
    .getByLabel("Ya")
    .check();
  await page.getByRole("group", { name: "Pernah tersangkut perkara pidana?" }).getByLabel("Tidak").check();
  const documents: [string, string, { name: string; mimeType: string; buffer: Buffer }][] = [
    ["Scan/foto KTP-el", "idCardScan", pdfFile("ktp.pdf")],
    ["Scan/foto Kartu Keluarga", "familyCardScan", pdfFile("kk.pdf")],
    ["Scan/foto akta kelahiran atau ijazah terakhir", "birthOrDiplomaScan", pdfFile("ijazah.pdf")],
    ["Pas foto 4x6 cm latar merah", "photoRedBackground", { name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from(JPEG_BYTES) }],
  ];
  for (const [label, key, file] of documents) {
    await page.getByLabel(label, { exact: true }).setInputFiles(file);
    if (javaScript) await expect(page.getByTestId(`uploaded-${key}`)).toContainText(file.name);
  }
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  const { trackingNumber } = await declareAndSubmit(page);
  await page.goto(`/permohonan/${id}`);
  await expect(page.getByTestId("application-status")).toHaveText("Menunggu pembayaran");
  await page.getByRole("link", { name: "Lihat tagihan dan bayar" }).click();
  await expect(page).toHaveURL(/\/bayar\/TG[A-Z0-9]+$/);
  return { id, trackingNumber };
}

/**
 * Lets a bill's week pass: the portal's e2e database (scripts/lib/test-database.mjs names it
 * after TEST_DATABASE_URL's) gets the bill's expiry moved into the past, as the clock would.
 */
async function letBillExpire(code: string) {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${`${decodeURIComponent(url.pathname.slice(1)) || "satupintu_test"}_e2e`.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 63)}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const updated = await client.query(`UPDATE "Bill" SET "issuedAt" = now() - interval '8 days', "expiresAt" = now() - interval '1 day' WHERE "code" = $1`, [
      code,
    ]);
    expect(updated.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

const billCodeOf = (url: string) => /\/bayar\/(TG[A-Z0-9]+)/.exec(url)?.[1] ?? "";

test.describe("an expired bill", () => {
  test.skip(!process.env.TEST_DATABASE_URL, "time passes by editing the database, which needs it on a server");

  test("the applicant gets a new payment code and pays it; another citizen cannot", async ({ page, browser }) => {
    // Two citizens registered, an application filed, two bills and a payment: a long journey.
    test.slow();
    const { id } = await applyForSkck(page, true);
    const oldCode = billCodeOf(page.url());
    await letBillExpire(oldCode);

    // Another citizen who learns the code finds nothing to renew.
    const strangerContext = await browser.newContext();
    const stranger = await strangerContext.newPage();
    await registerCitizen(stranger);
    const refused = await stranger.goto(`/bayar/${oldCode}`);
    expect(refused?.status()).toBe(404);
    await expect(stranger.getByRole("button", { name: "Buat kode bayar baru" })).toHaveCount(0);
    await strangerContext.close();

    await page.goto(`/permohonan/${id}`);
    await expect(page.getByTestId("application-status")).toHaveText("Menunggu pembayaran");
    await expect(page.getByTestId(`bill-reissue-${oldCode}`).getByRole("button", { name: "Buat kode bayar baru" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/bayar/${oldCode}`);
    await expect(page.getByTestId("bill-status")).toHaveText("Kedaluwarsa");
    await expect(page.getByText("Kode bayar ini sudah kedaluwarsa dan tidak dapat dibayar lagi.", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bayar di simulator bank" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Buat kode bayar baru" }).click();

    await expect(page).toHaveURL(/\/bayar\/TG[A-Z0-9]+\?hasil=kode-baru$/);
    const newCode = billCodeOf(page.url());
    expect(newCode).not.toBe(oldCode);
    await expect(page.getByRole("status")).toContainText("Kode bayar baru sudah dibuat");
    await expect(page.getByTestId("bill-status")).toHaveText("Belum dibayar");
    await expect(page.getByTestId("bill-amount")).toHaveText(/Rp\s?30\.000/);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Bayar di simulator bank" }).click();
    await page.getByRole("button", { name: /^Bayar Rp/ }).click();
    await expect(page).toHaveURL(new RegExp(`/bayar/${newCode}$`));
    await expect(page.getByTestId("bill-status")).toHaveText("Lunas");

    await page.goto(`/bayar/${oldCode}`);
    await expect(page.getByTestId("bill-replaced-by")).toContainText(newCode);
    await expect(page.getByRole("button", { name: "Buat kode bayar baru" })).toHaveCount(0);
    await page.goto(`/permohonan/${id}`);
    await expect(page.getByTestId("application-status")).toHaveText("Diajukan");
    await expect(page.getByTestId("timeline")).toContainText("Kode bayar baru diterbitkan menggantikan kode yang kedaluwarsa");
  });
});

test("apply for an SKCK, pay its PNBP in the bank simulator, get the receipt; the officer sees it paid and issues the output", async ({ page, browser }) => {
  // Three people, a bank simulator, a signed receipt and five accessibility scans: past 60 s on a busy 2-core CI machine.
  test.slow();
  const { id, trackingNumber } = await applyForSkck(page, true);
  await expect(page.getByTestId("bill-amount")).toHaveText(/Rp\s?30\.000/);
  await expect(page.getByTestId("virtual-account")).toHaveText(/^8889 9\d{3} /);
  await expect(page.getByRole("img", { name: /Kode QRIS/ })).toBeVisible();
  await expect(page.getByText("Peraturan Pemerintah Nomor 76 Tahun 2020", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  const billUrl = page.url();

  await page.getByRole("link", { name: "Bayar di simulator bank" }).click();
  await expect(page.getByRole("heading", { name: "Simulator bank" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /^Bayar Rp/ }).click();
  await expect(page).toHaveURL(billUrl);
  await expect(page.getByTestId("bill-status")).toHaveText("Lunas");
  const receipt = await page.request.get(`${billUrl.replace("/bayar/", "/api/bayar/")}/bukti`);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  await expectNoAxeViolations(page);

  // The receipt carries a verification code (its QR code opens /verifikasi/<code>; the signature's /ContactInfo names the address).
  const receiptCode = /\/verifikasi\/([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec((await receipt.body()).toString("latin1"))?.[1];
  expect(receiptCode).toBeDefined();
  await page.goto(`/verifikasi/${receiptCode}`);
  await expect(page.getByTestId("verification-result")).toHaveAttribute("data-state", "valid");
  await expect(page.getByTestId("verification-state")).toContainText("Bukti bayar sah");
  await expect(page.getByText(billUrl.split("/bayar/")[1]!, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/permohonan/${id}`);
  await expect(page.getByTestId("application-status")).toHaveText("Diajukan");

  const officer = await signedInPage(browser, POLRES_OFFICER);
  await officer.goto(`/petugas/permohonan/${id}`);
  await expect(officer.getByRole("heading", { level: 1 })).toContainText(trackingNumber);
  await expect(officer.getByTestId("bill-status")).toHaveText("Lunas");
  await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
  await officer.getByRole("button", { name: "Setujui permohonan" }).click();
  await officer.getByRole("button", { name: "Terbitkan dokumen hasil" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("Selesai");
  await officer.context().close();

  // The revenue office sees the paid bill, then reconciles the day with the simulated bank's settlement file.
  const billCode = billUrl.split("/bayar/")[1]!;
  const treasury = await signedInPage(browser, TREASURY);
  await treasury.goto("/petugas/bendahara?status=lunas");
  await expect(treasury.getByTestId(`treasury-bill-${billCode}`).getByTestId("bill-status")).toHaveText("Lunas");
  await expectNoAxeViolations(treasury);
  await treasury.getByRole("link", { name: "Rekonsiliasi harian" }).click();
  const settlement = await treasury.request.get((await treasury.getByTestId("simulator-settlement").getAttribute("href"))!);
  expect(settlement.headers()["content-type"]).toContain("text/csv");
  const csv = await settlement.text();
  expect(csv).toContain(billCode);
  await treasury.getByLabel("Berkas settlement (CSV)").setInputFiles({ name: "settlement.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await treasury.getByRole("button", { name: "Cocokkan" }).click();
  await expect(treasury).toHaveURL(/\/petugas\/bendahara\/rekonsiliasi\/[^/?]+/);
  await expect(treasury.getByTestId(`reconciliation-${billCode}`).getByRole("rowheader")).toHaveText("Cocok");
  await expectNoAxeViolations(treasury);
  await treasury.context().close();
});

test("a paid application withdrawn: the citizen asks for the fee back, a supervisor approves it, the revenue office records the transfer", async ({
  page,
  browser,
}) => {
  test.slow();
  const { id } = await applyForSkck(page, true);
  const billUrl = page.url();
  const billCode = billCodeOf(billUrl);
  await page.getByRole("link", { name: "Bayar di simulator bank" }).click();
  await page.getByRole("button", { name: /^Bayar Rp/ }).click();
  await expect(page.getByTestId("bill-status")).toHaveText("Lunas");
  // While the application goes on, the fee is not offered back.
  await expect(page.getByRole("button", { name: "Ajukan pengembalian dana" })).toHaveCount(0);

  await page.goto(`/permohonan/${id}`);
  await page.locator("summary", { hasText: "Batalkan permohonan" }).click();
  await page.getByRole("button", { name: "Ya, batalkan permohonan" }).click();
  await expect(page.getByTestId("application-status")).toHaveText("Dibatalkan");
  await page.goto(billUrl);
  await page.getByRole("button", { name: "Ajukan pengembalian dana" }).click();
  await expect(page.getByRole("status")).toHaveText("Permintaan pengembalian diajukan.");
  await expect(page.getByTestId("bill-status")).toHaveText("Pengembalian diajukan");
  await expect(page.getByTestId("bill-refunds")).toContainText("Diajukan");
  await expect(page.getByRole("button", { name: "Ajukan pengembalian dana" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The revenue office sees the request but does not decide it: money leaves only on a supervisor's approval.
  const treasury = await signedInPage(browser, TREASURY);
  await treasury.goto("/petugas/pengembalian-dana?status=requested");
  await expect(treasury.getByTestId(`refund-${billCode}`)).toContainText("Diminta pemohon");
  await expect(treasury.getByTestId(`refund-${billCode}`).getByRole("button")).toHaveCount(0);

  const supervisor = await signedInPage(browser, SUPERVISOR);
  await supervisor.goto("/petugas/pengembalian-dana?status=requested");
  const request = supervisor.getByTestId(`refund-${billCode}`);
  // A refusal needs its reason: the error says so, and what is typed after it stays where it was typed.
  await request.getByRole("button", { name: "Tolak", exact: true }).click();
  await expect(request.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toBeFocused();
  await expect(request.getByText("Tulis alasan penolakan, paling sedikit 10 karakter.").first()).toBeVisible();
  await request.getByLabel("Alasan penolakan").pressSequentially("Belum yakin", { delay: 20 });
  await expect(request.getByLabel("Alasan penolakan")).toBeFocused();
  await expect(request.getByLabel("Alasan penolakan")).toHaveValue("Belum yakin");
  await request.getByRole("button", { name: "Setujui pengembalian" }).click();
  await expect(supervisor.getByRole("status")).toHaveText("Pengembalian disetujui.");
  await expectNoAxeViolations(supervisor);
  await supervisor.context().close();

  await treasury.goto("/petugas/pengembalian-dana?status=approved");
  const approved = treasury.getByTestId(`refund-${billCode}`);
  const reference = approved.getByLabel("Referensi transfer bank");
  await approved.getByRole("button", { name: "Catat transfer" }).click();
  await expect(approved.getByText("Isi referensi transfer bank, paling sedikit 4 karakter.").first()).toBeVisible();
  await reference.fill("TRF 0712");
  await approved.getByRole("button", { name: "Catat transfer" }).click();
  await expect(approved.getByText("Referensi transfer hanya huruf, angka dan tanda baca, tanpa spasi.").first()).toBeVisible();
  await expect(reference).toHaveValue("TRF 0712");
  await reference.fill("TRF-20261207-0712");
  await approved.getByRole("button", { name: "Catat transfer" }).click();
  await expect(treasury.getByRole("status")).toHaveText("Transfer pengembalian dicatat.");
  await expectNoAxeViolations(treasury);
  await treasury.context().close();

  await page.goto(billUrl);
  await expect(page.getByTestId("bill-status")).toHaveText("Dikembalikan");
  await expect(page.getByTestId("bill-refunds")).toContainText("Sudah ditransfer");
  await expect(page.getByTestId("bill-refunds")).toContainText("Referensi transfer: TRF-20261207-0712");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the bill shows, the simulator pays and the bill is paid", async ({ page }) => {
    await applyForSkck(page, false);
    await page.getByRole("link", { name: "Bayar di simulator bank" }).click();
    await page.getByRole("button", { name: /^Bayar Rp/ }).click();
    await expect(page.getByTestId("bill-status")).toHaveText("Lunas");
    await expect(page.getByRole("link", { name: "Unduh bukti bayar (PDF)" })).toBeVisible();
  });

  test("an expired bill gets a new payment code", async ({ page }) => {
    test.skip(!process.env.TEST_DATABASE_URL, "time passes by editing the database, which needs it on a server");
    await applyForSkck(page, false);
    const oldCode = billCodeOf(page.url());
    await letBillExpire(oldCode);
    await page.reload();
    await page.getByRole("button", { name: "Buat kode bayar baru" }).click();
    await expect(page).toHaveURL(/\/bayar\/TG[A-Z0-9]+\?hasil=kode-baru$/);
    expect(billCodeOf(page.url())).not.toBe(oldCode);
    await expect(page.getByTestId("bill-status")).toHaveText("Belum dibayar");
  });
});
