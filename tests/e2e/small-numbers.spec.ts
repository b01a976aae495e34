import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, gotoSettled } from "./support";

/** Issue 17, item 8: every public figure hides small numbers by the same rule (lib/platform/suppression.ts). */

const COUNTS = ["received", "routed", "responded", "respondedOnTime", "closed", "rejected", "open", "overdue", "ratings"] as const;
const exactSmall = (value: unknown) => typeof value === "number" && value >= 1 && value <= 4;

test("the complaint statistics, their CSV and JSON show no count of 1–4 and no figure derived from fewer than 5", async ({ page, request }) => {
  test.setTimeout(120_000);
  // One complaint about a service no other journey complains about: its agency has a small count, whatever ran before.
  await gotoSettled(page, "/pengaduan/baru");
  await page.getByLabel("Layanan").selectOption("kartu-tanda-pengenal-pramuwisata");
  await page.getByLabel("Kategori").selectOption("delay");
  await page.getByLabel("Judul").fill("Kartu pramuwisata belum terbit");
  await page.getByLabel("Isi laporan").fill("Permohonan kartu tanda pengenal pramuwisata saya sudah lewat batas waktu dan belum ada kabar dari dinas.");
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  const similar = page.getByTestId("similar-complaints");
  await expect(similar.or(page.getByTestId("complaint-receipt"))).toBeVisible();
  if (await similar.isVisible()) await page.getByRole("button", { name: "Tetap kirim pengaduan saya" }).click();
  await expect(page.getByTestId("complaint-receipt")).toBeVisible();

  const json = await (await request.get("/pengaduan/statistik.json")).json();
  const agencies = json.agencies as Record<string, unknown>[];
  expect(agencies.length).toBeGreaterThan(0);
  // The demo data has agencies with a handful of complaints: they must show as "<5".
  expect(agencies.some((agency) => COUNTS.some((column) => agency[column] === "<5"))).toBe(true);
  for (const agency of agencies) {
    for (const column of COUNTS) expect(exactSmall(agency[column]), `${agency.agencyCode} ${column}`).toBe(false);
    if (agency.ratings === "<5" || agency.ratings === 0) expect(agency.averageRating).toBeNull();
    if (agency.responded === "<5" || agency.responded === 0) expect(agency.medianResponseDays).toBeNull();
  }

  const csv = await (await request.get("/pengaduan/statistik.csv")).text();
  const [header, ...lines] = csv.trim().split(/\r\n/);
  const columns = header!.split(/[,;]/);
  for (const line of lines) {
    const cells = line.split(/[,;]/).slice(-columns.length);
    for (const column of COUNTS) expect(cells[columns.indexOf(column)]).not.toMatch(/^[1-4]$/);
  }

  await page.goto("/pengaduan/statistik");
  const table = page.getByTestId("complaint-statistics");
  await expect(table).toBeVisible();
  await expect(table).toContainText("<5");
  for (const cell of await table.locator("tbody td").allTextContents()) expect(cell.trim()).not.toMatch(/^[1-4]$/);
  await expect(page.getByTestId("suppression-note")).toContainText("“<5” berarti 1 sampai 4");
  await expectNoAxeViolations(page);
});
