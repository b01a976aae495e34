/**
 * Open311 GeoReport v2 wire formats. JSON is the Spark-convention mapping of
 * the XML: a list is a JSON array, and in XML each item gets the element name
 * the specification gives it (`services` → `service`, `service_requests` →
 * `request`, …). Empty values are `null` in JSON and empty elements in XML.
 */
export type Open311Format = "json" | "xml";
export type Open311Value = string | number | boolean | null | Open311Value[] | { [key: string]: Open311Value };

/** What each list's items are called in XML (GeoReport v2 and Service Discovery). */
const ITEM_NAMES: Record<string, string> = {
  services: "service",
  service_requests: "request",
  attributes: "attribute",
  values: "value",
  errors: "error",
  endpoints: "endpoint",
  formats: "format",
};

export const CONTENT_TYPES: Record<Open311Format, string> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

/** `services.json` → ["services", "json"]; anything else → null. */
export function splitResource(segment: string): { name: string; format: Open311Format } | null {
  const match = /^(.+)\.(json|xml)$/i.exec(segment);
  if (!match) return null;
  return { name: match[1]!, format: match[2]!.toLowerCase() as Open311Format };
}

// Characters XML 1.0 cannot carry at all are dropped.
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function element(name: string, value: Open311Value, indent: string): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return `${indent}<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_NAMES[name] ?? "item";
    return `${indent}<${name}>\n${value.map((entry) => element(item, entry, `${indent}  `)).join("\n")}\n${indent}</${name}>`;
  }
  if (typeof value === "object") {
    const children = Object.entries(value).map(([key, child]) => element(key, child, `${indent}  `));
    return children.length ? `${indent}<${name}>\n${children.join("\n")}\n${indent}</${name}>` : `${indent}<${name}/>`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole XML document whose root element is `root`. */
export function toXml(root: string, value: Open311Value): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, "")}\n`;
}

export function serialize(format: Open311Format, root: string, value: Open311Value): string {
  return format === "json" ? JSON.stringify(value) : toXml(root, value);
}

export function open311Response(
  format: Open311Format,
  root: string,
  value: Open311Value,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(serialize(format, root, value), {
    status: init.status ?? 200,
    headers: { "Content-Type": CONTENT_TYPES[format], "Access-Control-Allow-Origin": "*", ...init.headers },
  });
}

export type Open311Error = { code: number; description: string };

/** The specification's error document: a list, with the HTTP status of the first. */
export function open311ErrorResponse(format: Open311Format, errors: readonly Open311Error[]): Response {
  return open311Response(
    format,
    "errors",
    errors.map((error) => ({ code: error.code, description: error.description })),
    { status: errors[0]?.code ?? 400 },
  );
}

/** W3C date-time in UTC, without fractions: 2026-03-12T09:00:00Z. */
export function w3cDateTime(date: Date | null | undefined): string | null {
  return date ? date.toISOString().replace(/\.\d{3}Z$/, "Z") : null;
}

/**
 * A W3C date-time from a query (`2010-01-01T00:00:00Z`, an offset, or a plain
 * date taken as UTC midnight); null when it is not one.
 */
export function parseW3cDateTime(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const date = new Date(match[4] ? text.trim() : `${text.trim()}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The header an Open311 client sends its key in (the GeoReport v2 `api_key` POST field works too). */
export const OPEN311_KEY_HEADER = "X-API-Key";

/**
 * A POST Service Request's fields, with the client's key taken from the
 * X-API-Key header when sent, else from the body's `api_key` field (as
 * GeoReport v2 specifies it). Never from the query string: a URL lands in
 * access logs, proxy logs and browser history, and the specification does not
 * ask for it there.
 */
export function open311PostFields(body: FormData | null, headers: Headers): URLSearchParams {
  const fields = new URLSearchParams();
  for (const [key, value] of body?.entries() ?? []) if (typeof value === "string") fields.append(key, value);
  const fromHeader = headers.get(OPEN311_KEY_HEADER)?.trim();
  if (fromHeader) fields.set("api_key", fromHeader);
  return fields;
}
