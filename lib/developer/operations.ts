import { z } from "zod";
import {
  open311DiscoverySchema,
  open311ErrorSchema,
  open311PostBodySchema,
  open311PostReceiptSchema,
  open311RequestListQuerySchema,
  open311ServiceDefinitionSchema,
  open311ServiceListSchema,
  open311ServiceRequestListSchema,
} from "@/lib/complaints/open311/schemas";
import { DATASET_IDS, DATASETS } from "@/lib/dashboard/open-data";
import { openDataDocumentSchema, openDataQuerySchema } from "@/lib/dashboard/open-data-schema";
import { publicKeyDocumentSchema, publicKeyQuerySchema } from "@/lib/outputs/public-key-schema";

/**
 * Every operation of the portal's machine-facing APIs, as data: which route
 * file and method serves it, and the zod schemas of what it takes and gives.
 * The OpenAPI document (openapi.ts) and the developer page (/pengembang) are
 * built from this list; tests/integration/openapi.test.ts checks it against
 * the route files and against real answers.
 */

export type Tag = "open311" | "openData" | "verification" | "meta";

export type Response = {
  description: string;
  /** A named schema (components.schemas) and the media types it is sent as. */
  schema?: { name: string; zod: z.ZodType };
  mediaTypes: readonly string[];
};

export type Operation = {
  /** The route file that serves it, relative to the repository. */
  route: string;
  method: "GET" | "POST";
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description?: string;
  pathParameters?: { name: string; description: string; schema: z.ZodType }[];
  query?: z.ZodObject;
  body?: { mediaTypes: readonly string[]; schema: { name: string; zod: z.ZodType } };
  apiKey?: boolean;
  responses: Record<string, Response>;
};

const OPEN311_MEDIA = ["application/json", "text/xml"] as const;
const format = { name: "format", description: "json or xml (same fields)", schema: z.enum(["json", "xml"]) };
const open311Errors = (...codes: string[]): Record<string, Response> =>
  Object.fromEntries(
    codes.map((code) => [
      code,
      { description: ERROR_TEXT[code] ?? "Error", schema: { name: "Open311Errors", zod: open311ErrorSchema }, mediaTypes: OPEN311_MEDIA },
    ]),
  );
const ERROR_TEXT: Record<string, string> = {
  "400": "Invalid request",
  "403": "Missing or invalid API key",
  "404": "Not found",
  "429": "Too many requests from this address",
  "503": "Temporarily unavailable",
};
const ok = (name: string, zod: z.ZodType, description = "OK", mediaTypes: readonly string[] = OPEN311_MEDIA): Response => ({
  description,
  schema: { name, zod },
  mediaTypes,
});

const V2 = "app/api/open311/v2/[file]/route.ts";

