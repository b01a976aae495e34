import { beforeAll, describe, expect, it } from "vitest";
import {
  discovery,
  getRequest,
  listRequests,
  postRequest,
  serviceDefinition,
  serviceList,
  SPECIFICATION,
  type Open311Context,
} from "@/lib/complaints/open311/api";
import { createOpen311Client, revokeOpen311Client } from "@/lib/complaints/open311/clients";
import { complaintSecretFor } from "@/lib/complaints/tracking-secret";
import { claimComplaint } from "@/lib/complaints/use-cases/claim-complaint";
import { rejectComplaint } from "@/lib/complaints/use-cases/reject-complaint";
import { respondToComplaint } from "@/lib/complaints/use-cases/respond-to-complaint";
import { acceptResponse } from "@/lib/complaints/use-cases/accept-response";
import { verifyAndRouteComplaint } from "@/lib/complaints/use-cases/route-complaint";
import { translator } from "@/lib/platform/i18n/messages";
import { db } from "@/lib/platform/db";
import { rejectionOf } from "@/tests/fixtures/applications";
import { complaintStaff, fileAnonymously, trackerOf, type ComplaintStaff } from "@/tests/fixtures/complaints";

let staff: ComplaintStaff;
let apiKey: string;
let clientId: string;
beforeAll(async () => {
  staff = await complaintStaff();
  const client = await createOpen311Client(staff.admin, { name: "Aplikasi Lapor Jalan" }, { ip: null });
  apiKey = client.key;
  clientId = client.id;
});

const context = (format: "json" | "xml" = "json", locale: "id" | "en" = "en"): Open311Context => ({ format, locale, t: translator(locale), ip: null });
const json = async (response: Response) => ({ status: response.status, type: response.headers.get("content-type"), body: await response.json() });
const xml = async (response: Response) => ({ status: response.status, type: response.headers.get("content-type"), body: await response.text() });
const elements = (text: string, name: string) => [...text.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, "g"))].map((match) => match[1]);

const REQUEST_FIELDS = [
  "service_request_id",
  "status",
  "status_notes",
  "service_name",
  "service_code",
  "description",
  "agency_responsible",
  "service_notice",
  "requested_datetime",
  "updated_datetime",
  "expected_datetime",
  "address",
  "address_id",
  "zipcode",
  "lat",
  "long",
  "media_url",
];
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function post(fields: Record<string, string>, format: "json" | "xml" = "json") {
  return postRequest(context(format), new URLSearchParams(fields));
}
const validRequest = () => ({
  api_key: apiKey,
  service_code: "ktp-el-baru",
  lat: "-6.175392",
  long: "106.827153",
  address_string: "Jl. Merdeka No. 10, Harapan Tengah",
  description: "Antrean pengambilan KTP-el di kecamatan mengular sampai jalan raya setiap pagi.",
});

