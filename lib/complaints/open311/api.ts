import "server-only";
import { randomUUID } from "node:crypto";
import { ANONYMOUS } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, replicaDb } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { pick } from "@/lib/platform/i18n/format";
import { isMessageKey, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { fileComplaint } from "../use-cases/file-complaint";
import { normalizeComplaintCode } from "../tracking";
import { isComplaintOpen, isPubliclyVisible, open311Status, PUBLIC_KINDS, PUBLISHED_STATUSES, slaPhaseOf } from "../workflow";
import { authenticateOpen311Key } from "./clients";
import { open311ErrorResponse, open311Response, parseW3cDateTime, w3cDateTime, type Open311Format } from "./format";
import {
  open311RequestListQuerySchema,
  type Open311Discovery,
  type Open311PostBody,
  type Open311PostReceipt,
  type Open311Service,
  type Open311ServiceDefinition,
  type Open311ServiceRequest,
} from "./schemas";

/**
 * The Open311 GeoReport v2 endpoint (http://wiki.open311.org/GeoReport_v2):
 * the portal's published services are the service types (complaint
 * categories), complaints are service requests. Whistleblowing reports are
 * never part of it. A request's text, location and answer appear only once
 * the complaint is published (lib/complaints/workflow.ts isPubliclyVisible);
 * otherwise only its status, service, agency and dates; never a name.
 */
export const SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
const MAX_REQUESTS = 1000;
const MAX_SPAN_MS = 90 * 86_400_000;
const READS_PER_IP = { limit: 120, windowMs: 60_000 };

export type Open311Context = { format: Open311Format; locale: Locale; t: Translator; ip: string | null; now?: Date };

function error(context: Open311Context, code: number, key: Parameters<Translator>[0], params?: Record<string, string | number>) {
  return open311ErrorResponse(context.format, [{ code, description: context.t(key, params) }]);
}

async function readLimited(context: Open311Context): Promise<Response | null> {
  if (context.ip && (await hitRateLimit(db, `open311:read:${context.ip}`, READS_PER_IP)) > READS_PER_IP.limit)
    return error(context, 429, "open311.error.rateLimited");
  return null;
}

/** The endpoint's public base URL. */
export function endpointUrl(): string {
  return new URL("/api/open311/v2", env().PUBLIC_URL).toString();
}

/** Service Discovery (http://wiki.open311.org/Service_Discovery). */
export async function discovery(context: Open311Context): Promise<Response> {
  const latest = await replicaDb.service.aggregate({ where: { status: "PUBLISHED" }, _max: { updatedAt: true } });
  const changeset = w3cDateTime(latest._max.updatedAt ?? new Date(0));
  const body: Open311Discovery = {
    changeset,
    contact: context.t("open311.contact"),
    key_service: context.t("open311.keyService"),
    endpoints: [{ specification: SPECIFICATION, url: endpointUrl(), changeset, type: "production", formats: ["text/xml", "application/json"] }],
  };
  return open311Response(context.format, "discovery", body);
}

/** GET Service List: every published service. */
export async function serviceList(context: Open311Context): Promise<Response> {
  const limited = await readLimited(context);
  if (limited) return limited;
  const services = await replicaDb.service.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { slug: "asc" },
    select: { slug: true, nameId: true, nameEn: true, summaryId: true, summaryEn: true, keywords: true, category: { select: { nameId: true, nameEn: true } } },
  });
  return open311Response(
    context.format,
    "services",
    services.map((service): Open311Service => ({
      service_code: service.slug,
      service_name: pick(context.locale, service, "name"),
      description: pick(context.locale, service, "summary"),
      metadata: false,
      type: "realtime",
      keywords: keywordList(service.keywords),
      group: pick(context.locale, service.category, "name"),
    })),
  );
}

/** The catalog's search keywords as the comma-separated list Open311 asks for. */
function keywordList(keywords: string): string | null {
  const words = keywords
    .split(keywords.includes(",") ? /[,;]/ : /\s+/)
    .map((word) => word.trim())
    .filter(Boolean);
  return words.length ? [...new Set(words)].join(", ") : null;
}

/** GET Service Definition: no service asks for extra attributes (metadata is false). */
export async function serviceDefinition(context: Open311Context, code: string): Promise<Response> {
  const service = await replicaDb.service.findUnique({ where: { slug: code }, select: { slug: true, status: true } });
  if (!service || service.status !== "PUBLISHED") return error(context, 404, "open311.error.serviceNotFound", { code });
  const definition: Open311ServiceDefinition = { service_code: service.slug, attributes: [] };
  return open311Response(context.format, "service_definition", definition);
}

