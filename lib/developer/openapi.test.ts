import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { OPERATIONS } from "./operations";

const document = openApiDocument("https://portal.example", { title: "SatuPintu", version: "test" });

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with one operation per listed operation, each id unique", () => {
    expect(document.openapi).toBe("3.1.0");
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => (operation as { operationId: string }).operationId));
    expect(ids).toHaveLength(OPERATIONS.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names only schemas it defines", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((name) => !(name in document.components.schemas))).toEqual([]);
  });

  it("declares every path template's parameters", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(item) as { parameters: { name: string; in: string }[] }[]) {
        expect(operation.parameters.filter((parameter) => parameter.in === "path").map((parameter) => parameter.name)).toEqual(templated);
      }
    }
  });

  it("shows an open data file's columns exactly, and Open311's fields from the handlers' own types", () => {
    const summary = document.components.schemas["OpenData_ringkasan"] as {
      properties: { data: { items: { properties: object; additionalProperties: boolean } } };
    };
    expect(Object.keys(summary.properties.data.items.properties).length).toBeGreaterThan(3);
    expect(summary.properties.data.items.additionalProperties).toBe(false);
    const requests = document.components.schemas["Open311ServiceRequests"] as { items: { required: string[] } };
    expect(requests.items.required).toEqual(expect.arrayContaining(["service_request_id", "status", "requested_datetime"]));
  });
});
