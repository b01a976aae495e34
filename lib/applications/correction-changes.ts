import { z } from "zod";

/**
 * What a correction changed (DESIGN.md §3): the officer names the fields to
 * fix; the portal keeps what those fields held when they asked, and on
 * resubmission records what each holds now, so the officer sees old and new
 * side by side. Answers are kept as stored (identity numbers sealed, see
 * answer-vault.ts); documents by name, since a replaced file is gone.
 */

const documentRefSchema = z.object({ id: z.string(), fieldKey: z.string(), fileName: z.string() });
export type DocumentRef = z.infer<typeof documentRefSchema>;

/** The named fields' stored answers and documents at one moment. */
export const correctionSnapshotSchema = z.object({
  answers: z.record(z.string(), z.unknown()),
  documents: z.array(documentRefSchema),
});
export type CorrectionSnapshot = z.infer<typeof correctionSnapshotSchema>;

/** The stored answers and documents of the named fields only. */
export function snapshotOf(fields: readonly string[], storedAnswers: Record<string, unknown>, documents: readonly DocumentRef[]): CorrectionSnapshot {
  const answers: Record<string, unknown> = {};
  for (const field of fields) if (field in storedAnswers) answers[field] = storedAnswers[field];
  return {
    answers,
    documents: documents.filter((document) => fields.includes(document.fieldKey)).map(({ id, fieldKey, fileName }) => ({ id, fieldKey, fileName })),
  };
}

export const correctionChangesSchema = z.object({
  /** Stored (sealed) values of the answers that differ, before and after. */
  answers: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  /** Files fields whose documents were replaced, added or removed, by name. */
  documents: z.array(z.object({ field: z.string(), before: z.array(z.string()), after: z.array(z.string()) })),
});
export type CorrectionChanges = z.infer<typeof correctionChangesSchema>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The difference between two snapshots of the named fields. Answers are
 * compared as read (`open*`: identity numbers decrypted, since their sealed
 * form differs each time) and recorded as stored (`stored*`: sealed).
 */
export function correctionChanges(input: {
  fields: readonly string[];
  openBefore: Record<string, unknown>;
  openAfter: Record<string, unknown>;
  before: CorrectionSnapshot;
  after: CorrectionSnapshot;
}): CorrectionChanges {
  const answers = input.fields
    .filter((field) => !input.before.documents.some((d) => d.fieldKey === field) && !input.after.documents.some((d) => d.fieldKey === field))
    .filter((field) => !same(input.openBefore[field], input.openAfter[field]))
    .map((field) => ({ field, before: input.before.answers[field] ?? null, after: input.after.answers[field] ?? null }));
  const documents = input.fields.flatMap((field) => {
    const before = input.before.documents.filter((d) => d.fieldKey === field);
    const after = input.after.documents.filter((d) => d.fieldKey === field);
    const ids = (list: DocumentRef[]) =>
      list
        .map((d) => d.id)
        .sort()
        .join(",");
    if (ids(before) === ids(after)) return [];
    return [{ field, before: before.map((d) => d.fileName), after: after.map((d) => d.fileName) }];
  });
  return { answers, documents };
}
