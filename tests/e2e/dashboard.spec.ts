import { expect, test, type Page } from "@playwright/test";
import { DISDUKCAPIL_OFFICER, expectNoAxeViolations, openRefreshedTransparency, registerCitizen, signIn, signedInPage, submitKtpApplication } from "./support";

/**
 * The satisfaction survey and the transparency dashboard (issue 7): a citizen
 * rates a completed application, the public dashboard counts the response
 * after its refresh, the downloads say what the page says, and all of it
 * works without JavaScript.
 */

const thisMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
const ktpThisMonth = () => `periode=bulan&bulan=${thisMonth()}&layanan=ktp-el-baru`;

/** The survey answers given below: 4 everywhere except questions 3 and 8 (3). 25 × 34 / 9 = 94.44, grade A. */
const ANSWERS: [number, string][] = [
  [1, "Sangat sesuai"],
  [2, "Sangat mudah"],
  [3, "Cepat"],
  [4, "Gratis"],
  [5, "Sangat sesuai"],
  [6, "Sangat kompeten"],
  [7, "Sangat sopan dan ramah"],
  [8, "Berfungsi kurang maksimal"],
  [9, "Sangat baik"],
];

async function metric(page: Page, name: string) {
  return (await page.getByTestId(`metric-${name}`).innerText()).trim();
}

