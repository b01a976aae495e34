import "server-only";
import { ANONYMOUS } from "@/lib/auth/actor";
import { normalizeVerificationCode } from "@/lib/outputs/verification-code";
import { verifyOutputByCode } from "@/lib/outputs/use-cases/verify-output";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { CLOCK_SKEW_SECONDS, isFresh, parseSignatureHeaders, verifySignature } from "../message-signature";

/** A bank desk checks many documents; a client scanning codes stops here. */
export const CHECKS_PER_CLIENT_PER_MINUTE = 120;

export type InterAgencyAnswer = {
  code: string;
  state: "valid" | "revoked" | "expired" | "unknown";
  document: null | {
    service: { id: string; en: string };
    agency: { id: string; en: string } | null;
    holderNameMasked: string;
    issuedAt: string;
    expiresAt: string | null;
    revokedAt: string | null;
    pdfSha256: string;
    pdfSignature: { format: string; signer: string; certificateSha256: string } | null;
  };
};

const refused = (messageKey: MessageKey) => new AppError("UNAUTHENTICATED", messageKey);

/**
 * The machine-to-machine check of a document by its code (DESIGN.md §16):
 * the request must carry a fresh, unreplayed signature of a registered,
 * unrevoked client (message-signature.ts); each client is rate limited; every
 * answered check is audited with the client's id. The answer is what
 * /verifikasi says, plus the expiry a service declares: a tampered or
 * unknown code is "unknown", a revoked one "revoked", an expired one "expired".
 */
export async function checkDocumentForAgency(
  request: { method: string; path: string; headers: Headers },
  code: string,
  now = new Date(),
): Promise<InterAgencyAnswer> {
  const signed = parseSignatureHeaders(request.headers);
  if (!signed) throw refused("interAgency.signatureMissing");
  if (!isFresh(signed.params.created, now)) throw refused("interAgency.signatureStale");
  const client = await db.interAgencyClient.findUnique({ where: { id: signed.params.keyid } });
  if (!client || client.revokedAt) throw refused("interAgency.unknownClient");
  const targetUri = `${env().PUBLIC_URL.replace(/\/+$/, "")}${request.path}`;
  if (!verifySignature(request.method, targetUri, signed.params, signed.signature, client.publicKeyPem)) throw refused("interAgency.badSignature");
  // A nonce counts once within the window its timestamp is accepted in: a replayed request is refused.
  const uses = await hitRateLimit(db, `interagency:nonce:${client.id}:${signed.params.nonce}`, { limit: 1, windowMs: 2 * CLOCK_SKEW_SECONDS * 1000 }, now);
  if (uses > 1) throw refused("interAgency.replayed");
  const checks = await hitRateLimit(db, `interagency:client:${client.id}`, { limit: CHECKS_PER_CLIENT_PER_MINUTE, windowMs: 60_000 }, now);
  if (checks > CHECKS_PER_CLIENT_PER_MINUTE) throw new AppError("RATE_LIMITED", "error.rateLimited");

  const normalized = normalizeVerificationCode(code) ?? code.slice(0, 32);
  const result = await verifyOutputByCode(ANONYMOUS, normalized, { ip: null, now });
  let answer: InterAgencyAnswer = { code: normalized, state: "unknown", document: null };
  let outputId: string | null = null;
  if (result.state !== "unknown") {
    // verifyOutputByCode already answers "expired" from the service's declared validity (revoked wins over it).
    outputId = result.record.documentId;
    const expiresAt = result.expiresAt ?? null;
    answer = {
      code: normalized,
      state: result.state,
      document: {
        service: { id: result.record.service.nameId, en: result.record.service.nameEn },
        agency: result.agency ? { id: result.agency.nameId, en: result.agency.nameEn } : null,
        holderNameMasked: result.record.holderNameMasked,
        issuedAt: result.record.issuedAt,
        expiresAt: expiresAt?.toISOString() ?? null,
        revokedAt: result.revokedAt?.toISOString() ?? null,
        pdfSha256: result.record.pdfSha256,
        pdfSignature: result.record.pdfSignature ?? null,
      },
    };
  }
  await db.$transaction(async (tx) => {
    await tx.interAgencyClient.update({ where: { id: client.id }, data: { lastUsedAt: now } });
    await recordAudit(tx, {
      action: "interAgency.documentChecked",
      entityType: outputId ? "OutputDocument" : "VerificationCode",
      entityId: outputId ?? normalized,
      data: { clientId: client.id, clientName: client.name, state: answer.state },
    });
  });
  return answer;
}