describe("Open311 GeoReport v2: discovery and services", () => {
  it("describes the endpoint in JSON and XML (Service Discovery)", async () => {
    const { status, type, body } = await json(await discovery(context()));
    expect(status).toBe(200);
    expect(type).toBe("application/json; charset=utf-8");
    expect(Object.keys(body).sort()).toEqual(["changeset", "contact", "endpoints", "key_service"]);
    expect(body.endpoints).toEqual([
      {
        specification: SPECIFICATION,
        url: expect.stringMatching(/\/api\/open311\/v2$/),
        changeset: body.changeset,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ]);
    const asXml = await xml(await discovery(context("xml")));
    expect(asXml.type).toBe("text/xml; charset=utf-8");
    expect(asXml.body.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<discovery>')).toBe(true);
    expect(elements(asXml.body, "format")).toEqual(["text/xml", "application/json"]);
    expect(elements(asXml.body, "specification")).toEqual([SPECIFICATION]);
  });

  it("lists every published service as a service type, the same in JSON and XML", async () => {
    const { body } = await json(await serviceList(context()));
    const published = await db.service.count({ where: { status: "PUBLISHED" } });
    expect(body).toHaveLength(published);
    const ktp = body.find((service: { service_code: string }) => service.service_code === "ktp-el-baru");
    expect(ktp).toEqual({
      service_code: "ktp-el-baru",
      service_name: expect.stringContaining("e-KTP"),
      description: expect.any(String),
      metadata: false,
      type: "realtime",
      keywords: expect.stringMatching(/^ktp, e-ktp, /),
      group: expect.any(String),
    });
    const asXml = (await xml(await serviceList(context("xml")))).body;
    expect(elements(asXml, "service")).toHaveLength(published);
    expect(elements(asXml, "service_code")).toEqual(body.map((service: { service_code: string }) => service.service_code));
    expect(elements(asXml, "metadata").every((value) => value === "false")).toBe(true);
  });

  it("defines a service without extra attributes, and answers an unknown one with a 404 error document", async () => {
    expect((await json(await serviceDefinition(context(), "ktp-el-baru"))).body).toEqual({ service_code: "ktp-el-baru", attributes: [] });
    const missing = await json(await serviceDefinition(context(), "no-such-service"));
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual([{ code: 404, description: "service_code no-such-service was not found." }]);
    const asXml = await xml(await serviceDefinition(context("xml"), "no-such-service"));
    expect(asXml.status).toBe(404);
    expect(asXml.body).toContain("<errors>\n  <error>\n    <code>404</code>\n    <description>service_code no-such-service was not found.</description>");
    expect((await xml(await serviceDefinition(context("xml"), "ktp-el-baru"))).body).toContain(
      "<service_definition>\n  <service_code>ktp-el-baru</service_code>\n  <attributes/>",
    );
  });
});

describe("Open311 GeoReport v2: POST Service Request", () => {
  it("refuses a missing, unknown or revoked api_key with 403", async () => {
    const withoutKey: Record<string, string> = validRequest();
    delete withoutKey.api_key;
    expect(await json(await post(withoutKey))).toMatchObject({ status: 403, body: [{ code: 403, description: "api_key is required." }] });
    expect(await json(await post({ ...validRequest(), api_key: "sp311_wrong" }))).toMatchObject({
      status: 403,
      body: [{ code: 403, description: "Invalid api_key." }],
    });
    const revoked = await createOpen311Client(staff.admin, { name: "Aplikasi lama" }, { ip: null });
    await revokeOpen311Client(staff.admin, revoked.id, { ip: null });
    expect((await post({ ...validRequest(), api_key: revoked.key })).status).toBe(403);
    // Only admins manage keys.
    expect(await rejectionOf(createOpen311Client(staff.supervisorAll, { name: "x" }, { ip: null }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers 400 for a missing service_code, location or description, and 404 for an unknown service", async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{ ...validRequest(), service_code: "" }, 400, "service_code is required."],
      [{ ...validRequest(), service_code: "no-such-service" }, 404, "service_code no-such-service was not found."],
      [{ ...validRequest(), lat: "", long: "", address_string: "" }, 400, "Give a location: lat and long, address_string or address_id."],
      [{ ...validRequest(), description: "" }, 400, "description is required."],
      [{ ...validRequest(), description: "Too short" }, 400, "description: Tell us more: at least 20 characters."],
      [{ ...validRequest(), lat: "-95", long: "106" }, 400, "lat: Enter coordinates in decimal degrees, such as -6.2 and 106.8."],
    ];
    for (const [fields, status, description] of cases) {
      expect(await json(await post(fields))).toEqual({ status, type: "application/json; charset=utf-8", body: [{ code: status, description }] });
    }
  });

  it("files the request as a complaint about the service and tells the reporter its code and secret", async () => {
    const { status, body } = await json(await post({ ...validRequest(), first_name: "Wayan", last_name: "Sudarma", email: "wayan@example.id" }));
    expect(status).toBe(200);
    expect(body).toEqual([{ service_request_id: expect.stringMatching(/^ADU-\d{4}-\d{6}$/), service_notice: expect.any(String), account_id: null }]);
    const complaint = await db.complaint.findUniqueOrThrow({ where: { trackingCode: body[0].service_request_id } });
    expect(complaint).toMatchObject({
      kind: "COMPLAINT",
      identityMode: "PUBLIC",
      filerId: null,
      filerName: "Wayan Sudarma",
      filerContact: "wayan@example.id",
      open311ClientId: clientId,
      status: "RECEIVED",
    });
    expect(Number(complaint.latitude)).toBeCloseTo(-6.175392, 6);
    expect(complaint.locationText).toBe("Jl. Merdeka No. 10, Harapan Tengah");
    expect(body[0].service_notice).toContain(complaint.trackingCode);
    expect(body[0].service_notice).toContain(complaintSecretFor(complaint.id));
    expect((await db.open311Client.findUniqueOrThrow({ where: { id: clientId } })).lastUsedAt).not.toBeNull();

    // Without a name or contact it is anonymous; the XML answer has the same fields.
    const asXml = await xml(await post(validRequest(), "xml"));
    expect(asXml.status).toBe(200);
    expect(asXml.body).toMatch(
      /^<\?xml version="1\.0" encoding="utf-8"\?>\n<service_requests>\n  <request>\n    <service_request_id>ADU-\d{4}-\d{6}<\/service_request_id>\n    <service_notice>[^<]+<\/service_notice>\n    <account_id\/>\n  <\/request>\n<\/service_requests>\n$/,
    );
    const code = elements(asXml.body, "service_request_id")[0]!;
    expect(await db.complaint.findUniqueOrThrow({ where: { trackingCode: code } })).toMatchObject({ identityMode: "ANONYMOUS", filerName: null });
  });
});

describe("Open311 GeoReport v2: GET Service Requests", () => {
  it("shows a request's status at once, and its text and location only once it is published", async () => {
    const { body } = await json(await post(validRequest()));
    const id = body[0].service_request_id as string;
    const complaint = await db.complaint.findUniqueOrThrow({ where: { trackingCode: id } });

    const unverified = (await json(await getRequest(context(), id))).body;
    expect(unverified).toHaveLength(1);
    expect(Object.keys(unverified[0])).toEqual(REQUEST_FIELDS);
    expect(unverified[0]).toMatchObject({
      service_request_id: id,
      status: "open",
      status_notes: "Received",
      service_code: "ktp-el-baru",
      description: null,
      lat: null,
      long: null,
      address: null,
    });
    expect(unverified[0].requested_datetime).toMatch(W3C);
    expect(unverified[0].expected_datetime).toMatch(W3C);

    await verifyAndRouteComplaint(staff.disdukcapilOfficer, complaint.id, {}, { ip: null });
    const published = (await json(await getRequest(context(), id))).body[0];
    expect(published).toMatchObject({
      status: "open",
      description: expect.stringContaining("Antrean pengambilan KTP-el"),
      lat: -6.175392,
      long: 106.827153,
      address: "Jl. Merdeka No. 10, Harapan Tengah",
      agency_responsible: expect.stringContaining("Civil Registration"),
    });
    expect(published.description).toBe("Antrean pengambilan KTP-el di kecamatan mengular sampai jalan raya setiap pagi.");

    await claimComplaint(staff.disdukcapilOfficer, complaint.id, {}, { ip: null });
    await respondToComplaint(
      staff.disdukcapilOfficer,
      complaint.id,
      { response: "Kami menambah loket pengambilan setiap pagi mulai pekan depan." },
      { ip: null },
    );
    await acceptResponse(trackerOf(complaint.id), complaint.id, { ip: null });
    const closed = (await json(await getRequest(context(), id))).body[0];
    expect(closed).toMatchObject({ status: "closed", expected_datetime: null });
    expect(closed.status_notes).toContain("Kami menambah loket");

    const asXml = (await xml(await getRequest(context("xml", "id"), id))).body;
    expect(elements(asXml, "status")).toEqual(["closed"]);
    expect(elements(asXml, "status_notes")[0]).toContain("Selesai");
    expect(asXml).toContain("<zipcode/>");

    const missing = await json(await getRequest(context(), "ADU-1999-000001"));
    expect(missing).toMatchObject({ status: 404, body: [{ code: 404 }] });
  });

  it("lists published requests of the last 90 days, filtered by service, status and dates, with the specification's errors", async () => {
    const refused = await fileAnonymously();
    await rejectComplaint(staff.disdukcapilOfficer, refused.id, { code: "duplicate", note: "Sudah dilaporkan sebelumnya." }, { ip: null });
    const open = await fileAnonymously({ body: "Loket <b>tutup</b> & tidak ada pengumuman sama sekali di kantor." });
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, open.id, {}, { ip: null });

    const all = (await json(await listRequests(context(), new URLSearchParams()))).body as { service_request_id: string; status: string }[];
    expect(all.length).toBeLessThanOrEqual(1000);
    expect(all.map((request) => request.service_request_id)).toContain(open.trackingCode);
    expect(all.map((request) => request.service_request_id)).not.toContain(refused.trackingCode);
    const openOnly = (await json(await listRequests(context(), new URLSearchParams({ status: "open" })))).body as { status: string }[];
    expect(openOnly.every((request) => request.status === "open")).toBe(true);
    const closedOnly = (await json(await listRequests(context(), new URLSearchParams({ status: "closed" })))).body as { status: string }[];
    expect(closedOnly.every((request) => request.status === "closed")).toBe(true);
    const otherService = (await json(await listRequests(context(), new URLSearchParams({ service_code: "skck" })))).body as { service_request_id: string }[];
    expect(otherService.map((request) => request.service_request_id)).not.toContain(open.trackingCode);
    // service_request_id overrides everything else, and a refused one shows status only.
    const byId = (
      await json(await listRequests(context(), new URLSearchParams({ service_request_id: `${open.trackingCode},${refused.trackingCode}`, status: "closed" })))
    ).body;
    expect(byId.map((request: { service_request_id: string }) => request.service_request_id).sort()).toEqual([open.trackingCode, refused.trackingCode].sort());
    expect(byId.find((request: { service_request_id: string }) => request.service_request_id === refused.trackingCode)).toMatchObject({
      status: "closed",
      status_notes: "Could not be processed — Duplicate complaint",
      description: null,
    });
    // Old requests fall outside the default window; an explicit window finds them.
    const past = (await json(await listRequests(context(), new URLSearchParams({ start_date: "2020-01-01T00:00:00Z", end_date: "2020-03-01T00:00:00Z" }))))
      .body;
    expect(past).toEqual([]);

    const xmlList = (await xml(await listRequests(context("xml"), new URLSearchParams({ service_request_id: open.trackingCode })))).body;
    expect(xmlList).toContain("Loket &lt;b&gt;tutup&lt;/b&gt; &amp; tidak ada");

    const errors: [Record<string, string>, string][] = [
      [{ start_date: "yesterday" }, "start_date must be a W3C date-time, such as 2026-01-01T00:00:00Z."],
      [{ end_date: "2026-13-01" }, "end_date must be a W3C date-time, such as 2026-01-01T00:00:00Z."],
      [{ start_date: "2026-03-01T00:00:00Z", end_date: "2026-01-01T00:00:00Z" }, "start_date must come before end_date."],
      [{ start_date: "2026-01-01T00:00:00Z", end_date: "2026-06-01T00:00:00Z" }, "start_date and end_date may be at most 90 days apart."],
      [{ status: "pending" }, "status may only be open or closed."],
    ];
    for (const [query, description] of errors) {
      expect(await json(await listRequests(context(), new URLSearchParams(query)))).toMatchObject({ status: 400, body: [{ code: 400, description }] });
    }
  });
});
