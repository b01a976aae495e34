import { expect, test, type Page } from "@playwright/test";
import {
  DISDUKCAPIL_OFFICER,
  KTP_ANSWERS,
  expectNoAxeViolations,
  gotoSettled,
  officerClaims,
  registerCitizen,
  signedInPage,
  submitKtpApplication,
} from "./support";

const SUPERVISOR = "supervisor.disdukcapil@harapanjaya.go.id";
const CORRECTED_BIRTH_PLACE = "Kota Bandung";

/** Whether the heading named `first` comes before the one named `second` in the page. */
async function headingPrecedes(page: Page, first: string, second: string) {
  const a = page.getByRole("heading", { name: first, exact: true, level: 2 });
  const b = page.getByRole("heading", { name: second, exact: true, level: 2 });
  const other = await b.elementHandle();
  return a.evaluate((node, later) => Boolean(node.compareDocumentPosition(later!) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

test.describe("reviewing a case", () => {
  // A citizen, an officer and a supervisor: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test("the officer decides after the evidence, sees what a correction changed, and the supervisor is told why nobody can take over", async ({
    page,
    browser,
  }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);

    const officer = await officerClaims(browser, application.id);

    // The decision comes after the answers, the documents and the checklist it rests on.
    for (const evidence of ["Isian permohonan", "Dokumen unggahan", "Daftar periksa persyaratan"]) {
      expect(await headingPrecedes(officer, evidence, "Tindakan"), evidence).toBe(true);
    }

    await officer.locator("summary", { hasText: "Minta perbaikan" }).click();
    await officer.getByLabel("Tempat lahir", { exact: true }).check();
    await officer.getByLabel("Pesan untuk pemohon: apa yang salah dan bagaimana memperbaikinya").fill("Tempat lahir harus sesuai akta kelahiran.");
    await officer.getByRole("button", { name: "Minta perbaikan" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Perlu perbaikan");

    await page.goto(`/permohonan/${application.id}/isi`);
    await page.getByLabel("Tempat lahir").fill(CORRECTED_BIRTH_PLACE);
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    await expect(page).toHaveURL(/\/periksa$/);
    await page.getByLabel(/Saya menyatakan/).check();
    await page.getByRole("button", { name: "Kirim perbaikan" }).click();
    await expect(page.getByTestId("application-status")).toHaveText("Sedang diperiksa");

    // Old and new side by side, before the full answers.
    await officer.reload();
    const changes = officer.getByRole("region", { name: "Yang diubah pemohon" });
    await expect(changes.getByRole("row", { name: /Tempat lahir/ })).toContainText(KTP_ANSWERS.birthPlace);
    await expect(changes.getByRole("row", { name: /Tempat lahir/ })).toContainText(CORRECTED_BIRTH_PLACE);
    expect(await headingPrecedes(officer, "Yang diubah pemohon", "Isian permohonan")).toBe(true);
    await expectNoAxeViolations(officer);

    // Disdukcapil has one officer: the supervisor is told why the case cannot be moved, not shown an empty list.
    const supervisor = await signedInPage(browser, SUPERVISOR);
    await supervisor.goto(`/petugas/permohonan/${application.id}`);
    await expect(supervisor.getByTestId("reassign-unavailable")).toContainText("tidak memiliki petugas aktif lain");
    await expect(supervisor.getByRole("button", { name: "Alihkan ke petugas lain" })).toHaveCount(0);
    await expectNoAxeViolations(supervisor);
  });
});

test.describe("filters and queues", () => {
  test("the transparency filter names a choice it cannot use, keeps it, and shows only the chosen period's inputs, also without JavaScript", async ({
    page,
    browser,
  }) => {
    for (const context of [page.context(), await browser.newContext({ javaScriptEnabled: false })]) {
      const visitor = context === page.context() ? page : await context.newPage();
      await visitor.goto("/transparansi?periode=rentang&dari=2026-05-10&sampai=2026-01-01&instansi=tidak-ada");
      const errors = visitor.getByTestId("filter-errors");
      await expect(errors.getByRole("link", { name: /tanggal awal tidak boleh setelah tanggal akhir/ })).toHaveAttribute("href", "#dari");
      await expect(errors.getByRole("link", { name: "Instansi ini tidak dikenal. Pilih instansi dari daftar." })).toBeVisible();
      await expect(visitor.getByLabel("Jenis periode")).toHaveValue("rentang");
      await expect(visitor.getByLabel("Dari tanggal")).toHaveValue("2026-05-10");
      await expect(visitor.getByLabel("Dari tanggal")).toHaveAttribute("aria-invalid", "true");
      await expect(visitor.getByLabel("Sampai tanggal")).toHaveValue("2026-01-01");
      await expect(visitor.getByLabel("Bulan", { exact: true })).toBeHidden();
      await expect(visitor.getByLabel("Tahun", { exact: true })).toBeHidden();

      await visitor.getByLabel("Jenis periode").selectOption("triwulan");
      await expect(visitor.getByLabel("Triwulan", { exact: true })).toBeVisible();
      await expect(visitor.getByLabel("Dari tanggal")).toBeHidden();
      if (context !== page.context()) await context.close();
    }
    await expectNoAxeViolations(page);
  });

  test("the complaint queue counts what waits on each tab and opens on one with work", async ({ browser }) => {
    const visitor = await browser.newPage();
    await gotoSettled(visitor, "/pengaduan/baru");
    await visitor.getByLabel("Layanan").selectOption("ktp-el-baru");
    await visitor.getByLabel("Kategori").selectOption("delay");
    await visitor.getByLabel("Judul").fill("Antrean perekaman KTP-el terlalu panjang");
    await visitor
      .getByLabel("Isi laporan")
      .fill("Sudah tiga kali datang ke kecamatan untuk perekaman KTP-el, selalu disuruh kembali besok karena antrean penuh.");
    await visitor.getByRole("button", { name: "Kirim pengaduan" }).click();
    const similar = visitor.getByTestId("similar-complaints");
    const receipt = visitor.getByTestId("complaint-receipt");
    await expect(similar.or(receipt)).toBeVisible();
    if (await similar.isVisible()) await visitor.getByRole("button", { name: "Tetap kirim pengaduan saya" }).click();
    await expect(receipt).toBeVisible();

    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await officer.goto("/petugas/pengaduan");
    const tabs = officer.getByRole("navigation", { name: "Pengaduan masuk" }).getByRole("link");
    const counts = (await tabs.getByTestId("tab-count").allTextContents()).map(Number);
    expect(counts).toHaveLength(2);
    expect(counts[0]).toBeGreaterThan(0);
    const current = Number(await officer.locator('nav a[aria-current="page"]').getByTestId("tab-count").textContent());
    // The queue never opens on an empty tab while another has work.
    expect(current).toBeGreaterThan(0);
    await expectNoAxeViolations(officer);
  });

  test("the queues' filter selects show their options whole at 1280 px", async ({ browser }) => {
    const supervisor = await signedInPage(browser, "supervisor@harapanjaya.go.id", { viewport: { width: 1280, height: 900 } });
    for (const path of ["/petugas/permohonan", "/petugas/pengaduan?tampil=instansi"]) {
      await supervisor.goto(path);
      const cut = await supervisor.locator("main form[method=get] select").evaluateAll((selects) =>
        selects.flatMap((element) => {
          const select = element as HTMLSelectElement;
          const style = getComputedStyle(select);
          const probe = document.createElement("span");
          probe.style.cssText = `position:absolute;white-space:nowrap;font:${style.font}`;
          probe.textContent = [...select.options].reduce((longest, option) => (option.text.length > longest.length ? option.text : longest), "");
          document.body.append(probe);
          const needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
          probe.remove();
          return needed > select.clientWidth ? [select.name] : [];
        }),
      );
      expect(cut, path).toEqual([]);
    }
  });
});
