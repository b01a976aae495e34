import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/dashboard/csv";
import { JPEG_BYTES } from "../fixtures/documents";
import { openRefreshedTransparency, pdfFile, registerCitizen, signedInPage, startKtpApplication } from "./support";

/** Issue 16, findings 6 and 11, and issue 17 item 16, against the built portal. */

test.describe.configure({ timeout: 120_000 });

const port = Number(process.env.E2E_PORT ?? 3100);
const PORTAL = `http://localhost:${port}`;
/** A page on another port of the same host: same-site, so the browser sends the session cookie with its posts. */
const OTHER_ORIGIN = `http://localhost:${port + 1}`;
const UPLOAD_FIELD = "Scan/foto Kartu Keluarga";

async function uploadedDocuments(page: Page, id: string) {
  await page.goto(`/permohonan/${id}/isi`);
  return page.getByTestId("uploaded-familyCardScan").count();
}

test("a cookie-authenticated route handler refuses posts from another origin of the same site (finding 6)", async ({ page }) => {
  await registerCitizen(page);
  const id = await startKtpApplication(page);
  const planted = { fieldKey: "familyCardScan", file: pdfFile("ditanam.pdf") };

  const crossOrigin = await page.request.post(`/api/permohonan/${id}/dokumen`, { headers: { Origin: OTHER_ORIGIN }, multipart: planted });
  expect(crossOrigin.status()).toBe(403);
  expect(await crossOrigin.json()).toEqual({ messageKey: "error.crossOrigin" });
  // A browser post without Origin that says it came from elsewhere.
  const noOrigin = await page.request.post(`/api/permohonan/${id}/dokumen`, { headers: { "Sec-Fetch-Site": "same-site" }, multipart: planted });
  expect(noOrigin.status()).toBe(403);
  expect(await uploadedDocuments(page, id)).toBe(0);

  // Auth.js's own state-changing routes are behind the same guard.
  const signOut = await page.request.post("/api/auth/signout", { headers: { Origin: OTHER_ORIGIN }, form: { csrfToken: "x" } });
  expect(signOut.status()).toBe(403);

  // The portal's own page still uploads.
  const own = await page.request.post(`/api/permohonan/${id}/dokumen`, { headers: { Origin: PORTAL }, multipart: planted });
  expect(own.status()).toBe(201);
  expect(await uploadedDocuments(page, id)).toBe(1);
});

function drainedOrClosed(request: http.ClientRequest): Promise<void> {
  return new Promise((next) => {
    const done = () => {
      request.off("drain", done);
      request.off("close", done);
      next();
    };
    request.on("drain", done);
    request.on("close", done);
  });
}

/** Sends `megabytes` of body with Transfer-Encoding: chunked (no Content-Length) and returns the status the portal answers. */
function chunkedUpload(path: string, cookie: string, megabytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const boundary = "----satupintu-chunked";
    const request = http.request(`${PORTAL}${path}`, {
      method: "POST",
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, "Transfer-Encoding": "chunked", Cookie: cookie, Origin: PORTAL },
    });
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="fieldKey"\r\n\r\nfamilyCardScan\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="besar.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    void (async () => {
      request.write(Buffer.concat([Buffer.from(head), Buffer.from(JPEG_BYTES)]));
      for (let sent = 0; sent < megabytes && !answered && !request.destroyed; sent++) {
        if (!request.write(chunk)) await drainedOrClosed(request);
      }
      if (!answered && !request.destroyed) request.end(`\r\n--${boundary}--\r\n`);
    })();
  });
}

test("a 40 MB chunked upload is answered 413, not 500 (finding 11)", async ({ page }) => {
  await registerCitizen(page);
  const id = await startKtpApplication(page);
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  expect(await chunkedUpload(`/api/permohonan/${id}/dokumen`, cookie, 40)).toBe(413);
});

