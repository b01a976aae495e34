import "server-only";
import { randomUUID } from "node:crypto";
import { assertMayFire, loadAgencyCase, officerRole } from "@/lib/applications/agency-case";
import { announceApplicationChange } from "@/lib/applications/side-effects";
import { applyTransition } from "@/lib/applications/transition";
import { nextStatus } from "@/lib/applications/workflow";
import type { Actor } from "@/lib/auth/actor";
import { openAnswers } from "@/lib/applications/answer-vault";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import { serviceStandardSchema } from "@/lib/catalog/standard";
import { sha256Hex } from "@/lib/documents/hash";
import { documentStorage, newStorageKey } from "@/lib/documents/storage";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { translate } from "@/lib/platform/i18n/messages";
import { enqueueJob } from "@/lib/platform/jobs";
import { inviteToSurvey } from "@/lib/surveys/invite";
import { walletDeclarationsOf } from "@/lib/catalog/standard";
import { expiryOf } from "@/lib/wallet/validity";
import { buildOutputRecord } from "../canonical-record";
import { outputParticulars } from "../particulars";
import { renderOutputPdf } from "../render-output-pdf";
import { pdfSignatureSummary } from "../pades/pades";
import { SignerUnavailableError } from "../pades/signer";
import { signRecord } from "../signing";
import { newVerificationCode } from "../verification-code";

export type IssuedOutput = { id: string; verificationCode: string; issuedAt: Date; alreadyIssued: boolean };

/** Issuing held by a signer or TSA outage is retried by this job (lib/outputs/jobs.ts), as the officer who asked. */
export const ISSUE_RETRY_QUEUE = "outputs.issue-retry";

/**
 * The signer (or the TSA) is down: nothing is issued, the case stays
 * APPROVED, and a job retries as this officer until it is signed. Audited, so
 * the case history shows why the document is late.
 */
async function holdIssuing(application: { id: string }, officer: { id: string; role: Role }, context: { ip: string | null }, now: Date, error: unknown) {
  await db.$transaction(async (tx) => {
    const queued = await enqueueJob(
      tx,
      ISSUE_RETRY_QUEUE,
      { applicationId: application.id, officerId: officer.id },
      { dedupeKey: `${ISSUE_RETRY_QUEUE}:${application.id}:${now.toISOString().slice(0, 13)}` },
    );
    if (!queued) return;
    await recordAudit(tx, {
      actorId: officer.id,
      actorRole: officer.role,
      action: "output.issueHeld",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data: { reason: error instanceof Error ? error.message.slice(0, 200) : "signer unavailable" },
    });
  });
}

async function existingOutput(applicationId: string): Promise<IssuedOutput | null> {
  const row = await db.outputDocument.findUnique({
    where: { applicationId },
    select: { id: true, verificationCode: true, issuedAt: true },
  });
  return row ? { ...row, alreadyIssued: true } : null;
}

/** What the document prints that the case view does not carry. */
async function loadPrintDetails(applicationId: string) {
  const row = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      citizen: { select: { name: true, profile: { select: { nikMasked: true } } } },
      service: { select: { slug: true, nameId: true, nameEn: true } },
      agency: { select: { code: true, nameId: true, nameEn: true, timezone: true } },
      standardVersionId: true,
      standardVersion: { select: { standard: true } },
      answers: true,
    },
  });
  const standard = serviceStandardSchema.safeParse(row.standardVersion.standard);
  // A standard that no longer parses should not block a decided case: title the document by the service instead.
  const output = standard.success ? standard.data.output : { id: row.service.nameId, en: row.service.nameEn };
  const { formDefinition } = await loadPublishedVersion(db, row.standardVersionId);
  const particulars = outputParticulars(
    walletDeclarationsOf(row.standardVersion.standard).outputFacts,
    formDefinition,
    openAnswers(formDefinition, row.answers),
  );
  return { ...row, output, particulars, validityMonths: standard.success ? standard.data.outputValidityMonths : undefined };
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * The officer holding an approved application (the one who approved it, or
 * whom a supervisor reassigned it to) completes it by issuing its
 * output document (DESIGN.md §7): the PDF is rendered and stored, its record
 * signed, and then the document row, the APPROVED → COMPLETED transition, its
 * audit entries and the citizen's notification commit in one transaction.
 *
 * Issuing again returns the document already issued. Two requests issuing at
 * the same moment both render and store a PDF, but the unique application id
 * lets only one row in; the other removes its stored file and returns the
 * winner's document.
 *
 * The document's holder (holderName) is the applicant: the account that filed the application.
 */
