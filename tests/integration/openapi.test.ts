import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createOpen311Client } from "@/lib/complaints/open311/clients";
import { DATASET_IDS } from "@/lib/dashboard/open-data";
import { openApiDocument } from "@/lib/developer/openapi";
import { OPERATIONS } from "@/lib/developer/operations";
import { complaintStaff } from "@/tests/fixtures/complaints";

/*
 * Issue 24, item 5: the OpenAPI document and the routes cannot disagree.
 * 1. Every route file under app/api is either machine-facing (and then each
 *    method it exports has an operation, and each operation a method), or
 *    listed below as not machine-facing, with the reason.
 * 2. Real answers of the running handlers validate against the schema the
 *    document publishes for them (read back from the document's JSON Schema).
 */

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "http" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

const repoRoot = path.join(import.meta.dirname, "..", "..");

/** Route files people use through the portal's own pages (sessions, downloads, live updates), not other systems. */
const NOT_MACHINE_FACING: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js sign-in for the portal's own pages",
  "app/api/akun/data-saya/route.ts": "a signed-in citizen's own data export (session cookie)",
  "app/api/dokumen/[id]/route.ts": "a signed-in user's document download (session cookie)",
  "app/api/keluaran/[applicationId]/route.ts": "a signed-in citizen's output download (session cookie)",
  "app/api/permohonan/[id]/dokumen/route.ts": "the citizen form's upload (session cookie, same origin)",
  "app/api/permohonan/[id]/stream/route.ts": "live updates of a citizen's application page (SSE, session cookie)",
  "app/api/petugas/antrian/[agencyId]/route.ts": "live updates of a staff queue page (SSE, session cookie)",
  "app/api/portal/logo/[id]/route.ts": "the government logo image every page shows",
  "app/api/bayar/[code]/pdf/route.ts": "a bill printed as PDF by the citizen or the officer (session cookie)",
  "app/api/bayar/[code]/bukti/route.ts": "a payment receipt downloaded by the citizen or the officer (session cookie)",
  "app/api/bayar/simulasi/[date]/route.ts":
    "the demo bank simulator's settlement CSV, downloaded by the revenue office on the reconciliation page (session cookie)",
  "app/api/antrean/[location]/route.ts": "live updates of a hall screen page (SSE)",
  "app/api/pki/tsa/route.ts": "the demo time-stamping authority the portal's own signer asks outside production (RFC 3161)",
};

function routeFiles(directory = path.join(repoRoot, "app", "api")): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [path.relative(repoRoot, full).split(path.sep).join("/")] : [];
  });
}

const exportedMethods = (file: string) =>
  [...readFileSync(path.join(repoRoot, file), "utf8").matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map(
    (match) => match[1]!,
  );

describe("the OpenAPI document and the route files agree", () => {
  const documented = new Set(OPERATIONS.map((operation) => operation.route));

  it("classifies every route file under app/api", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(10);
    const unclassified = files.filter((file) => !documented.has(file) && !(file in NOT_MACHINE_FACING));
    expect(unclassified, "A new API route: add its operations to lib/developer/operations.ts, or list it here as not machine-facing").toEqual([]);
    expect(
      [...documented].filter((file) => file in NOT_MACHINE_FACING),
      "Both documented and excused",
    ).toEqual([]);
    const gone = [...documented, ...Object.keys(NOT_MACHINE_FACING)].filter((file) => !files.includes(file));
    expect(gone, "Named here but no such route file").toEqual([]);
  });

  it("documents each method a machine-facing route exports, and no method it does not", () => {
    for (const file of documented) {
      const exported = new Set(exportedMethods(file));
      const operations = new Set(OPERATIONS.filter((operation) => operation.route === file).map((operation) => operation.method));
      expect([...exported].sort(), file).toEqual([...operations].sort());
    }
  });
});

const document = openApiDocument("http://portal.test", { title: "SatuPintu", version: "test" });
type DocumentedOperation = { operationId: string; responses: Record<string, { content: Record<string, { schema?: { $ref?: string } }> }> };
const operationById = new Map(
  Object.values(document.paths).flatMap((item) =>
    Object.values(item).map((operation) => [(operation as DocumentedOperation).operationId, operation as DocumentedOperation]),
  ),
);