const requestSelect = {
  trackingCode: true,
  kind: true,
  identityMode: true,
  status: true,
  title: true,
  body: true,
  response: true,
  respondedAt: true,
  rejectionCode: true,
  createdAt: true,
  updatedAt: true,
  dueAt: true,
  locationText: true,
  latitude: true,
  longitude: true,
  agency: { select: { nameId: true, nameEn: true } },
  service: { select: { slug: true, nameId: true, nameEn: true } },
} satisfies Prisma.ComplaintSelect;
type RequestRow = Prisma.ComplaintGetPayload<{ select: typeof requestSelect }>;

function serviceRequest(context: Open311Context, row: RequestRow): Open311ServiceRequest {
  const published = isPubliclyVisible(row);
  const statusLabel = context.t(`complaint.status.${row.status}`);
  const rejectionKey = `complaint.rejection.${row.rejectionCode}`;
  const rejection = row.rejectionCode && isMessageKey(rejectionKey) ? context.t(rejectionKey) : null;
  const notes = [statusLabel, rejection, published && row.respondedAt ? row.response : null].filter(Boolean).join(" — ");
  return {
    service_request_id: row.trackingCode,
    status: open311Status(row.status),
    status_notes: notes || null,
    service_name: row.service ? pick(context.locale, row.service, "name") : null,
    service_code: row.service?.slug ?? null,
    // Requests filed through this API have a title made from their description: not repeated.
    description: published ? (row.body.startsWith(row.title.replace(/\.{3}$/, "")) ? row.body : `${row.title}\n\n${row.body}`) : null,
    agency_responsible: row.agency ? pick(context.locale, row.agency, "name") : null,
    service_notice: null,
    requested_datetime: w3cDateTime(row.createdAt),
    updated_datetime: w3cDateTime(row.updatedAt),
    expected_datetime: slaPhaseOf(row.status) && isComplaintOpen(row.status) ? w3cDateTime(row.dueAt) : null,
    address: published ? row.locationText : null,
    address_id: null,
    zipcode: null,
    lat: published && row.latitude !== null ? Number(row.latitude) : null,
    long: published && row.longitude !== null ? Number(row.longitude) : null,
    media_url: null,
  };
}

/** Not whistleblowing: the only complaints the API knows about. */
const apiWhere: Prisma.ComplaintWhereInput = { kind: { in: [...PUBLIC_KINDS] } };

/**
 * GET Service Requests. `service_request_id` (comma separated) overrides the
 * rest; otherwise published requests filed between start_date and end_date
 * (at most 90 days apart; the last 90 days by default), of the given
 * service codes and statuses, newest first, at most 1000.
 */
