import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, type Action } from "@/lib/auth/policy";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import type { Role } from "@/lib/generated/prisma/enums";
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
  standardVersionId: true,
  documents: {
    where: { kind: "UPLOAD" as const },
    select: { id: true, fieldKey: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
    orderBy: { createdAt: "asc" as const },
  },
  /** Requirements met by an item of the citizen's wallet (lib/applications/wallet-reference.ts). */
  walletReferences: { select: { fieldKey: true, outputDocumentId: true, documentId: true } },
} as const;

/**
 * Loads an application and checks the actor may do `action` on it. Another
 * citizen's application is "not found", never "forbidden".
 */
export async function loadCitizenCase(client: Tx, actor: Actor, applicationId: string, action: Extract<Action, "application.act" | "ownData.read">) {
  const row = authorizedCase(actor, action, await client.application.findUnique({ where: { id: applicationId }, select: caseSelect }));
  const standardVersion = await loadPublishedVersion(client, row.standardVersionId);
  const formDefinition = standardVersion.formDefinition;
  return { ...row, standardVersion, formDefinition, answers: openAnswers(formDefinition, row.answers) };
}

export type CitizenCase = Awaited<ReturnType<typeof loadCitizenCase>>;

/**
 * The status, number and agency of an application, authorised like
 * loadCitizenCase but without its answers, documents and form: what a use case
 * checks before its transaction reads the whole case under the row lock.
 */
export async function loadCitizenCaseHeader(client: Tx, actor: Actor, applicationId: string, action: Extract<Action, "application.act" | "ownData.read">) {
  return authorizedCase(
    actor,
    action,
    await client.application.findUnique({
      where: { id: applicationId },
      select: { id: true, status: true, citizenId: true, agencyId: true, trackingNumber: true, agency: caseSelect.agency },
    }),
  );
}

/**
 * The form and documents of an application the actor may act on, its answers
 * left sealed: what an upload checks before storing the bytes, outside the
 * transaction that then reads the whole case under the row lock.
 */
export async function loadCitizenCaseDocuments(client: Tx, actor: Actor, applicationId: string) {
  const row = authorizedCase(
    actor,
    "application.act",
    await client.application.findUnique({
      where: { id: applicationId },
      select: { id: true, status: true, citizenId: true, agencyId: true, standardVersionId: true, documents: caseSelect.documents },
    }),
  );
  const { formDefinition } = await loadPublishedVersion(client, row.standardVersionId);
  return { ...row, formDefinition };
}

/** What the document rules look at: CitizenCase has it all, loadCitizenCaseDocuments just this. */
export type CaseDocuments = Pick<CitizenCase, "id" | "status" | "citizenId" | "agencyId" | "actingRole" | "formDefinition" | "documents">;

/**
 * The row, once the policy lets the actor at it, with the role it granted (what the case's audit entries record).
 * Another citizen's application is "not found", never "forbidden".
 */
function authorizedCase<Row extends { citizenId: string }>(actor: Actor, action: Action, row: Row | null): Row & { actingRole: Role | null } {
  if (!row) {
    authorize(actor, action, { ownerId: null });
    throw notFound();
  }
  return { ...row, actingRole: authorize(actor, action, { ownerId: row.citizenId }) };
}

/**
 * Takes the row lock of the actor's own application for the rest of the
 * transaction, so that a draft save, an upload and a submission of it take
 * turns instead of deciding on what each read before the other committed.
 * Someone else's application is not locked at all (the load then answers
 * "not found"), so nobody can hold up a citizen's row by asking for it.
 */
async function lockOwnApplication(tx: Tx, actor: Actor, applicationId: string): Promise<void> {
  const ownerId = actor.kind === "user" ? actor.id : null;
  await tx.$executeRaw`SELECT 1 FROM "Application" WHERE "id" = ${applicationId} AND "citizenId" = ${ownerId} FOR UPDATE`;
}

/** The same case, read under the row lock: what a write inside a transaction must decide on. */
export async function loadLockedCitizenCase(tx: Tx, actor: Actor, applicationId: string) {
  await lockOwnApplication(tx, actor, applicationId);
  return loadCitizenCase(tx, actor, applicationId, "application.act");
}