/** The JSON Schema the document publishes for an operation's answer with that status, as a validator. */
function documentedSchema(operationId: string, status: number) {
  const reference = operationById.get(operationId)?.responses[String(status)]?.content["application/json"]?.schema?.$ref;
  expect(reference, `${operationId} documents a JSON ${status}`).toBeDefined();
  const schema = document.components.schemas[reference!.split("/").pop()!];
  return z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
}

async function expectDocumented(operationId: string, response: Response) {
  const body: unknown = await response.json();
  const result = documentedSchema(operationId, response.status).safeParse(body);
  expect(result.success, `${operationId} ${response.status}: ${result.error?.message}\n${JSON.stringify(body).slice(0, 500)}`).toBe(true);
  return body;
}

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

describe("real answers match the documented schemas", () => {
  let apiKey: string;
  beforeAll(async () => {
    const staff = await complaintStaff();
    apiKey = (await createOpen311Client(staff.admin, { name: "Uji OpenAPI" }, { ip: null })).key;
  });

  it("Open311: discovery, services, a service definition, filing a request, reading it back, the list and an error", async () => {
    const discovery = await import("@/app/api/open311/[file]/route");
    const v2 = await import("@/app/api/open311/v2/[file]/route");
    const services = await import("@/app/api/open311/v2/services/[file]/route");
    const requests = await import("@/app/api/open311/v2/requests/[file]/route");
    const base = "http://portal.test/api/open311/v2";

    await expectDocumented(
      "open311Discovery",
      await discovery.GET(new Request("http://portal.test/api/open311/discovery.json"), params({ file: "discovery.json" })),
    );
    await expectDocumented("open311V2Discovery", await v2.GET(new Request(`${base}/discovery.json`), params({ file: "discovery.json" })));
    const list = (await expectDocumented("open311ServiceList", await v2.GET(new Request(`${base}/services.json`), params({ file: "services.json" })))) as {
      service_code: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    const code = list[0]!.service_code;
    await expectDocumented("open311ServiceDefinition", await services.GET(new Request(`${base}/services/${code}.json`), params({ file: `${code}.json` })));

    const form = new URLSearchParams({ service_code: code, address_string: "Jl. Uji OpenAPI 1", description: "Antrean loket tidak bergerak selama satu jam." });
    const filed = await v2.POST(
      new Request(`${base}/requests.json`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-api-key": apiKey },
        body: form,
      }),
      params({ file: "requests.json" }),
    );
    expect(filed.status).toBe(200);
    const [receipt] = (await expectDocumented("open311PostRequest", filed)) as { service_request_id: string }[];
    const one = await requests.GET(
      new Request(`${base}/requests/${receipt!.service_request_id}.json`),
      params({ file: `${receipt!.service_request_id}.json` }),
    );
    expect(one.status).toBe(200);
    await expectDocumented("open311GetRequest", one);
    await expectDocumented("open311RequestList", await v2.GET(new Request(`${base}/requests.json?status=open`), params({ file: "requests.json" })));

    const refused = await v2.POST(new Request(`${base}/requests.json`, { method: "POST", body: form }), params({ file: "requests.json" }));
    expect(refused.status).toBe(403);
    await expectDocumented("open311PostRequest", refused);
  });

  it("open data: every dataset's JSON file has exactly the documented columns", async () => {
    const data = await import("@/app/api/data/[file]/route");
    for (const dataset of DATASET_IDS) {
      const response = await data.GET(new Request(`http://portal.test/api/data/${dataset}.json?periode=tahun&tahun=2026`), params({ file: `${dataset}.json` }));
      expect(response.status, dataset).toBe(200);
      await expectDocumented(`openData_${dataset}`, response);
    }
  });

  it("verification: the public key", async () => {
    const key = await import("@/app/api/verifikasi/kunci-publik/route");
    await expectDocumented("verificationPublicKey", key.GET(new Request("http://portal.test/api/verifikasi/kunci-publik")));
  });

  it("a schema that differs from the answer fails (the check can fail)", async () => {
    const data = await import("@/app/api/data/[file]/route");
    const response = await data.GET(new Request("http://portal.test/api/data/ringkasan.json"), params({ file: "ringkasan.json" }));
    const body = (await response.json()) as { data: Record<string, unknown>[] };
    const schema = documentedSchema("openData_ringkasan", 200);
    expect(schema.safeParse({ ...body, data: [{ ...body.data[0], extra_column: 1 }] }).success).toBe(false);
  });
});
