import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, type Action } from "@/lib/auth/policy";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import { Prisma } from "@/lib/generated/prisma/client";
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
  return withForm(client, authorizedCase(actor, action, await readCaseRow(client, applicationId)));
}

async function withForm(client: Tx, row: CaseRow & { actingRole: Role | null }) {
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

/** The row readCaseRow returns: what Prisma would return for caseSelect. */
type CaseRow = Prisma.ApplicationGetPayload<{ select: typeof caseSelect }>;
/** Timestamps inside json_build_object arrive as text: `timestamp(3)` columns hold UTC without a zone. */
type RawCaseRow = Omit<CaseRow, "documents"> & { documents: (Omit<CaseRow["documents"][number], "createdAt"> & { createdAt: string })[] };

/**
 * The same case, read under the row lock: what a write inside a transaction must decide on.
 * Someone else's application is not locked at all, so nobody can hold up a citizen's row by
 * asking for it: it falls through to loadCitizenCase, whose policy check answers.
 */
export async function loadLockedCitizenCase(tx: Tx, actor: Actor, applicationId: string) {
  const locked = await readCaseRow(tx, applicationId, { lockForOwner: actor.kind === "user" ? actor.id : null });
  if (!locked) return loadCitizenCase(tx, actor, applicationId, "application.act");
  return withForm(tx, authorizedCase(actor, "application.act", locked));
}

/**
 * caseSelect's columns in one statement: the case, its service, agency, uploads and wallet
 * references together (Prisma's nested select took five round trips, and every citizen write
 * and case page starts here). With `lockForOwner`, only that citizen's row, under its row lock.
 */
async function readCaseRow(client: Tx, applicationId: string, { lockForOwner }: { lockForOwner?: string | null } = {}): Promise<CaseRow | null> {
  const lock = lockForOwner === undefined ? Prisma.empty : Prisma.sql`AND a."citizenId" = ${lockForOwner} FOR UPDATE OF a`;
  const [row] = await client.$queryRaw<RawCaseRow[]>`
    SELECT a."id", a."status"::text AS "status", a."version", a."citizenId", a."agencyId", a."serviceId", a."trackingNumber",
           a."submissionKey", a."submittedAt", a."dueAt", a."pauseStartedAt", a."pausedMs", a."answers", a."createdAt", a."updatedAt",
           a."standardVersionId",
           json_build_object('slug', s."slug", 'nameId', s."nameId", 'nameEn', s."nameEn") AS "service",
           json_build_object('id', g."id", 'code', g."code", 'nameId', g."nameId", 'nameEn', g."nameEn", 'timezone', g."timezone",
                             'officeOpens', g."officeOpens", 'officeCloses', g."officeCloses", 'regionCode', g."regionCode") AS "agency",
           COALESCE((SELECT json_agg(json_build_object('id', d."id", 'fieldKey', d."fieldKey", 'fileName', d."fileName", 'mimeType', d."mimeType",
                                                       'sizeBytes', d."sizeBytes", 'createdAt', d."createdAt") ORDER BY d."createdAt")
                     FROM "Document" d WHERE d."applicationId" = a."id" AND d."kind" = 'UPLOAD'), '[]'::json) AS "documents",
           COALESCE((SELECT json_agg(json_build_object('fieldKey', w."fieldKey", 'outputDocumentId', w."outputDocumentId", 'documentId', w."documentId"))
                     FROM "WalletReference" w WHERE w."applicationId" = a."id"), '[]'::json) AS "walletReferences"
    FROM "Application" a JOIN "Service" s ON s."id" = a."serviceId" JOIN "Agency" g ON g."id" = a."agencyId"
    WHERE a."id" = ${applicationId} ${lock}`;
  if (!row) return null;
  return { ...row, documents: row.documents.map((document) => ({ ...document, createdAt: new Date(`${document.createdAt}Z`) })) };
}
