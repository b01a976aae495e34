import { z } from "zod";

/**
 * The Open311 GeoReport v2 payloads this portal sends and accepts, as zod
 * schemas: the handlers in api.ts build values of these types, and the
 * OpenAPI document (lib/developer/openapi.ts) is generated from them, so the
 * two cannot drift apart. Shown here in their JSON form; the .xml variants
 * carry the same fields (format.ts).
 */

const dateTime = z.string().describe("W3C date-time with the offset, e.g. 2026-03-04T09:15:00+07:00");

export const open311ErrorSchema = z
  .array(z.object({ code: z.number().int().describe("HTTP status code"), description: z.string().describe("What went wrong, in the request's language") }))
  .describe("Open311 errors");

export const open311DiscoverySchema = z.object({
  changeset: dateTime.nullable(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.object({
      specification: z.string(),
      url: z.string(),
      changeset: dateTime.nullable(),
      type: z.enum(["production", "test"]),
      formats: z.array(z.string()),
    }),
  ),
});

export const open311ServiceSchema = z.object({
  service_code: z.string().describe("The service's slug"),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean().describe("Always false: a request needs no extra attributes"),
  type: z.enum(["realtime", "batch", "blackbox"]),
  keywords: z.string().nullable(),
  group: z.string().describe("The service's category"),
});
export const open311ServiceListSchema = z.array(open311ServiceSchema);

export const open311ServiceDefinitionSchema = z.object({ service_code: z.string(), attributes: z.array(z.never()).describe("Always empty") });

export const open311ServiceRequestSchema = z.object({
  service_request_id: z.string().describe("The complaint's tracking code"),
  status: z.enum(["open", "closed"]),
  status_notes: z.string().nullable(),
  service_name: z.string().nullable(),
  service_code: z.string().nullable(),
  description: z.string().nullable().describe("Only once the complaint is published"),
  agency_responsible: z.string().nullable(),
  service_notice: z.string().nullable(),
  requested_datetime: dateTime.nullable(),
  updated_datetime: dateTime.nullable(),
  expected_datetime: dateTime.nullable(),
  address: z.string().nullable(),
  address_id: z.null(),
  zipcode: z.null(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.null(),
});
export const open311ServiceRequestListSchema = z.array(open311ServiceRequestSchema);

export const open311PostReceiptSchema = z.array(
  z.object({
    service_request_id: z.string(),
    service_notice: z.string().describe("The tracking code and secret to follow the complaint up on the portal"),
    account_id: z.null(),
  }),
);

/** GET Service Requests' query. Every field is optional; the handler reads them from the URL through this schema. */
export const open311RequestListQuerySchema = z.object({
  service_request_id: z.string().optional().describe("Comma-separated tracking codes; overrides the other parameters"),
  service_code: z.string().optional().describe("Comma-separated service codes"),
  start_date: z.string().optional().describe("W3C date-time; default: 90 days before end_date"),
  end_date: z.string().optional().describe("W3C date-time; default: now. At most 90 days after start_date"),
  status: z.string().optional().describe("open, closed, or both comma-separated"),
});

/** POST Service Request's form fields (application/x-www-form-urlencoded or multipart/form-data). */
export const open311PostBodySchema = z.object({
  api_key: z.string().optional().describe("Prefer the X-API-Key header"),
  service_code: z.string(),
  lat: z.string().optional(),
  long: z.string().optional(),
  address_string: z.string().optional().describe("Required unless lat and long are given"),
  address_id: z.string().optional(),
  description: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
});

export type Open311Discovery = z.infer<typeof open311DiscoverySchema>;
export type Open311Service = z.infer<typeof open311ServiceSchema>;
export type Open311ServiceDefinition = z.infer<typeof open311ServiceDefinitionSchema>;
export type Open311ServiceRequest = z.infer<typeof open311ServiceRequestSchema>;
export type Open311PostBody = z.infer<typeof open311PostBodySchema>;
export type Open311PostReceipt = z.infer<typeof open311PostReceiptSchema>;