export async function issueOutput(
  actor: Actor,
  applicationId: string,
  context: { ip: string | null; now?: Date; /** The retry job: a signer outage is thrown for the job to back off. */ retrying?: boolean },
): Promise<IssuedOutput> {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.work");
  const existing = await existingOutput(application.id);
  if (existing) return existing;
  if (!nextStatus(application.status, "issue")) throw new AppError("CONFLICT", "application.notAllowedNow");
  const officer = officerRole(actor, application.agencyId);
  assertMayFire(application, "issue", officer.id);
  const now = context.now ?? new Date();
  const details = await loadPrintDetails(application.id);
  const trackingNumber = application.trackingNumber ?? "";

  const documentId = randomUUID();
  const verificationCode = newVerificationCode();
  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  const renderSigned = () =>
    renderOutputPdf({
      documentId,
      agency: details.agency,
      service: details.service,
      output: details.output,
      holderName: details.citizen.name,
      nikMasked: details.citizen.profile?.nikMasked ?? null,
      trackingNumber,
      issuedAt: now,
      verificationCode,
      verificationUrl: `${base}/verifikasi/${verificationCode}`,
      verificationPageUrl: `${base}/verifikasi`,
      particulars: details.particulars,
      validUntil: expiryOf(now, details.validityMonths),
      signedBy: {
        name: actor.kind === "user" ? actor.name : "",
        role: { id: translate("id", `role.${officer.role}`), en: translate("en", `role.${officer.role}`) },
      },
    });
  let pdf: Uint8Array;
  try {
    pdf = await renderSigned();
  } catch (error) {
    // Never issued unsigned: held, and retried by a job.
    if (!(error instanceof SignerUnavailableError) || context.retrying) throw error;
    await holdIssuing(application, officer, context, now, error);
    throw new AppError("UNAVAILABLE", "output.signer.unavailable");
  }
  const pdfSha256 = sha256Hex(pdf);
  const record = buildOutputRecord({
    documentId,
    verificationCode,
    service: details.service,
    agencyCode: details.agency.code,
    holderName: details.citizen.name,
    trackingNumber,
    issuedAt: now,
    pdfSha256,
    pdfSignature: await pdfSignatureSummary(pdf),
  });
  const { signature, keyId } = signRecord(record);

  const storage = documentStorage();
  const storageKey = newStorageKey("outputs", now);
  // Stored before the row exists, so a committed row never points at a missing file.
  await storage.put(storageKey, pdf, "application/pdf");
  let moved: Awaited<ReturnType<typeof applyTransition>>;
  try {
    moved = await db.$transaction(async (tx) => {
      await tx.outputDocument.create({
        data: {
          id: documentId,
          applicationId: application.id,
          verificationCode,
          storageKey,
          sha256: pdfSha256,
          canonicalRecord: record,
          signature,
          keyId,
          issuedAt: now,
        },
      });
      const result = await applyTransition(tx, {
        application,
        event: "issue",
        actor: officer,
        now,
        ip: context.ip,
        data: { outputId: documentId, verificationCode },
        changes: { completedAt: now },
      });
      // The hash and signature go into the hash-chained log too, so an edited document row can be shown up later.
      await recordAudit(tx, {
        agencyId: application.agencyId,
        actorId: officer.id,
        actorRole: officer.role,
        action: "output.issued",
        entityType: "OutputDocument",
        entityId: documentId,
        ip: context.ip,
        data: { applicationId: application.id, verificationCode, sha256: pdfSha256, keyId, signature },
      });
      await notify(tx, {
        userId: application.citizenId,
        messageKey: "notification.outputIssued",
        email: true,
        params: { trackingNumber, serviceName: { id: details.service.nameId, en: details.service.nameEn } },
        link: `/permohonan/${application.id}`,
      });
      // Completed: the citizen is invited to rate the service (DESIGN.md §6), in the same commit.
      await inviteToSurvey(tx, {
        userId: application.citizenId,
        applicationId: application.id,
        trackingNumber,
        serviceName: { id: details.service.nameId, en: details.service.nameEn },
      });
      return result;
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    // Lost a race to another request (the unique application id, or the status moved first): theirs is the document.
    if (isUniqueViolation(error) || (error instanceof AppError && error.code === "CONFLICT")) {
      const winner = await existingOutput(application.id);
      if (winner) return winner;
    }
    throw error;
  }
  await announceApplicationChange({ applicationId: application.id, agencyId: application.agencyId, status: moved.status, eventId: moved.eventId });
  return { id: documentId, verificationCode, issuedAt: now, alreadyIssued: false };
}
