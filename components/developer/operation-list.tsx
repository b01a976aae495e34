import type { Translator } from "@/lib/platform/i18n/messages";
import type { OpenApiDocument } from "@/lib/developer/openapi";

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  $ref?: string;
};
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: JsonSchema };
type OperationObject = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
  responses: Record<string, { description: string; content: Record<string, { schema?: JsonSchema }> }>;
};

const cell = "border-b border-slate-300 px-2 py-1 text-left align-top";

/** "string", "integer | null", "json | xml", as a reader needs it. */
function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop() ?? "";
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items)}[]`;
  return Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
}

/** The fields of an object schema, or of the objects an array schema holds. */
function fieldsOf(schema: JsonSchema | undefined): [string, JsonSchema, boolean][] {
  const object = schema?.type === "array" ? schema.items : schema;
  return Object.entries(object?.properties ?? {}).map(([name, field]) => [name, field, object?.required?.includes(name) ?? false]);
}

function FieldTable({ schema, caption, t }: { schema: JsonSchema; caption: string; t: Translator }) {
  const fields = fieldsOf(schema);
  if (fields.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 w-full text-sm">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th className={cell}>{t("developer.column.name")}</th>
            <th className={cell}>{t("developer.column.type")}</th>
            <th className={cell}>{t("developer.column.required")}</th>
            <th className={cell}>{t("developer.column.description")}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(([name, field, required]) => (
            <tr key={name}>
              <td className={cell}>
                <code>{name}</code>
              </td>
              <td className={cell}>
                <code>{typeOf(field)}</code>
              </td>
              <td className={cell}>{required ? t("developer.yes") : t("developer.no")}</td>
              <td className={cell}>{field.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Operation({
  method,
  path,
  operation,
  schemas,
  t,
}: {
  method: string;
  path: string;
  operation: OperationObject;
  schemas: Record<string, JsonSchema>;
  t: Translator;
}) {
  const resolve = (schema: JsonSchema | undefined) => (schema?.$ref ? schemas[schema.$ref.split("/").pop() ?? ""] : schema);
  const body = operation.requestBody ? Object.entries(operation.requestBody.content)[0] : undefined;
  return (
    <section id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="mb-8 rounded-md border border-slate-300 bg-white p-4">
      <h3 id={`${operation.operationId}-title`} className="font-mono text-lg font-semibold break-all">
        <span className="mr-2 rounded bg-slate-800 px-2 py-0.5 text-sm text-white">{method.toUpperCase()}</span>
        {path}
      </h3>
      <p lang="en" className="mt-2">
        {operation.summary}
      </p>
      {operation.description ? (
        <p lang="en" className="mt-1 text-slate-700">
          {operation.description}
        </p>
      ) : null}
      {operation.security ? <p className="mt-1 font-semibold">{t("developer.apiKey")}</p> : null}
      {operation.parameters.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="mt-3 w-full text-sm">
            <caption className="text-left font-semibold">{t("developer.parameters")}</caption>
            <thead>
              <tr>
                <th className={cell}>{t("developer.column.name")}</th>
                <th className={cell}>{t("developer.column.in")}</th>
                <th className={cell}>{t("developer.column.type")}</th>
                <th className={cell}>{t("developer.column.required")}</th>
                <th className={cell}>{t("developer.column.description")}</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`}>
                  <td className={cell}>
                    <code>{parameter.name}</code>
                  </td>
                  <td className={cell}>{parameter.in}</td>
                  <td className={cell}>
                    <code>{typeOf(parameter.schema)}</code>
                  </td>
                  <td className={cell}>{parameter.required ? t("developer.yes") : t("developer.no")}</td>
                  <td className={cell} lang="en">
                    {parameter.description ?? parameter.schema.description ?? ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {body ? <FieldTable schema={resolve(body[1].schema) ?? {}} caption={`${t("developer.requestBody")} (${body[0]})`} t={t} /> : null}
      <h4 className="mt-3 font-semibold">{t("developer.responses")}</h4>
      <ul className="list-disc pl-6">
        {Object.entries(operation.responses).map(([status, response]) => (
          <li key={status}>
            <code>{status}</code> <span lang="en">{response.description}</span> ({Object.keys(response.content).join(", ")})
            {status === "200" ? (
              <FieldTable schema={resolve(response.content["application/json"]?.schema) ?? {}} caption={`${t("developer.fields")} (${status})`} t={t} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The OpenAPI document read as a page: operations by tag, their parameters, bodies and answer fields. */
export function OperationList({ document, t }: { document: OpenApiDocument; t: Translator }) {
  const schemas = document.components.schemas as Record<string, JsonSchema>;
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation: operation as OperationObject })),
  );
  return (
    <>
      {document.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name.replace(/\W/g, "")}`} className="mb-10">
          <h2 id={`tag-${tag.name.replace(/\W/g, "")}`} className="text-2xl font-semibold" lang="en">
            {tag.name}
          </h2>
          <p className="mb-4 text-slate-700" lang="en">
            {tag.description}
          </p>
          {operations
            .filter(({ operation }) => operation.tags.includes(tag.name))
            .map(({ path, method, operation }) => (
              <Operation key={operation.operationId} method={method} path={path} operation={operation} schemas={schemas} t={t} />
            ))}
        </section>
      ))}
    </>
  );
}
