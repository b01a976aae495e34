import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signedInPage } from "./support";

test.describe("Open311 GeoReport v2 over HTTP", () => {
  test("an admin issues a key; a client discovers, lists services, posts a request and reads it back in JSON and XML", async ({ browser, request }) => {
    const discovery = await request.get("/api/open311/discovery.xml");
    expect(discovery.status()).toBe(200);
    expect(discovery.headers()["content-type"]).toBe("text/xml; charset=utf-8");
    expect(await discovery.text()).toMatch(
      /^<\?xml version="1\.0" encoding="utf-8"\?>\n<discovery>[\s\S]*<specification>http:\/\/wiki\.open311\.org\/GeoReport_v2<\/specification>/,
    );
    const endpoint = (await (await request.get("/api/open311/v2/discovery.json")).json()).endpoints[0];
    expect(endpoint).toMatchObject({ type: "production", formats: ["text/xml", "application/json"] });

    const services = await request.get("/api/open311/v2/services.json");
    expect(services.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect((await services.json()).map((service: { service_code: string }) => service.service_code)).toContain("skck");
    expect(await (await request.get("/api/open311/v2/services/skck.xml")).text()).toContain("<service_definition>");

    // Posting needs a key.
    const refused = await request.post("/api/open311/v2/requests.xml", {
      form: { service_code: "skck", address_string: "Polres", description: "Antrean SKCK sangat panjang dan loket hanya satu." },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("<errors>\n  <error>\n    <code>403</code>");
    const badFormat = await request.get("/api/open311/v2/services.csv");
    expect(badFormat.status()).toBe(400);

    const admin = await signedInPage(browser, "admin@harapanjaya.go.id");
    await admin.goto("/petugas/pengaduan/open311");
    await expectNoAxeViolations(admin);
    await admin.getByLabel("Nama aplikasi").fill("Aplikasi Warga Peduli");
    await admin.getByRole("button", { name: "Buat kunci API" }).click();
    const key = (await admin.getByTestId("open311-key").textContent())?.trim() ?? "";
    expect(key).toMatch(/^sp311_/);

    const posted = await request.post("/api/open311/v2/requests.json", {
      form: { api_key: key, service_code: "skck", lat: "-6.2", long: "106.8", description: "Antrean SKCK sangat panjang dan loket hanya satu setiap pagi." },
    });
    expect(posted.status()).toBe(200);
    const [created] = await posted.json();
    expect(created).toMatchObject({ service_request_id: expect.stringMatching(/^ADU-\d{4}-\d{6}$/), account_id: null });
    expect(created.service_notice).toMatch(/Kode rahasia: [0-9A-Z]{4}-[0-9A-Z]{4}/);

    const single = await request.get(`/api/open311/v2/requests/${created.service_request_id}.xml`);
    expect(single.status()).toBe(200);
    const text = await single.text();
    expect(text).toContain(`<service_request_id>${created.service_request_id}</service_request_id>`);
    expect(text).toContain("<status>open</status>");
    // Not verified yet: no text, no location.
    expect(text).toContain("<description/>");
    expect(text).toContain("<lat/>");
    const missing = await request.get("/api/open311/v2/requests/ADU-1999-000001.json");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual([{ code: 404, description: expect.any(String) }]);
    const invalid = await request.get("/api/open311/v2/requests.json?status=pending");
    expect(invalid.status()).toBe(400);

    await admin.reload();
    await expect(admin.getByTestId("open311-clients")).toContainText("Aplikasi Warga Peduli");
    await admin.getByRole("button", { name: "Cabut kunci Aplikasi Warga Peduli" }).click();
    await expect(admin.getByTestId("open311-clients")).toContainText("Dicabut");
    const revoked = await request.post("/api/open311/v2/requests.json", {
      form: { api_key: key, service_code: "skck", address_string: "Polres", description: "Antrean SKCK sangat panjang dan loket hanya satu." },
    });
    expect(revoked.status()).toBe(403);
  });
});
