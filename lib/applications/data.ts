import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, type Action } from "@/lib/auth/policy";
import { publishedFormDefinition } from "@/lib/catalog/published-definition";
import type { Tx } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import { openAnswers } from "./answer-vault";

/** What every citizen-side use case needs to know about an application. */
const caseSelect = {
  id: true,
  status: true,
  version: true,
  citizenId: true,
  agencyId: true,
  serviceId: true,
  trackingNumber: true,
  submissionKey: true,
  submittedAt: true,
  dueAt: true,
  pauseStartedAt: true,
  pausedMs: true,
  answers: true,
  createdAt: true,
  updatedAt: true,
  service: { select: { slug: true, nameId: true, nameEn: true } },
  agency: {
    select: { id: true, code: true, nameId: true, nameEn: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true },
  },
  standardVersion: { select: { id: true, version: true, slaWorkingDays: true, feeAmount: true, formDefinition: true } },
  documents: {
    where: { kind: "UPLOAD" as const },
    select: { id: true, fieldKey: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
    orderBy: { createdAt: "asc" as const },
  },
} as const;

/**
 * Loads an application and checks the actor may do `action` on it. Another
 * citizen's application is "not found", never "forbidden".
 */
export async function loadCitizenCase(
  client: Tx,
  actor: Actor,
  applicationId: string,
  action: Extract<Action, "application.act" | "ownData.read">,
) {
  const row = authorizedCase(actor, action, await client.application.findUnique({ where: { id: applicationId }, select: caseSelect }));
  const formDefinition = publishedFormDefinition(row.standardVersion.id, row.standardVersion.formDefinition);
  return { ...row, formDefinition, answers: openAnswers(formDefinition, row.answers) };
}

export type CitizenCase = Awaited<ReturnType<typeof loadCitizenCase>>;

/**
 * The status, number and agency of an application, authorised like
 * loadCitizenCase but without its answers, documents and form: what a use case
 * checks before its transaction reads the whole case under the row lock.
 */
export async function loadCitizenCaseHeader(
  client: Tx,
  actor: Actor,
  applicationId: string,
  action: Extract<Action, "application.act" | "ownData.read">,
) {
  return authorizedCase(
    actor,
    action,
    await client.application.findUnique({
      where: { id: applicationId },
      select: { id: true, status: true, citizenId: true, agencyId: true, trackingNumber: true, agency: caseSelect.agency },
    }),
  );
}

/** Another citizen's application is "not found", never "forbidden". */
function authorizedCase<Row extends { citizenId: string }>(actor: Actor, action: Action, row: Row | null): Row {
  if (!row) {
    authorize(actor, action, { ownerId: null });
    throw notFound();
  }
  authorize(actor, action, { ownerId: row.citizenId });
  return row;
}

/**
 * Takes the application's row lock for the rest of the transaction, so that a
 * draft save, an upload and a submission of the same application take turns
 * instead of deciding on what each read before the other committed.
 */
export async function lockApplication(tx: Tx, applicationId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`;
}

/** The same case, read under the row lock: what a write inside a transaction must decide on. */
export async function loadLockedCitizenCase(tx: Tx, actor: Actor, applicationId: string) {
  await lockApplication(tx, applicationId);
  return loadCitizenCase(tx, actor, applicationId, "application.act");
}