export const OPERATIONS: readonly Operation[] = [
  {
    route: "app/api/open311/[file]/route.ts",
    method: "GET",
    path: "/api/open311/discovery.{format}",
    operationId: "open311Discovery",
    tag: "open311",
    summary: "Service discovery (where the GeoReport v2 endpoint is)",
    pathParameters: [format],
    responses: { "200": ok("Open311Discovery", open311DiscoverySchema), ...open311Errors("404") },
  },
  {
    route: V2,
    method: "GET",
    path: "/api/open311/v2/discovery.{format}",
    operationId: "open311V2Discovery",
    tag: "open311",
    summary: "Service discovery, under the v2 endpoint",
    pathParameters: [format],
    responses: { "200": ok("Open311Discovery", open311DiscoverySchema), ...open311Errors("404") },
  },
  {
    route: V2,
    method: "GET",
    path: "/api/open311/v2/services.{format}",
    operationId: "open311ServiceList",
    tag: "open311",
    summary: "Service list: every published service",
    pathParameters: [format],
    responses: { "200": ok("Open311ServiceList", open311ServiceListSchema), ...open311Errors("429") },
  },
  {
    route: "app/api/open311/v2/services/[file]/route.ts",
    method: "GET",
    path: "/api/open311/v2/services/{service_code}.{format}",
    operationId: "open311ServiceDefinition",
    tag: "open311",
    summary: "Service definition (no extra attributes)",
    pathParameters: [{ name: "service_code", description: "A service's slug", schema: z.string() }, format],
    responses: { "200": ok("Open311ServiceDefinition", open311ServiceDefinitionSchema), ...open311Errors("404") },
  },
  {
    route: V2,
    method: "GET",
    path: "/api/open311/v2/requests.{format}",
    operationId: "open311RequestList",
    tag: "open311",
    summary: "Service requests: published complaints, newest first, at most 1000",
    description: "Whistleblowing reports are never listed; a complaint's text and location appear only once it is published.",
    pathParameters: [format],
    query: open311RequestListQuerySchema,
    responses: { "200": ok("Open311ServiceRequests", open311ServiceRequestListSchema), ...open311Errors("400", "429") },
  },
  {
    route: V2,
    method: "POST",
    path: "/api/open311/v2/requests.{format}",
    operationId: "open311PostRequest",
    tag: "open311",
    summary: "File a service request (a complaint) with an API key",
    description: "The answer's service_notice carries the tracking code and secret the reporter follows the complaint up with.",
    pathParameters: [format],
    apiKey: true,
    body: { mediaTypes: ["application/x-www-form-urlencoded", "multipart/form-data"], schema: { name: "Open311PostRequest", zod: open311PostBodySchema } },
    responses: { "200": ok("Open311PostReceipt", open311PostReceiptSchema), ...open311Errors("400", "403", "404", "429", "503") },
  },
  {
    route: "app/api/open311/v2/requests/[file]/route.ts",
    method: "GET",
    path: "/api/open311/v2/requests/{service_request_id}.{format}",
    operationId: "open311GetRequest",
    tag: "open311",
    summary: "One service request by its tracking code",
    pathParameters: [{ name: "service_request_id", description: "The complaint's tracking code", schema: z.string() }, format],
    responses: { "200": ok("Open311ServiceRequests", open311ServiceRequestListSchema), ...open311Errors("404", "429") },
  },
  ...DATASET_IDS.map((dataset): Operation => ({
    route: "app/api/data/[file]/route.ts",
    method: "GET",
    path: `/api/data/${dataset}.json`,
    operationId: `openData_${dataset}`,
    tag: "openData",
    summary: `${DATASETS[dataset].title.en} (JSON)`,
    description: DATASETS[dataset].description.en,
    query: openDataQuerySchema,
    responses: { "200": ok(`OpenData_${dataset}`, openDataDocumentSchema(dataset), "The dataset", ["application/json"]) },
  })),
  {
    route: "app/api/data/[file]/route.ts",
    method: "GET",
    path: "/api/data/{dataset}.csv",
    operationId: "openDataCsv",
    tag: "openData",
    summary: "Any dataset as CSV (RFC 4180); {dataset}.excel.csv is the same for Excel in an Indonesian locale",
    pathParameters: [{ name: "dataset", description: "The dataset's id (see the JSON operations for its columns)", schema: z.enum(DATASET_IDS) }],
    query: openDataQuerySchema,
    responses: {
      "200": { description: "The dataset, one header row then one row per record", mediaTypes: ["text/csv"] },
      "404": { description: "Unknown dataset", mediaTypes: ["application/json"] },
    },
  },
  {
    route: "app/api/verifikasi/kunci-publik/route.ts",
    method: "GET",
    path: "/api/verifikasi/kunci-publik",
    operationId: "verificationPublicKey",
    tag: "verification",
    summary: "The public key that checks output documents' signatures",
    description: "Verify a signed output without trusting this site's verification page: Ed25519 over the canonical JSON of the record.",
    query: publicKeyQuerySchema,
    responses: {
      "200": ok("VerificationPublicKey", publicKeyDocumentSchema, "The key (JSON), or the bare PEM with format=pem", [
        "application/json",
        "application/x-pem-file",
      ]),
    },
  },
  {
    route: "app/api/openapi.json/route.ts",
    method: "GET",
    path: "/api/openapi.json",
    operationId: "openApiDocument",
    tag: "meta",
    summary: "This OpenAPI document",
    responses: { "200": { description: "OpenAPI 3.1", mediaTypes: ["application/json"] } },
  },
];
