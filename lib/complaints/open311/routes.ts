import "server-only";
import { headers } from "next/headers";
import { getTranslator } from "@/lib/platform/i18n/server";
import { clientIp } from "@/lib/platform/request-context";
import { discovery, getRequest, listRequests, postRequest, serviceDefinition, serviceList, type Open311Context } from "./api";
import { open311ErrorResponse, open311PostFields, splitResource } from "./format";

/**
 * The Open311 route handlers (app/api/open311/**) in one place: each URL
 * segment is `<resource>.<format>`; an unknown format answers in JSON, an
 * unknown resource in the format asked for.
 */
async function contextFor(segment: string): Promise<{ name: string; context: Open311Context } | Response> {
  const { locale, t } = await getTranslator();
  const resource = splitResource(decodeURIComponent(segment));
  if (!resource) return open311ErrorResponse("json", [{ code: 400, description: t("open311.error.badFormat") }]);
  return { name: resource.name, context: { format: resource.format, locale, t, ip: clientIp(await headers()) } };
}

function notFound(context: Open311Context): Response {
  return open311ErrorResponse(context.format, [{ code: 404, description: context.t("open311.error.notFound") }]);
}

/** GET /api/open311/discovery.<format> */
export async function discoveryRoute(segment: string): Promise<Response> {
  const resolved = await contextFor(segment);
  if (resolved instanceof Response) return resolved;
  return resolved.name === "discovery" ? discovery(resolved.context) : notFound(resolved.context);
}

/** GET /api/open311/v2/{discovery,services,requests}.<format> */
export async function v2Get(segment: string, request: Request): Promise<Response> {
  const resolved = await contextFor(segment);
  if (resolved instanceof Response) return resolved;
  const { name, context } = resolved;
  if (name === "discovery") return discovery(context);
  if (name === "services") return serviceList(context);
  if (name === "requests") return listRequests(context, new URL(request.url).searchParams);
  return notFound(context);
}

/** POST /api/open311/v2/requests.<format> (application/x-www-form-urlencoded, or multipart). */
export async function v2Post(segment: string, request: Request): Promise<Response> {
  const resolved = await contextFor(segment);
  if (resolved instanceof Response) return resolved;
  const { name, context } = resolved;
  if (name !== "requests") return notFound(context);
  let body: FormData | null;
  try {
    body = await request.formData();
  } catch {
    body = null;
  }
  const form = open311PostFields(body, request.headers);
  return postRequest(context, form);
}

/** GET /api/open311/v2/services/<service_code>.<format> */
export async function serviceDefinitionRoute(segment: string): Promise<Response> {
  const resolved = await contextFor(segment);
  if (resolved instanceof Response) return resolved;
  return serviceDefinition(resolved.context, resolved.name);
}

/** GET /api/open311/v2/requests/<service_request_id>.<format> */
export async function requestRoute(segment: string): Promise<Response> {
  const resolved = await contextFor(segment);
  if (resolved instanceof Response) return resolved;
  return getRequest(resolved.context, resolved.name);
}
