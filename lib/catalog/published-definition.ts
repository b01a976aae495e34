import { formDefinitionSchema, type FormDefinition } from "./form-definition";
import type { Tx } from "@/lib/platform/db";
import { feeRuleOf, type FeeRule } from "@/lib/payments/fee-rule";

/**
 * Published standard versions never change (publishing makes a new one), so a
 * version's form definition is checked and parsed once per process, not on
 * every load of every application filed under it (issue 10, item 2: the parse
 * was a large share of a submission's CPU). Frozen, because every reader shares it.
 */
const MAX_VERSIONS = 500;
const parsed = new Map<string, FormDefinition>();

export function publishedFormDefinition(versionId: string, stored: unknown): FormDefinition {
  const known = parsed.get(versionId);
  if (known) return known;
  const definition = deepFreeze(formDefinitionSchema.parse(stored));
  remember(parsed, versionId, definition);
  return definition;
}

/** What an application's case needs of the version it was filed under. */
export type PublishedVersion = Readonly<{
  id: string;
  version: number;
  slaWorkingDays: number;
  feeAmount: number;
  formDefinition: FormDefinition;
  /** The fee rule of the standard's fee component (lib/payments/fee-rule.ts), null when it charges nothing. */
  feeRule: FeeRule | null;
}>;

const versions = new Map<string, PublishedVersion>();

/**
 * The same immutability spares the query: each version is read from the
 * database once per process, instead of with every application (and its
 * form definition's JSON with it).
 */
export async function loadPublishedVersion(client: Pick<Tx, "serviceStandardVersion">, versionId: string): Promise<PublishedVersion> {
  const known = versions.get(versionId);
  if (known) return known;
  const row = await client.serviceStandardVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { id: true, version: true, slaWorkingDays: true, feeAmount: true, formDefinition: true, standard: true },
  });
  const { standard, ...rest } = row;
  const version = Object.freeze({ ...rest, formDefinition: publishedFormDefinition(row.id, row.formDefinition), feeRule: feeRuleOf(standard) });
  remember(versions, versionId, version);
  return version;
}

function remember<T>(cache: Map<string, T>, key: string, value: T) {
  cache.set(key, value);
  if (cache.size > MAX_VERSIONS) cache.delete(cache.keys().next().value!);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
