/**
 * Form answers for the generated applications: the catalog's sample answers
 * for each service's form (lib/catalog/form-samples.ts), in the applicant's
 * name, validated by the form's own schema and sealed by the answer vault
 * like every real submission (identity numbers encrypted at rest).
 */
import type pg from "pg";
import { sealAnswers } from "../../../lib/applications/answer-vault";
import { formDefinitionSchema, type FormDefinition } from "../../../lib/catalog/form-definition";
import { sampleAnswers } from "../../../lib/catalog/form-samples";
import { compileAnswersSchema } from "../../../lib/catalog/form-schema";
import { historyIdPattern, type HistoryPlan } from "./generate-sql";

/** The sealed answers (JSON text) of every generated application, by id; completeApplications() writes them with its one update. */
export async function sealedAnswers(client: pg.Client, plan: HistoryPlan): Promise<Map<string, string>> {
  const today = plan.anchor.toISOString().slice(0, 10);
  const versions = await client.query<{ id: string; formDefinition: unknown }>(
    `SELECT v."id", v."formDefinition" FROM "ServiceStandardVersion" v
     WHERE v."id" IN (SELECT DISTINCT "standardVersionId" FROM "Application" WHERE "id" LIKE $1)`,
    [historyIdPattern(plan, "a")],
  );
  const forms = new Map<string, { definition: FormDefinition; schema: ReturnType<typeof compileAnswersSchema> }>();
  for (const version of versions.rows) {
    const definition = formDefinitionSchema.parse(version.formDefinition);
    forms.set(version.id, { definition, schema: compileAnswersSchema(definition, { today }) });
  }
  const { rows } = await client.query<{ id: string; versionId: string; name: string }>(
    `SELECT a."id", a."standardVersionId" AS "versionId", u."name" FROM "Application" a JOIN "User" u ON u."id" = a."citizenId"
     WHERE a."id" LIKE $1 ORDER BY a."id"`,
    [historyIdPattern(plan, "a")],
  );
  const answers = new Map<string, string>();
  for (const row of rows) {
    const form = forms.get(row.versionId)!;
    const sample = sampleAnswers(form.definition, { today, name: row.name });
    // A sample a form's rules refuse (a date that must lie ahead of the anchor, say) is kept as it is: it is still readable.
    const parsed = form.schema.safeParse(sample);
    answers.set(row.id, JSON.stringify(sealAnswers(form.definition, parsed.success ? parsed.data : sample)));
  }
  return answers;
}