/** The officer's side, through the back office: claim, approve, issue the output. */
async function completeThroughBackOffice(officer: Page, applicationId: string) {
  await officer.goto(`/petugas/permohonan/${applicationId}`);
  await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
  await officer.getByRole("button", { name: "Setujui permohonan" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("Disetujui");
  await officer.getByRole("button", { name: "Terbitkan dokumen hasil" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("Selesai");
}

/** Page text of a number as the open data writes it: "1.234" → "1234", "94,4" → "94.4", "—" → "". */
function asData(cell: string): string {
  const text = cell.replace(/tidak ditampilkan/g, "").trim();
  if (text === "—" || text === "") return "";
  if (text === "<5") return text;
  return text.replace(/\./g, "").replace(",", ".");
}

/** Compare numbers as numbers: the page prints "8,0" where the data says 8. */
const same = (value: string) => (value === "" || value === "<5" ? value : String(Number(value)));

function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split("\r\n")
    .map((line) => {
      const cells: string[] = [];
      let value = "";
      let quoted = false;
      for (let index = 0; index < line.length; index++) {
        const char = line[index]!;
        if (quoted && char === '"' && line[index + 1] === '"') {
          value += '"';
          index++;
        } else if (char === '"') quoted = !quoted;
        else if (char === "," && !quoted) {
          cells.push(value);
          value = "";
        } else value += char;
      }
      cells.push(value);
      return cells;
    });
}

test.describe("satisfaction survey and transparency dashboard", () => {
  test("a citizen rates a completed application without JavaScript; the dashboard counts it after its refresh", async ({ page, browser }) => {
    test.setTimeout(150_000);
    // Before: the public count of KTP-el survey respondents this month.
    await page.goto(`/transparansi?${ktpThisMonth()}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dasbor transparansi pelayanan");
    const respondentsBefore = await metric(page, "respondents");
    expect(respondentsBefore).toBe("0");

    const citizen = await registerCitizen(page);
    const application = await submitKtpApplication(page);
    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await completeThroughBackOffice(officer, application.id);
    await officer.context().close();

    // The invitation: in the notification centre, and as a prompt on the application page.
    await page.goto("/notifikasi");
    await expect(page.getByText("Bagaimana layanan KTP-el Baru (Perekaman Pertama)? Isi survei kepuasan")).toBeVisible();
    await page.goto(`/permohonan/${application.id}`);
    const prompt = page.getByRole("region", { name: "Bagaimana pelayanan kami?" });
    await expect(prompt.getByRole("link", { name: "Isi survei kepuasan" })).toHaveAttribute("href", `/permohonan/${application.id}/survei`);

    // The survey page, checked with axe, with its error summary: nothing chosen lists every question by number.
    await prompt.getByRole("link", { name: "Isi survei kepuasan" }).click();
    await expect(page).toHaveURL(new RegExp(`/permohonan/${application.id}/survei$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Survei kepuasan masyarakat");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Kirim survei" }).click();
    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toBeFocused();
    for (let number = 1; number <= 9; number++) {
      await expect(summary.getByRole("link", { name: `Pertanyaan ${number}: Pilih salah satu jawaban.` })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    // Answered in a browser without JavaScript: the same form, posted plainly.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const survey = await noScript.newPage();
    await signIn(survey, citizen.email, citizen.password, `/masuk?callbackUrl=${encodeURIComponent(`/permohonan/${application.id}/survei`)}`);
    await expect(survey).toHaveURL(new RegExp(`/permohonan/${application.id}/survei$`));
    await survey.getByRole("group", { name: /^1\. / }).getByLabel("Sangat sesuai", { exact: true }).check();
    await survey.getByRole("button", { name: "Kirim survei" }).click();
    // Without JavaScript too, what is missing is listed and what was chosen is kept.
    await expect(survey.getByRole("alert", { name: "Ada yang perlu diperbaiki" }).getByRole("link")).toHaveCount(8);
    await expect(survey.getByRole("group", { name: /^1\. / }).getByLabel("Sangat sesuai", { exact: true })).toBeChecked();
    for (const [number, answer] of ANSWERS) {
      await survey
        .getByRole("group", { name: new RegExp(`^${number}\\. `) })
        .getByLabel(answer, { exact: true })
        .check();
    }
    await survey.getByLabel(/^Saran atau masukan/).fill("Prosesnya jelas dan cepat.");
    await survey.getByRole("button", { name: "Kirim survei" }).click();
    await expect(survey).toHaveURL(new RegExp(`/permohonan/${application.id}(#survei)?$`));
    await expect(survey.getByTestId("survey-prompt")).toContainText("Terima kasih, Anda mengisi survei kepuasan pada");
    await expect(survey.getByRole("link", { name: /^Ubah jawaban survei \(sampai / })).toBeVisible();

    // Changing it within the week brings back the answers given.
    await survey.getByRole("link", { name: /^Ubah jawaban survei/ }).click();
    await expect(survey.getByRole("group", { name: /^3\. / }).getByLabel("Cepat", { exact: true })).toBeChecked();
    await expect(survey.getByRole("button", { name: "Simpan perubahan" })).toBeVisible();
    await noScript.close();

    // The public dashboard counts the response once its refresh has run (asked for by the survey, seconds later).
    await expect
      .poll(
        async () => {
          await page.goto(`/transparansi?${ktpThisMonth()}`);
          return metric(page, "respondents");
        },
        { timeout: 60_000, intervals: [2_000] },
      )
      .toBe("<5");
    // One response is too few to publish an index: it is not shown, and says so to screen readers.
    await expect(page.getByTestId("metric-ikm")).toContainText("tidak ditampilkan");

    // The supervisor sees the exact figures: one respondent, 94.44, grade A.
    const supervisor = await signedInPage(browser, "supervisor.disdukcapil@harapanjaya.go.id");
    await supervisor.goto(`/petugas/dasbor?${ktpThisMonth()}`);
    await expect(supervisor.getByTestId("metric-respondents")).toHaveText("1");
    await expect(supervisor.getByTestId("metric-ikm")).toContainText("94,44");
    await expect(supervisor.getByTestId("metric-ikm")).toContainText("A (Sangat Baik)");
    await expectNoAxeViolations(supervisor);
    // The comments are on their own part of the dashboard, for the same selection.
    await supervisor.getByRole("navigation", { name: "Bagian dasbor" }).getByRole("link", { name: "Kepuasan dan masukan" }).click();
    await expect(supervisor).toHaveURL(/bagian=kepuasan/);
    await expect(supervisor).toHaveURL(/layanan=ktp-el-baru/);
    await expect(supervisor.getByTestId("section-comments")).toContainText("Prosesnya jelas dan cepat.");
    await expectNoAxeViolations(supervisor);
    await supervisor.context().close();
  });

  test("every public table downloads as CSV and JSON that match the page", async ({ page, request }) => {
    // The worker computes the figures shortly after start-up.
    await openRefreshedTransparency(page);
    for (let attempt = 1; ; attempt++) {
      await page.goto("/transparansi");
      const refreshedAt = await page.getByTestId("refreshed-at").locator("time").getAttribute("datetime");
      let consistent = true;
      for (const dataset of ["ringkasan", "permohonan", "pengaduan", "ikm", "tren", "tunggakan"] as const) {
        const links = page.getByTestId(`download-${dataset}`);
        const csvHref = await links.getByRole("link", { name: /\(CSV\)$/ }).getAttribute("href");
        const jsonHref = await links.getByRole("link", { name: /\(JSON\)$/ }).getAttribute("href");
        const csvResponse = await request.get(csvHref!);
        expect(csvResponse.headers()["content-type"]).toContain("text/csv");
        const csv = parseCsv(await csvResponse.text());
        const json = (await (await request.get(jsonHref!)).json()) as { meta: { kolom: string[]; diperbarui: string | null }; data: Record<string, unknown>[] };
        if (json.meta.diperbarui !== refreshedAt) {
          consistent = false; // The figures were refreshed between the page and the download: read both again.
          break;
        }
        // CSV and JSON: the same columns, the same rows.
        expect(csv[0]).toEqual(json.meta.kolom);
        expect(csv.slice(1)).toEqual(json.data.map((row) => json.meta.kolom.map((column) => (row[column] === null ? "" : String(row[column])))));

        const column = (name: string) => json.meta.kolom.indexOf(name);
        if (dataset === "ringkasan") {
          // The summary cards are its one row.
          const cards = {
            received: "permohonan_masuk",
            completed: "permohonan_selesai",
            rejected: "permohonan_ditolak",
            "complaints-received": "pengaduan_masuk",
            respondents: "jumlah_responden",
          };
          for (const [card, name] of Object.entries(cards))
            expect([card, same(asData(await metric(page, card)))]).toEqual([card, same(csv[1]![column(name)]!)]);
          continue;
        }
        // The page's table says the same.
        const table = page.getByTestId(`table-${dataset}`);
        const pageRows = await table
          .locator("tbody tr")
          .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell as HTMLElement).innerText)));
        if (dataset === "permohonan") {
          const columns = [
            "permohonan_masuk",
            "permohonan_selesai",
            "permohonan_ditolak",
            "selesai_tepat_waktu",
            "kepatuhan_waktu_persen",
            "median_waktu_proses_hari_kerja",
            "p90_waktu_proses_hari_kerja",
            "sedang_diproses",
            "sedang_diproses_lewat_batas",
          ];
          expect(pageRows.map((cells) => cells.slice(1, 10).map((cell) => same(asData(cell))))).toEqual(
            csv.slice(1).map((row) => columns.map((name) => same(row[column(name)]!))),
          );
        }
        if (dataset === "pengaduan") {
          const columns = ["pengaduan_masuk", "pengaduan_dijawab", "pengaduan_lewat_batas_waktu", "median_waktu_jawab_hari_kerja"];
          expect(pageRows.map((cells) => cells.slice(1, 5).map((cell) => same(asData(cell))))).toEqual(
            csv.slice(1).map((row) => columns.map((name) => same(row[column(name)]!))),
          );
        }
        if (dataset === "ikm") {
          expect(pageRows.map((cells) => [same(asData(cells[1]!)), same(asData(cells[2]!))])).toEqual(
            csv.slice(1).map((row) => [same(row[column("jumlah_responden")]!), same(row[column("nilai_ikm")]!)]),
          );
        }
        if (dataset === "tren") {
          const columns = [
            "permohonan_masuk",
            "permohonan_selesai",
            "permohonan_ditolak",
            "kepatuhan_waktu_persen",
            "pengaduan_masuk",
            "jumlah_responden",
            "nilai_ikm",
          ];
          expect(pageRows.map((cells) => cells.slice(2, 9).map((cell) => same(asData(cell))))).toEqual(
            csv.slice(1).map((row) => columns.map((name) => same(row[column(name)]!))),
          );
        }
        if (dataset === "tunggakan") {
          // The page pivots the long table: one row per status, one column per age.
          const counts = csv.slice(1).map((row) => row[column("jumlah")]!);
          expect(pageRows.map((cells) => cells.slice(1, 6).map(asData))).toEqual([0, 1, 2, 3].map((status) => counts.slice(status * 5, status * 5 + 5)));
        }
      }
      if (consistent || attempt === 3) {
        expect(consistent).toBe(true);
        break;
      }
    }
  });

  test("the dashboard and its data dictionary pass axe and work without JavaScript", async ({ page, browser }) => {
    // Three axe runs over the largest public page, then a whole no-JavaScript journey: near a minute on a loaded CI machine.
    test.setTimeout(120_000);
    await page.goto("/transparansi");
    await expectNoAxeViolations(page);
    await page.goto("/transparansi/kamus-data");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kamus data terbuka");
    await expect(page.getByTestId("dictionary-permohonan")).toContainText("kepatuhan_waktu_persen");
    await expectNoAxeViolations(page);
    await page.goto("/transparansi?lang=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public service transparency dashboard");
    await expectNoAxeViolations(page);
    await page.goto("/transparansi?lang=id");

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto("/");
    await noScript.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Transparansi" }).click();
    await expect(noScript).toHaveURL(/\/transparansi$/);

    // The filter is a plain GET form: one agency, one quarter.
    const year = thisMonth().slice(0, 4);
    await noScript.getByLabel("Jenis periode", { exact: true }).selectOption("triwulan");
    await noScript.getByLabel("Triwulan", { exact: true }).selectOption(`${year}-1`);
    await noScript.getByLabel("Instansi", { exact: true }).selectOption("disdukcapil");
    await noScript.getByRole("button", { name: "Tampilkan" }).click();
    await expect(noScript).toHaveURL(/periode=triwulan/);
    await expect(noScript).toHaveURL(/triwulan=\d{4}-1/);
    const context_ = noScript.getByTestId("dashboard-context");
    await expect(context_).toContainText("Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya");
    await expect(context_).toContainText(`1 Jan ${year}`);
    await expect(noScript.getByRole("table", { name: "Permohonan per layanan" })).toBeVisible();
    await expect(noScript.getByRole("img", { name: "Permohonan masuk dan selesai" })).toBeVisible();
    const filtered = noScript.url();
    await noScript.getByRole("link", { name: "Kamus data dan ketentuan data terbuka" }).click();
    await expect(noScript.getByRole("heading", { level: 1 })).toHaveText("Kamus data terbuka");
    await context.close();

    // The filtered view passes axe as well.
    await page.goto(filtered);
    await expectNoAxeViolations(page);
  });

  test("the supervisor dashboard opens in parts, each for the same selection, also without JavaScript", async ({ browser }) => {
    test.setTimeout(150_000);
    const parts = [
      { name: "Ringkasan", bagian: null, shows: ["section-ringkasan", "section-tunggakan"] },
      { name: "Per instansi dan layanan", bagian: "layanan", shows: ["table-permohonan", "table-pengaduan", "section-weak"] },
      { name: "Tren", bagian: "tren", shows: ["table-tren"] },
      { name: "Kepuasan dan masukan", bagian: "kepuasan", shows: ["table-ikm", "table-nrr", "section-comments"] },
      { name: "Petugas", bagian: "petugas", shows: ["section-officers"] },
      { name: "Kunjungan kantor", bagian: "kunjungan", shows: ["section-kunjungan"] },
    ];
    const everyPart = ["section-ringkasan", "section-tunggakan", "table-permohonan", "table-pengaduan", "section-weak", "table-tren", "table-ikm"];
    const everyPartAlso = ["section-comments", "section-officers", "section-kunjungan"];
    const year = thisMonth().slice(0, 4);

    const noScript = await signedInPage(browser, "supervisor@harapanjaya.go.id", { javaScriptEnabled: false });
    await noScript.goto("/petugas/dasbor");
    const nav = noScript.getByRole("navigation", { name: "Bagian dasbor" });
    await expect(nav.getByRole("link")).toHaveCount(parts.length);
    await expect(nav.getByRole("link", { name: "Ringkasan" })).toHaveAttribute("aria-current", "page");
    // The summary first: the headline figures and the backlog, not the long tables.
    await expect(noScript.getByTestId("metric-received")).toBeVisible();
    await expect(noScript.getByTestId("table-permohonan")).toHaveCount(0);
    await expect(noScript.getByTestId("section-officers")).toHaveCount(0);

    // One agency, one quarter: every part's link keeps the choice, and so does the filter on each part.
    await noScript.getByLabel("Jenis periode", { exact: true }).selectOption("triwulan");
    await noScript.getByLabel("Triwulan", { exact: true }).selectOption(`${year}-1`);
    await noScript.getByLabel("Instansi", { exact: true }).selectOption("disdukcapil");
    await noScript.getByRole("button", { name: "Tampilkan" }).click();
    await expect(noScript).toHaveURL(/instansi=disdukcapil/);
    for (const part of parts) {
      await nav.getByRole("link", { name: part.name }).click();
      if (part.bagian) await expect(noScript).toHaveURL(new RegExp(`bagian=${part.bagian}`));
      else await expect(noScript).not.toHaveURL(/bagian=/);
      await expect(noScript).toHaveURL(/periode=triwulan&triwulan=\d{4}-1&instansi=disdukcapil/);
      await expect(nav.getByRole("link", { name: part.name })).toHaveAttribute("aria-current", "page");
      await expect(noScript.getByTestId("dashboard-context")).toContainText("Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya");
      for (const shown of part.shows) await expect(noScript.getByTestId(shown), `${part.name}: ${shown}`).toBeVisible();
      for (const other of [...everyPart, ...everyPartAlso].filter((id) => !part.shows.includes(id)))
        await expect(noScript.getByTestId(other), `${part.name}: not ${other}`).toHaveCount(0);
    }
    // The filter on a part stays on that part.
    await noScript.getByLabel("Instansi", { exact: true }).selectOption("");
    await noScript.getByRole("button", { name: "Tampilkan" }).click();
    await expect(noScript).toHaveURL(/bagian=kunjungan/);
    await expect(noScript).not.toHaveURL(/instansi=disdukcapil/);
    await expect(noScript.getByTestId("dashboard-context")).toContainText("Semua instansi");
    await expect(noScript.getByTestId("section-kunjungan")).toBeVisible();
    await noScript.context().close();

    // Every part passes axe.
    const supervisor = await signedInPage(browser, "supervisor@harapanjaya.go.id");
    for (const part of parts) {
      await supervisor.goto(`/petugas/dasbor${part.bagian ? `?bagian=${part.bagian}` : ""}`);
      await expect(supervisor.getByTestId(part.shows[0]!)).toBeVisible();
      await expectNoAxeViolations(supervisor);
    }
    await supervisor.goto("/petugas/dasbor?bagian=layanan&lang=en");
    await expect(supervisor.getByRole("navigation", { name: "Dashboard sections" }).getByRole("link", { name: "By agency and service" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectNoAxeViolations(supervisor);
    await supervisor.context().close();
  });
});
