import { expect, test } from "@playwright/test";
import { ADMIN, DISDUKCAPIL_OFFICER, expectNoAxeViolations, gotoSettled, signedInPage } from "./support";

/*
 * The office visit (issue 19). The journey uses a location the admin opens
 * every day around the clock, so it runs whatever the day and hour. On a
 * public holiday, and in the last half hour before midnight WIB, the first
 * free slot is another day's: the journey then says so and skips.
 */
test.describe("the office visit", () => {
  test("a citizen books, the kiosk checks in, the officer calls, the hall screen shows the number, then it is served", async ({ browser }) => {
    test.setTimeout(240_000);
    const slug = `uji-e2e-${Date.now().toString(36)}`;

    // The admin opens a location with one counter, then turns their browser into its kiosk.
    const kiosk = await signedInPage(browser, ADMIN);
    await gotoSettled(kiosk, "/petugas/admin/kunjungan");
    await kiosk.getByLabel("Slug (alamat /antrean/<slug>)").fill(slug);
    await kiosk.getByLabel("Nama (Bahasa Indonesia)").fill("Gerai Uji E2E");
    await kiosk.getByLabel("Nama (bahasa Inggris)").fill("E2E Test Outlet");
    await kiosk.getByLabel("Alamat", { exact: true }).fill("Jl. Uji No. 9");
    for (const day of ["Sabtu", "Minggu"]) await kiosk.getByLabel(day).check();
    await kiosk.getByLabel("Jam buka").fill("00:00");
    await kiosk.getByLabel("Jam tutup").fill("23:30");
    await kiosk.getByLabel("Istirahat mulai (boleh kosong)").fill("");
    await kiosk.getByLabel("Istirahat selesai").fill("");
    await kiosk.getByLabel("Layanan", { exact: true }).selectOption("ktp-el-baru");
    await expectNoAxeViolations(kiosk);
    await kiosk.getByRole("button", { name: "Simpan lokasi" }).click();
    await expect(kiosk.getByRole("status")).toContainText(`Lokasi ${slug} tersimpan.`);
    await kiosk.goto(`/antrean/${slug}/kios`);
    await kiosk.getByRole("button", { name: "Aktifkan kios" }).click();
    await expect(kiosk.getByRole("button", { name: "Aktifkan kios" })).toHaveCount(0);
    await expectNoAxeViolations(kiosk);

    // The citizen books the first free time and gets a code with its QR code and a calendar file.
    const citizen = await signedInPage(browser, "budi.santoso@warga.test");
    await gotoSettled(citizen, `/kunjungan?layanan=ktp-el-baru&lokasi=${slug}`);
    await expectNoAxeViolations(citizen);
    // The kiosk checks in today's bookings only. In the last half hour before midnight WIB, or on a public
    // holiday, the first free time is another day's, and the rest of this journey cannot be walked today.
    const today = new Intl.DateTimeFormat("id-ID", { dateStyle: "full", timeZone: "Asia/Jakarta" }).format(new Date());
    test.skip(!(await citizen.locator("legend").first().textContent())?.includes(today), `no free time left today (${today}) at an all-day location`);
    await citizen.getByRole("radio").first().check();
    await citizen.getByRole("button", { name: "Pesan jadwal ini" }).click();
    await expect(citizen.getByRole("status")).toContainText("Jadwal tersimpan");
    const code = (await citizen.locator("dd.font-mono").first().textContent())!.trim();
    await expect(citizen.getByRole("img", { name: `Kode QR pemesanan ${code}` })).toBeVisible();
    const calendar = await citizen.request.get(`${citizen.url().split("?")[0]}/kalender.ics`);
    expect(await calendar.text()).toContain("BEGIN:VEVENT");
    await expectNoAxeViolations(citizen);

    // The hall screen is open before anyone is called: it must change live.
    const board = await (await browser.newContext()).newPage();
    await gotoSettled(board, `/antrean/${slug}/layar`);
    await expectNoAxeViolations(board);

    // At the kiosk the code is typed (what a QR scanner does).
    await kiosk.getByLabel("Kode pemesanan").fill(code.toLowerCase());
    await kiosk.getByRole("button", { name: "Check-in" }).click();
    await expect(kiosk.getByRole("status")).toContainText("A-001");

    // The officer calls the next number.
    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await gotoSettled(officer, "/petugas/loket");
    await officer.getByRole("link", { name: /Loket 1 — Gerai Uji E2E/ }).click();
    await officer.getByRole("button", { name: "Panggil berikutnya" }).click();
    await expect(officer.getByText("A-001", { exact: true })).toBeVisible();
    await expectNoAxeViolations(officer);
    await expect(board.getByRole("row", { name: /Loket 1/ })).toContainText("A-001");

    await officer.getByRole("button", { name: "Selesai dilayani" }).click();
    await expect(officer.getByText("Belum ada nomor yang dipanggil.")).toBeVisible();
    await expect(board.getByRole("row", { name: /Loket 1/ })).not.toContainText("A-001");

    await citizen.reload();
    await expect(citizen.getByText("Sudah dilayani")).toBeVisible();

    await board.goto(`/antrean/${slug}`);
    await expect(board.getByRole("heading", { level: 1 })).toContainText("Gerai Uji E2E");
    await expectNoAxeViolations(board);

    // The visit reaches the transparency dashboard: one number is published as "<5", and its times are not shown.
    await board.goto("/transparansi");
    const visits = board.getByTestId("section-kunjungan");
    const row = visits.getByRole("row", { name: /Gerai Uji E2E/ });
    await expect(row).toContainText("<5");
    await expect(row).toContainText("tidak ditampilkan");
    await expect(visits.getByRole("link", { name: /Kunjungan per lokasi dan layanan.*CSV/ }).first()).toHaveAttribute("href", /\/api\/data\/kunjungan\.csv/);
    await expectNoAxeViolations(board);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a citizen books a visit and cancels it with plain form posts", async ({ browser }) => {
      const page = await signedInPage(browser, "siti.rahayu@warga.test", { javaScriptEnabled: false });
      await page.goto("/kunjungan");
      await page.getByRole("link", { name: "KTP-el Baru (Perekaman Pertama)" }).first().click();
      await page.getByRole("link", { name: "Mal Pelayanan Publik Kota Harapan Jaya" }).click();
      // Sent without a choice: the refusal names the field.
      await page.getByRole("button", { name: "Pesan jadwal ini" }).click();
      await expect(page.getByRole("alert")).toContainText("Pilih salah satu jam kunjungan.");
      // The latest time offered: the first one may already be past the cancellation cutoff (during office hours it is).
      await page.getByRole("radio").last().check();
      await page.getByRole("button", { name: "Pesan jadwal ini" }).click();
      await expect(page.getByRole("status")).toContainText("Jadwal tersimpan");
      await page.getByRole("button", { name: "Batalkan jadwal" }).click();
      await expect(page.getByRole("status")).toContainText("Jadwal dibatalkan.");
    });
  });
});
