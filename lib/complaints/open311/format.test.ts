import { describe, expect, it } from "vitest";
import { escapeXml, open311PostFields, parseW3cDateTime, serialize, splitResource, toXml, w3cDateTime } from "./format";

describe("Open311 formats", () => {
  it("splits a resource into its name and format", () => {
    expect(splitResource("services.json")).toEqual({ name: "services", format: "json" });
    expect(splitResource("ADU-2026-000001.XML")).toEqual({ name: "ADU-2026-000001", format: "xml" });
    expect(splitResource("services")).toBeNull();
    expect(splitResource("services.csv")).toBeNull();
  });

  it("writes lists as JSON arrays and as XML elements named by the specification", () => {
    const services = [{ service_code: "ktp-el-baru", metadata: false, keywords: null }];
    expect(JSON.parse(serialize("json", "services", services))).toEqual(services);
    expect(toXml("services", services)).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<services>\n  <service>\n    <service_code>ktp-el-baru</service_code>\n    <metadata>false</metadata>\n    <keywords/>\n  </service>\n</services>\n',
    );
    expect(toXml("service_requests", [{ service_request_id: "ADU-2026-000001" }])).toContain(
      "<service_requests>\n  <request>\n    <service_request_id>ADU-2026-000001</service_request_id>",
    );
    expect(toXml("discovery", { endpoints: [{ formats: ["text/xml", "application/json"] }] })).toContain("<formats>\n        <format>text/xml</format>");
    expect(toXml("errors", [{ code: 403, description: "x" }])).toContain("<errors>\n  <error>\n    <code>403</code>");
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b>\u0001`)).toBe("&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;");
  });

  it("writes and reads W3C date-times", () => {
    expect(w3cDateTime(new Date("2026-03-12T09:00:00.123Z"))).toBe("2026-03-12T09:00:00Z");
    expect(w3cDateTime(null)).toBeNull();
    expect(parseW3cDateTime("2010-01-01T00:00:00Z")?.toISOString()).toBe("2010-01-01T00:00:00.000Z");
    expect(parseW3cDateTime("2010-01-01T07:00:00+07:00")?.toISOString()).toBe("2010-01-01T00:00:00.000Z");
    expect(parseW3cDateTime("2010-01-01")?.toISOString()).toBe("2010-01-01T00:00:00.000Z");
    expect(parseW3cDateTime("yesterday")).toBeNull();
    expect(parseW3cDateTime("2010-13-45T00:00:00Z")).toBeNull();
  });
});

describe("where an Open311 client's key is read from", () => {
  const form = (fields: Record<string, string>) => {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    return body;
  };
  it("takes the X-API-Key header first, then the body's api_key, and never the query string", () => {
    expect(open311PostFields(form({ service_code: "skck" }), new Headers({ "X-API-Key": "sp311_header" })).get("api_key")).toBe("sp311_header");
    expect(open311PostFields(form({ api_key: "sp311_body" }), new Headers({ "x-api-key": "sp311_header" })).get("api_key")).toBe("sp311_header");
    expect(open311PostFields(form({ api_key: "sp311_body", service_code: "skck" }), new Headers()).toString()).toBe("api_key=sp311_body&service_code=skck");
    expect(open311PostFields(null, new Headers()).get("api_key")).toBeNull();
  });
});
