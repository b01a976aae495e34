import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { sealAnswers } from "./answer-vault";
import { currentCorrection, mergeCorrectedAnswers } from "./correction";
import type { CitizenCase } from "./data";
import { isAwaitingCorrection, isEditableByCitizen } from "./workflow";

// Far above any real form; stops a script from parking megabytes in a draft.
const MAX_ANSWERS_BYTES = 64 * 1024;

/**
 * Stores what the citizen has typed so far, valid or not: a draft is work in
 * progress. During a correction only the named fields change. `application`
 * must have been read under its row lock (loadLockedCitizenCase) in `tx`.
 * Returns the answers as stored and which fields the citizen may change.
 */
export async function writeDraftAnswers(tx: Tx, application: CitizenCase, answers: Record<string, unknown>) {
  if (!isEditableByCitizen(application.status)) throw new AppError("CONFLICT", "application.notEditable");
  const knownKeys = new Set(application.formDefinition.sections.flatMap((s) => s.fields.map((f) => f.key)));
  const known = Object.fromEntries(Object.entries(answers).filter(([key]) => knownKeys.has(key)));
  const editable = isAwaitingCorrection(application.status) ? ((await currentCorrection(tx, application.id))?.fields ?? []) : ("all" as const);
  const merged = mergeCorrectedAnswers(application.answers, known, editable);
  if (JSON.stringify(merged).length > MAX_ANSWERS_BYTES) throw new AppError("INVALID", "application.answersTooLarge");
  await tx.application.update({
    where: { id: application.id },
    data: { answers: sealAnswers(application.formDefinition, merged) as Prisma.InputJsonObject },
  });
  return { answers: merged, editable };
}
