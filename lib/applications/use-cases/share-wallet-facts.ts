import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { loadLockedCitizenCase } from "../data";
import { writeDraftAnswers } from "../draft-answers";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { walletDeclarationsOf } from "@/lib/catalog/standard";
import { answersFromFacts } from "@/lib/wallet/declarations";
import { factsOfWalletOutput, resolveWalletItem, type WalletCandidate } from "../wallet-reuse";

const inputSchema = z.object({
  applicationId: z.string().min(1).max(64),
  /** The output in the citizen's wallet to read from (`output:<id>`). */
  source: z.string().max(80),
  /** The consent checkbox: without it nothing is read. */
  consent: z.union([z.literal("on"), z.literal(true)]).optional(),
});

export type ShareWalletFactsResult = { fieldKeys: string[]; source: WalletCandidate };

/**
 * Facts shared between agencies with the citizen's consent (issue 22 item 7):
 * a service whose standard declares `sharedFacts` fills the named fields of
 * this application from an output in the citizen's wallet (a birth
 * certificate's child, birth date and parents for a family-card change).
 *
 * No consent, nothing is read. Only the citizen's own, usable output of a
 * declared document type. One transaction writes the draft answers, the
 * data-access record (SharedFactRead: which output, which fields, when) and
 * the audit entry on the receiving agency's chain; the citizen sees the read
 * on "who used my data" (/akun/akses-data).
 */
export async function shareWalletFacts(actor: Actor, raw: unknown, context: { ip: string | null; now?: Date }): Promise<ShareWalletFactsResult> {
  const input = inputSchema.safeParse(raw);
  if (!input.success) throw new AppError("INVALID", "error.invalidInput");
  if (!input.data.consent) throw new AppError("INVALID", "wallet.reuse.consentRequired", { consent: ["wallet.reuse.consentRequired"] });
  const now = context.now ?? new Date();
  const { applicationId, source } = input.data;
  return db.$transaction(async (tx) => {
    const application = await loadLockedCitizenCase(tx, actor, applicationId);
    const { standard } = await tx.serviceStandardVersion.findUniqueOrThrow({ where: { id: application.standardVersionId }, select: { standard: true } });
    const declarations = walletDeclarationsOf(standard).sharedFacts;
    if (!source.startsWith("output:") || declarations.length === 0)
      throw new AppError("NOT_FOUND", "wallet.reuse.itemNotFound", { source: ["wallet.reuse.itemNotFound"] });
    let found: { item: WalletCandidate; declaration: (typeof declarations)[number] } | null = null;
    let refusal: unknown = null;
    for (const declaration of declarations) {
      try {
        found = { item: await resolveWalletItem(tx, application.citizenId, source, declaration.documentType, now), declaration };
        break;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        // The citizen's own revoked or expired document says so; "not found" only if no type matched at all.
        if (!refusal || error.messageKey !== "wallet.reuse.itemNotFound") refusal = error;
      }
    }
    if (!found) {
      const error = refusal instanceof AppError ? refusal : new AppError("NOT_FOUND", "wallet.reuse.itemNotFound");
      throw new AppError(error.code, error.messageKey, { source: [error.messageKey] });
    }
    const filled = answersFromFacts(found.declaration, await factsOfWalletOutput(tx, found.item.id), application.formDefinition);
    const { editable } = await writeDraftAnswers(tx, application, { ...application.answers, ...filled });
    const fieldKeys = Object.keys(filled).filter((key) => editable === "all" || editable.includes(key));
    await tx.sharedFactRead.create({ data: { applicationId: application.id, outputDocumentId: found.item.id, fieldKeys, consentedAt: now } });
    await recordAudit(tx, {
      agencyId: application.agencyId,
      actorId: application.citizenId,
      actorRole: application.actingRole,
      action: "wallet.factsShared",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data: { outputDocumentId: found.item.id, documentType: found.declaration.documentType, fieldKeys, consent: true },
    });
    return { fieldKeys, source: found.item };
  });
}
