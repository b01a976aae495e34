import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { topLevelFields } from "@/lib/catalog/form-schema";
import { profileBoundFields } from "@/lib/catalog/form-profile";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { expiryOf, validityMonthsOf, walletState } from "@/lib/wallet/validity";
import { startCopiedDraft } from "../copied-draft";
import { loadCitizenCase } from "../data";

/** One renewal draft per issued document: every click, the reminder's link, a second tab land on it. */
function renewalKey(outputId: string): string {
  const hex = createHash("sha256").update(`renew:${outputId}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Renewing a document that expires (DESIGN.md §16; issue 22 item 9): the
 * wallet's "Perpanjang" and the expiry reminder open a new draft of the same
 * service under its current standard, with the previous application's answers
 * for the fields that form still asks — except the fields bound to the
 * profile, which the form fills from the profile as it is now (a new address
 * wins over the old answer). Documents are not carried over: the officer
 * checks the renewal's afresh. Only the holder, and only once the document
 * expires within the reminder window or has expired; a revoked one is not
 * renewed (the agency replaces it).
 */
export async function renewApplication(actor: Actor, applicationId: string, context: { ip: string | null; now?: Date }) {
  const previous = await loadCitizenCase(db, actor, applicationId, "application.act");
  const output = await db.outputDocument.findUnique({
    where: { applicationId: previous.id },
    select: { id: true, issuedAt: true, revokedAt: true, application: { select: { standardVersion: { select: { standard: true } } } } },
  });
  const now = context.now ?? new Date();
  // The validity the document was issued under (the standard of its application), as the wallet and /verifikasi count it.
  const expiresAt = output ? expiryOf(output.issuedAt, validityMonthsOf(output.application.standardVersion.standard)) : null;
  const state = output ? walletState({ revokedAt: output.revokedAt, expiresAt }, now) : null;
  if (!output || (state !== "expiringSoon" && state !== "expired")) throw new AppError("CONFLICT", "wallet.renewNotNow");

  const submissionKey = renewalKey(output.id);
  const existing = await db.application.findUnique({
    where: { citizenId_submissionKey: { citizenId: previous.citizenId, submissionKey } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, alreadyStarted: true };

  const service = await db.service.findUniqueOrThrow({
    where: { id: previous.serviceId },
    select: { id: true, agencyId: true, status: true, currentVersionId: true },
  });
  if (service.status !== "PUBLISHED" || !service.currentVersionId) throw new AppError("CONFLICT", "wallet.renewServiceClosed");
  const version = await loadPublishedVersion(db, service.currentVersionId);
  const fromProfile = new Set(profileBoundFields(version.formDefinition).map((entry) => entry.fieldKey));
  const carried = new Set(
    topLevelFields(version.formDefinition)
      .filter((field) => field.type !== "file" && !fromProfile.has(field.key))
      .map((field) => field.key),
  );
  const answers = Object.fromEntries(Object.entries(previous.answers).filter(([key]) => carried.has(key)));
  return startCopiedDraft({
    citizenId: previous.citizenId,
    actingRole: previous.actingRole,
    service: { id: service.id, agencyId: service.agencyId, currentVersionId: service.currentVersionId! },
    formDefinition: version.formDefinition,
    answers,
    submissionKey,
    origin: { renewedFrom: previous.id, outputId: output.id },
    ip: context.ip,
    now: now,
  });
}