test("an oversized file is refused in the browser before any byte is sent, with the server's message (issue 17, item 16)", async ({ page }) => {
  await registerCitizen(page);
  await startKtpApplication(page);
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && /\/dokumen$/.test(new URL(request.url()).pathname)) uploads.push(request.url());
  });
  const field = page.getByLabel(UPLOAD_FIELD);
  await field.setInputFiles({ name: "besar.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([Buffer.from(JPEG_BYTES), Buffer.alloc(6 * 1024 * 1024)]) });
  await expect(page.getByText(/Berkas terlalu besar untuk dokumen ini/).first()).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.setInputFiles({ name: "kk.html", mimeType: "image/jpeg", buffer: Buffer.from("<html><body>bukan gambar</body></html>") });
  await expect(page.getByText(/Jenis berkas tidak didukung/).first()).toBeVisible();
  expect(uploads).toEqual([]);
  // A file the server takes still goes up at once.
  await field.setInputFiles(pdfFile("kk.pdf"));
  await expect(page.getByTestId("uploaded-familyCardScan")).toContainText("Berkas terunggah: kk.pdf");
  expect(uploads).toHaveLength(1);
});

test("Auth.js's own sign-out page carries the portal's frame and script policy (finding 11)", async ({ request }) => {
  const page = await request.get("/api/auth/signout");
  expect(page.status()).toBe(200);
  const headers = page.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});

test("the page cache keeps an HTTPS render apart from a plain-HTTP one (finding 11)", async ({ request }) => {
  const url = `/layanan?cache-proto=${Date.now()}`;
  const overHttps = await request.get(url, { headers: { "X-Forwarded-Proto": "https" } });
  expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  const overHttp = await request.get(url);
  expect(overHttp.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  const again = await request.get(url, { headers: { "X-Forwarded-Proto": "https" } });
  expect(again.headers()["x-page-cache"]).toBe("HIT");
  expect(again.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("an Open311 client sends its key in the X-API-Key header; a key in the query string is ignored (finding 11)", async ({ browser, request }) => {
  const admin = await signedInPage(browser, "admin@harapanjaya.go.id");
  await admin.goto("/petugas/pengaduan/open311");
  await admin.getByLabel("Nama aplikasi").fill("Aplikasi Kunci di Header");
  await admin.getByRole("button", { name: "Buat kunci API" }).click();
  const key = (await admin.getByTestId("open311-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^sp311_/);
  await admin.context().close();
  const form = { service_code: "skck", address_string: "Polres Harapan Jaya", description: "Loket SKCK tutup sebelum jam layanan yang diumumkan." };

  const inQuery = await request.post(`/api/open311/v2/requests.json?api_key=${encodeURIComponent(key)}`, { form });
  expect(inQuery.status()).toBe(403);
  expect(await inQuery.json()).toEqual([{ code: 403, description: "api_key wajib diisi." }]);

  // Another site's client may post (the key, not a cookie, authenticates it).
  const inHeader = await request.post("/api/open311/v2/requests.json", { form, headers: { "X-API-Key": key, Origin: "https://lapor.example" } });
  expect(inHeader.status()).toBe(200);
  expect((await inHeader.json())[0]).toMatchObject({ service_request_id: expect.stringMatching(/^ADU-\d{4}-\d{6}$/) });
  const discovery = await (await request.get("/api/open311/v2/discovery.json")).json();
  expect(discovery.key_service).toContain("X-API-Key");
});

test("each open data table also downloads as CSV for Excel in id-ID: byte order mark, semicolons, the same rows (issue 17, item 16)", async ({
  page,
  request,
}) => {
  await openRefreshedTransparency(page);
  const links = page.getByTestId("download-permohonan");
  const excelLink = links.getByRole("link", { name: /CSV untuk Excel/ });
  await expect(excelLink).toHaveText("CSV untuk Excel");
  const excel = await request.get((await excelLink.getAttribute("href"))!);
  expect(excel.headers()["content-type"]).toContain("text/csv");
  expect(excel.headers()["content-disposition"]).toMatch(/-excel\.csv"$/);
  const body = await excel.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const plain = parseCsv(await (await request.get((await links.getByRole("link", { name: /\(CSV\)$/ }).getAttribute("href"))!)).text());
  const rows = parseCsv(body.toString("utf8"), "excel-id");
  expect(rows[0]).toEqual(plain[0]);
  expect(rows.length).toBe(plain.length);
  // Decimals use a comma, as Excel in id-ID reads them; everything else is the same.
  expect(rows.slice(1)).toEqual(plain.slice(1).map((row) => row.map((cell) => (/^-?\d+\.\d+$/.test(cell) ? cell.replace(".", ",") : cell))));
});
