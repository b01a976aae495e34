import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/platform/db";
import { correctionSnapshotSchema, type CorrectionSnapshot } from "./correction-changes";

/**
 * What an officer asked the citizen to fix: the fields (answers or documents)
 * and why, with what those fields held then (requests made before this was
 * kept have none).
 */
export const correctionDataSchema = z.object({ fields: z.array(z.string()).min(1), before: correctionSnapshotSchema.optional() });

export type CorrectionRequest = { note: string; fields: string[]; requestedAt: Date; before: CorrectionSnapshot | null };

/** The correction request the application is waiting on: the latest one. */
export async function currentCorrection(client: Tx, applicationId: string): Promise<CorrectionRequest | null> {
  const event = await client.applicationEvent.findFirst({
    where: { applicationId, type: "correctionRequested" },
    orderBy: { createdAt: "desc" },
    select: { note: true, data: true, createdAt: true },
  });
  if (!event) return null;
  const data = correctionDataSchema.safeParse(event.data);
  return {
    note: event.note ?? "",
    fields: data.success ? data.data.fields : [],
    requestedAt: event.createdAt,
    before: (data.success && data.data.before) || null,
  };
}

/**
 * During a correction only the named fields change; everything else keeps
 * what was submitted, whatever the browser sends.
 */
export function mergeCorrectedAnswers(
  stored: Record<string, unknown>,
  incoming: Record<string, unknown>,
  editableFields: readonly string[] | "all",
): Record<string, unknown> {
  if (editableFields === "all") return incoming;
  const merged = { ...stored };
  for (const key of editableFields) {
    if (key in incoming) merged[key] = incoming[key];
    else delete merged[key];
  }
  return merged;
}
