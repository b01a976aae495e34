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

export type Tag = "open311" | "openData" | "verification" | "interAgency" | "payments" | "identity" | "operations" | "meta";

export type Response = {
  description: string;
  /** A named schema (components.schemas) and the media types it is sent as. */
  schema?: { name: string; zod: z.ZodType };
  mediaTypes: readonly string[];
};

export type Operation = {
  /** The route file that serves it, relative to the repository. */
  route: string;
  method: "GET" | "HEAD" | "POST";
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
    route: "app/api/audit/jangkar/route.ts",
    method: "GET",
    path: "/api/audit/jangkar",
    operationId: "auditAnchors",
    tag: "verification",
    summary: "Every published audit anchor: each audit chain's head, signed (keep a copy; npm run audit:verify -- --anchors <file>)",
    responses: { "200": { description: "The anchors and the key that signed them", mediaTypes: ["application/json"] } },
  },
  {
    route: "app/api/pki/ca/route.ts",
    method: "GET",
    path: "/api/pki/ca",
    operationId: "pkiCaCertificate",
    tag: "verification",
    summary: "The portal CA's certificate, which the agencies' PDF signing certificates chain to",
    responses: { "200": { description: "X.509 certificate", mediaTypes: ["application/pkix-cert"] } },
  },
  {
    route: "app/api/pki/crl/route.ts",
    method: "GET",
    path: "/api/pki/crl",
    operationId: "pkiRevocationList",
    tag: "verification",
    summary: "The portal CA's certificate revocation list",
    responses: { "200": { description: "X.509 CRL", mediaTypes: ["application/pkix-crl"] } },
  },
  {
    route: "app/api/antar-instansi/v1/dokumen/[code]/route.ts",
    method: "GET",
    path: "/api/antar-instansi/v1/dokumen/{code}",
    operationId: "interAgencyDocumentCheck",
    tag: "interAgency",
    summary: "Whether a document (by its verification code) is valid, revoked, expired or unknown",
    description:
      "Requests are signed per institution with its Ed25519 key (HTTP Message Signatures, RFC 9421), rate limited and audited (docs/trusted-documents.md).",
    pathParameters: [{ name: "code", description: "The document's verification code", schema: z.string() }],
    responses: {
      "200": { description: "The document's state", mediaTypes: ["application/json"] },
      "401": { description: "Missing, stale, unknown or invalid signature", mediaTypes: ["application/json"] },
      "429": { description: "Too many checks from this institution", mediaTypes: ["application/json"] },
    },
  },
  ...(
    [
      ["v1.0/access-token/b2b", "snapAccessToken", "SNAP B2B access token (X-SIGNATURE: SHA256withRSA over clientId|timestamp)"],
      ["v1.0/transfer-va/inquiry", "snapVaInquiry", "SNAP virtual-account inquiry: the bank asks what the account owes (HMAC-SHA512 signed)"],
      [
        "v1.0/transfer-va/payment",
        "snapVaPayment",
        "SNAP virtual-account payment notification: idempotent by the bank's reference, amount-checked (HMAC-SHA512 signed)",
      ],
    ] as const
  ).map(([endpoint, operationId, summary]): Operation => ({
    route: "app/api/pembayaran/[provider]/[...endpoint]/route.ts",
    method: "POST",
    path: `/api/pembayaran/snap/${endpoint}`,
    operationId,
    tag: "payments",
    summary,
    description: "Bank Indonesia's SNAP open API, called by the bank (docs/payments.md); answers carry SNAP response codes.",
    responses: {
      "200": { description: "Accepted (responseCode 2007300, 2002400 or 2002500)", mediaTypes: ["application/json"] },
      "401": { description: "Bad token, signature or timestamp", mediaTypes: ["application/json"] },
      "404": { description: "Unknown virtual account or endpoint", mediaTypes: ["application/json"] },
    },
  })),
  {
    route: "app/api/oidc/[slug]/backchannel-logout/route.ts",
    method: "POST",
    path: "/api/oidc/{slug}/backchannel-logout",
    operationId: "oidcBackchannelLogout",
    tag: "identity",
    summary: "An identity provider's back-channel logout: end the sessions it opened for the subject's account",
    description:
      "OpenID Connect Back-Channel Logout 1.0, called by the provider (docs/identity.md). The logout token must be signed with a key of the provider's jwks_uri, name the portal's client as audience, be under five minutes old, carry the back-channel logout event, a jti, a sub or a sid (the provider session; then only the portal sessions opened under it end), and no nonce. A token is acted on once: delivered again (a retry), it is answered 200 and ends nothing.",
    pathParameters: [{ name: "slug", description: "The provider's code, as registered on the admin page", schema: z.string() }],
    body: { mediaTypes: ["application/x-www-form-urlencoded"], schema: { name: "BackchannelLogoutForm", zod: z.object({ logout_token: z.string() }) } },
    responses: {
      "200": {
        description: "Done: every session the provider opened for that account has ended (none may have been open, or the token was delivered before)",
        mediaTypes: [],
      },
      "400": { description: "The logout token is refused (error invalid_request)", mediaTypes: ["application/json"] },
      "404": { description: "No provider with this code", mediaTypes: ["application/json"] },
    },
  },
  ...(["GET", "HEAD"] as const).flatMap((method): Operation[] => [
    {
      route: "app/api/health/route.ts",
      method,
      path: "/api/health",
      operationId: `health${method === "GET" ? "" : "Head"}`,
      tag: "operations",
      summary: "Liveness: the process answers (no database question)",
      responses: { "200": { description: "Alive", mediaTypes: ["application/json"] } },
    },
    {
      route: "app/api/ready/route.ts",
      method,
      path: "/api/ready",
      operationId: `ready${method === "GET" ? "" : "Head"}`,
      tag: "operations",
      summary: "Readiness: database reachable, migrations applied, job worker running",
      responses: {
        "200": { description: "Ready", mediaTypes: ["application/json"] },
        "503": { description: "Not ready: the body names the failing check", mediaTypes: ["application/json"] },
      },
    },
  ]),
  {
    route: "app/api/metrics/route.ts",
    method: "GET",
    path: "/api/metrics",
    operationId: "metrics",
    tag: "operations",
    summary: "Prometheus metrics (bearer token METRICS_TOKEN; 404 when unset)",
    responses: {
      "200": { description: "Prometheus text exposition format", mediaTypes: ["text/plain"] },
      "401": { description: "Missing or wrong token", mediaTypes: ["text/plain"] },
    },
  },
  {
    route: "app/api/antrean/[location]/papan/route.ts",
    method: "GET",
    path: "/api/antrean/{location}/papan",
    operationId: "visitBoard",
    tag: "openData",
    summary: "A visit location's hall screen now: each counter and the number called to it, and how many wait (no names)",
    pathParameters: [{ name: "location", description: "The location's slug", schema: z.string() }],
    responses: { "200": { description: "The board", mediaTypes: ["application/json"] } },
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
