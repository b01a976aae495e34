import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "SatuPintu2026";

/** Fails the test on any WCAG 2.1 A/AA violation axe can detect on the current page. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = "/masuk") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/** A new citizen's details with a NIK that is valid and unused in this run. */
export function newCitizen() {
  const serial = String(1000 + Math.floor(Math.random() * 8999));
  const id = `${Date.now()}${serial}`;
  return {
    name: "Rina Wulandari",
    email: `rina.${id}@warga.test`,
    // A woman born 3 Feb 1994: day 03 + 40 = 43.
    nik: `327502430294${serial}`,
    birthDate: "1994-02-03",
    password: "Matahari2026terbit",
  };
}

export async function fillRegistration(page: Page, citizen: ReturnType<typeof newCitizen>) {
  await page.getByLabel("Nama lengkap sesuai KTP").fill(citizen.name);
  await page.getByLabel("Email").fill(citizen.email);
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill(citizen.nik);
  await page.getByLabel("Tanggal lahir").fill(citizen.birthDate);
  await page.getByLabel("Perempuan").check();
  await page.getByLabel("Kata sandi", { exact: true }).fill(citizen.password);
  await page.getByLabel("Ulangi kata sandi").fill(citizen.password);
  await page.getByLabel(/Saya menyetujui/).check();
}
