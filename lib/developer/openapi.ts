import { z } from "zod";
import { OPERATIONS, type Operation, type Tag } from "./operations";

/**
 * The OpenAPI 3.1 document of the machine-facing APIs (issue 24, item 5),
 * generated from the routes' zod schemas (zod 4's JSON Schema output, the
 * 2020-12 dialect OpenAPI 3.1 uses). Served at /api/openapi.json and read
 * as a page at /pengembang.
 */

export const OPENAPI_PATH = "/api/openapi.json";
export const DEVELOPER_PAGE_PATH = "/pengembang";

export const TAGS: Record<Tag, { name: string; description: string }> = {
  open311: { name: "Open311", description: "Open311 GeoReport v2: services and complaints (http://wiki.open311.org/GeoReport_v2)" },
  openData: { name: "Open data", description: "The transparency dashboard's tables (CC BY 4.0), the same figures as /transparansi" },
  verification: { name: "Document verification", description: "The keys, certificates and anchors that check signed documents and the audit trail" },
  interAgency: { name: "Inter-agency", description: "Machine-to-machine checks for institutions outside the portal, signed per institution" },
  payments: { name: "Payments", description: "Payment providers' calls to the portal (Bank Indonesia SNAP virtual accounts)" },
  identity: { name: "Identity providers", description: "OpenID Connect providers' calls to the portal (back-channel logout)" },
  operations: { name: "Operations", description: "Probes and metrics for load balancers and monitoring (docs/operations.md)" },
  meta: { name: "Meta", description: "About this API" },
};

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema for OpenAPI 3.1 (the document's dialect, so no $schema of its own). */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const jsonSchema = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  delete jsonSchema.$schema;
  return jsonSchema;
}

function parameters(operation: Operation) {
  const path = (operation.pathParameters ?? []).map((parameter) => ({
    name: parameter.name,
    in: "path",
    required: true,
    description: parameter.description,
    schema: jsonSchemaOf(parameter.schema, "input"),
  }));
  const queryShape = operation.query ? (jsonSchemaOf(operation.query, "input").properties as Record<string, JsonSchema>) : {};
  const query = Object.entries(queryShape).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, ...(description ? { description } : {}), schema: rest };
  });
  return [...path, ...query];
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function operationObject(operation: Operation, schemas: Record<string, JsonSchema>) {
  const responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => {
      if (response.schema) schemas[response.schema.name] ??= jsonSchemaOf(response.schema.zod);
      const content = Object.fromEntries(
        response.mediaTypes.map((mediaType) => [mediaType, response.schema && mediaType === "application/json" ? { schema: ref(response.schema.name) } : {}]),
      );
      return [status, { description: response.description, content }];
    }),
  );
  if (operation.body) schemas[operation.body.schema.name] ??= jsonSchemaOf(operation.body.schema.zod, "input");
  return {
    operationId: operation.operationId,
    tags: [TAGS[operation.tag].name],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    parameters: parameters(operation),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(operation.body.mediaTypes.map((mediaType) => [mediaType, { schema: ref(operation.body!.schema.name) }])),
          },
        }
      : {}),
    ...(operation.apiKey ? { security: [{ open311ApiKey: [] }] } : {}),
    responses,
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

/** The whole document; `serverUrl` is the portal's public address (PUBLIC_URL). */
export function openApiDocument(serverUrl: string, info: { title: string; version: string }) {
  const schemas: Record<string, JsonSchema> = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of OPERATIONS) (paths[operation.path] ??= {})[operation.method.toLowerCase()] = operationObject(operation, schemas);
  return {
    openapi: "3.1.0",
    info: {
      title: `${info.title} API`,
      version: info.version,
      description: "The machine-facing APIs of the portal: Open311 GeoReport v2, open data and document verification.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: serverUrl }],
    tags: Object.values(TAGS),
    paths,
    components: {
      schemas,
      securitySchemes: {
        open311ApiKey: { type: "apiKey", in: "header", name: "X-API-Key", description: "Issued by the portal's admins (back office, Open311 keys)" },
      },
    },
  };
}