export async function listRequests(context: Open311Context, query: URLSearchParams): Promise<Response> {
  const limited = await readLimited(context);
  if (limited) return limited;
  const fields = open311RequestListQuerySchema.parse(
    Object.fromEntries(open311RequestListQuerySchema.keyof().options.flatMap((name) => (query.has(name) ? [[name, query.get(name)]] : []))),
  );
  const param = (name: keyof typeof fields) => fields[name]?.trim() || undefined;
  const ids = param("service_request_id");
  if (ids) {
    const codes = ids
      .split(",")
      .map((id) => normalizeComplaintCode(id))
      .filter((code): code is string => !!code)
      .slice(0, MAX_REQUESTS);
    const rows = await replicaDb.complaint.findMany({
      where: { ...apiWhere, trackingCode: { in: codes } },
      orderBy: { createdAt: "desc" },
      select: requestSelect,
    });
    return open311Response(
      context.format,
      "service_requests",
      rows.map((row) => serviceRequest(context, row)),
    );
  }
  const now = context.now ?? new Date();
  const start = param("start_date");
  const end = param("end_date");
  const startDate = start ? parseW3cDateTime(start) : null;
  const endDate = end ? parseW3cDateTime(end) : null;
  if (start && !startDate) return error(context, 400, "open311.error.invalidDate", { parameter: "start_date" });
  if (end && !endDate) return error(context, 400, "open311.error.invalidDate", { parameter: "end_date" });
  const to = endDate ?? (startDate ? new Date(Math.min(startDate.getTime() + MAX_SPAN_MS, now.getTime())) : now);
  const from = startDate ?? new Date(to.getTime() - MAX_SPAN_MS);
  if (from > to) return error(context, 400, "open311.error.dateOrder");
  if (to.getTime() - from.getTime() > MAX_SPAN_MS) return error(context, 400, "open311.error.dateSpan");
  const statuses =
    param("status")
      ?.split(",")
      .map((status) => status.trim().toLowerCase()) ?? [];
  if (statuses.some((status) => status !== "open" && status !== "closed")) return error(context, 400, "open311.error.invalidStatus");
  const codes = param("service_code")
    ?.split(",")
    .map((code) => code.trim())
    .filter(Boolean);
  const rows = await replicaDb.complaint.findMany({
    where: {
      ...apiWhere,
      identityMode: { in: ["PUBLIC", "ANONYMOUS"] },
      status: { in: PUBLISHED_STATUSES.filter((status) => statuses.length !== 1 || open311Status(status) === statuses[0]) },
      createdAt: { gte: from, lte: to },
      ...(codes?.length ? { service: { slug: { in: codes } } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_REQUESTS,
    select: requestSelect,
  });
  return open311Response(
    context.format,
    "service_requests",
    rows.map((row) => serviceRequest(context, row)),
  );
}

/** GET Service Request: one request by its id (the complaint's tracking code). */
export async function getRequest(context: Open311Context, id: string): Promise<Response> {
  const limited = await readLimited(context);
  if (limited) return limited;
  const code = normalizeComplaintCode(id);
  const row = code ? await replicaDb.complaint.findFirst({ where: { ...apiWhere, trackingCode: code }, select: requestSelect }) : null;
  if (!row) return error(context, 404, "open311.error.requestNotFound", { id });
  return open311Response(context.format, "service_requests", [serviceRequest(context, row)]);
}

/**
 * POST Service Request (api_key required). The request becomes a complaint
 * about the service, with a tracking code and secret like any other: the
 * service_notice tells the reporter both, so they can follow it up on the
 * portal. A name, email or phone sent with it makes it a PUBLIC complaint
 * (the name is seen by staff only); without them it is ANONYMOUS.
 */
export async function postRequest(context: Open311Context, form: URLSearchParams): Promise<Response> {
  // Only the documented fields (schemas.ts open311PostBodySchema) are read.
  const value = (name: keyof Open311PostBody) => form.get(name)?.trim() || undefined;
  const client = await authenticateOpen311Key(value("api_key"), context.now);
  if (!client) return error(context, 403, value("api_key") ? "open311.error.invalidKey" : "open311.error.missingKey");
  const serviceCode = value("service_code");
  if (!serviceCode) return error(context, 400, "open311.error.missingServiceCode");
  const service = await db.service.findUnique({ where: { slug: serviceCode }, select: { status: true } });
  if (!service || service.status !== "PUBLISHED") return error(context, 404, "open311.error.serviceNotFound", { code: serviceCode });
  const lat = value("lat");
  const long = value("long");
  const address = value("address_string") ?? (value("address_id") ? `address_id ${value("address_id")}` : undefined);
  if (!(lat && long) && !address) return error(context, 400, "open311.error.missingLocation");
  const description = value("description");
  if (!description) return error(context, 400, "open311.error.missingDescription");
  const name = [value("first_name"), value("last_name")].filter(Boolean).join(" ") || undefined;
  const contact = value("email") ?? value("phone");
  const firstLine = description.split(/\r?\n/)[0]!.trim();
  const title = firstLine.length > 80 ? `${firstLine.slice(0, 77).trimEnd()}...` : firstLine.padEnd(5, ".");
  try {
    const receipt = await fileComplaint(
      ANONYMOUS,
      {
        kind: "COMPLAINT",
        identityMode: name || contact ? "PUBLIC" : "ANONYMOUS",
        category: "other",
        title,
        body: description,
        serviceSlug: serviceCode,
        latitude: lat,
        longitude: long,
        locationText: address,
        reporterName: name ?? (contact ? context.t("open311.reporterWithoutName") : undefined),
        reporterContact: contact,
        submissionKey: randomUUID(),
      },
      [],
      { ip: context.ip, now: context.now, open311ClientId: client.id },
    );
    const followUp = new URL("/pengaduan/lacak", env().PUBLIC_URL).toString();
    const body: Open311PostReceipt = [
      {
        service_request_id: receipt.trackingCode,
        service_notice: context.t("open311.serviceNotice", { code: receipt.trackingCode, secret: receipt.secret, url: followUp }),
        account_id: null,
      },
    ];
    return open311Response(context.format, "service_requests", body);
  } catch (caught) {
    if (!(caught instanceof AppError)) throw caught;
    if (caught.code === "RATE_LIMITED") return error(context, 429, "open311.error.rateLimited");
    if (caught.code === "UNAVAILABLE") return error(context, 503, caught.messageKey);
    const fields = Object.entries(caught.fieldErrors);
    if (fields.length === 0) return error(context, 400, caught.messageKey);
    return open311ErrorResponse(
      context.format,
      fields.map(([field, keys]) => ({ code: 400, description: `${open311Field(field)}: ${context.t(keys[0] ?? "error.invalidInput")}` })),
    );
  }
}

/** The Open311 argument a complaint field came from, for error messages. */
function open311Field(field: string): string {
  return (
    (
      {
        body: "description",
        title: "description",
        latitude: "lat",
        longitude: "long",
        locationText: "address_string",
        reporterName: "first_name",
        reporterContact: "email",
        serviceSlug: "service_code",
      } as Record<string, string>
    )[field] ?? field
  );
}
