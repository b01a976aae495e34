import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

/** Issue 17, item 8: every public figure hides small numbers by the same rule (lib/dashboard/suppression.ts). */

const COUNTS = ["received", "routed", "responded", "respondedOnTime", "closed", "rejected", "open", "overdue", "ratings"] as const;
const exactSmall = (value: unknown) => typeof value === "number" && value >= 1 && value <= 4;

test("the complaint statistics, their CSV and JSON show no count of 1–4 and no figure derived from fewer than 5", async ({ page, request }) => {
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
