import "server-only";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { openAnswers } from "./answer-vault";
import { walletDeclarationsOf } from "@/lib/catalog/standard";
import { factsOfOutput } from "@/lib/wallet/declarations";
import { expiryOf, validityMonthsOf } from "@/lib/wallet/validity";

/**
 * Reusing what the citizen's wallet holds in another application
 * (DESIGN.md §16, issue 22 items 6 and 7). A wallet item is named
 * `output:<id>` (a document the portal issued to them) or `upload:<id>` (an
 * upload of theirs an officer accepted). Only the citizen's own, usable items
 * are ever found: another citizen's id is refused exactly like one that does
 * not exist.
 */
export type WalletItemRef = `output:${string}` | `upload:${string}`;

export type WalletCandidate = {
  ref: WalletItemRef;
  kind: "output" | "upload";
  id: string;
  documentType: string;
  service: { nameId: string; nameEn: string };
  agency: { nameId: string; nameEn: string; timezone: string };
  /** Issued (an output) or accepted by the officer (an upload). */
  issuedAt: Date;
  expiresAt: Date | null;
};

export function parseWalletRef(raw: unknown): { kind: "output" | "upload"; id: string } | null {
  if (typeof raw !== "string") return null;
  const match = /^(output|upload):([A-Za-z0-9_-]{1,64})$/.exec(raw);
  return match ? { kind: match[1] as "output" | "upload", id: match[2]! } : null;
}

const serviceAgency = {
  service: { select: { nameId: true, nameEn: true } },
  agency: { select: { nameId: true, nameEn: true, timezone: true } },
} as const;

/**
 * The citizen's usable wallet items of the given document types: outputs
 * neither revoked nor expired whose standard declares the type, and accepted
 * uploads that carry it. Newest first.
 */
export async function walletCandidates(client: Tx, citizenId: string, documentTypes: readonly string[], now = new Date()): Promise<WalletCandidate[]> {
  if (documentTypes.length === 0) return [];
  const [outputs, uploads] = await Promise.all([
    client.outputDocument.findMany({
      where: {
        revokedAt: null,
        application: { citizenId, OR: documentTypes.map((type) => ({ standardVersion: { standard: { path: ["outputDocumentType"], equals: type } } })) },
      },
      orderBy: { issuedAt: "desc" },
      take: 50,
      select: { id: true, issuedAt: true, application: { select: { ...serviceAgency, standardVersion: { select: { standard: true } } } } },
    }),
    client.document.findMany({
      where: { kind: "UPLOAD", verifiedAt: { not: null }, documentType: { in: [...documentTypes] }, application: { citizenId } },
      orderBy: { verifiedAt: "desc" },
      take: 50,
      select: { id: true, verifiedAt: true, documentType: true, application: { select: serviceAgency } },
    }),
  ]);
  const candidates: WalletCandidate[] = [];
  for (const row of outputs) {
    const { standard } = row.application.standardVersion;
    const documentType = walletDeclarationsOf(standard).outputDocumentType;
    const expiresAt = expiryOf(row.issuedAt, validityMonthsOf(standard));
    if (!documentType || (expiresAt && expiresAt.getTime() <= now.getTime())) continue;
    candidates.push({
      ref: `output:${row.id}`,
      kind: "output",
      id: row.id,
      documentType,
      service: row.application.service,
      agency: row.application.agency,
      issuedAt: row.issuedAt,
      expiresAt,
    });
  }
  for (const row of uploads) {
    if (!row.application || !row.verifiedAt || !row.documentType) continue;
    candidates.push({
      ref: `upload:${row.id}`,
      kind: "upload",
      id: row.id,
      documentType: row.documentType,
      service: row.application.service,
      agency: row.application.agency,
      issuedAt: row.verifiedAt,
      expiresAt: null,
    });
  }
  return candidates;
}

/**
 * One wallet item of the citizen's for a requirement of the given type, or a
 * typed refusal: unknown, someone else's or of another type is "not found";
 * the citizen's own revoked or expired document says so.
 */
export async function resolveWalletItem(client: Tx, citizenId: string, raw: unknown, documentType: string, now = new Date()): Promise<WalletCandidate> {
  const ref = parseWalletRef(raw);
  if (!ref) throw new AppError("NOT_FOUND", "wallet.reuse.itemNotFound");
  if (ref.kind === "output") {
    const row = await client.outputDocument.findUnique({
      where: { id: ref.id },
      select: {
        id: true,
        issuedAt: true,
        revokedAt: true,
        application: { select: { citizenId: true, ...serviceAgency, standardVersion: { select: { standard: true } } } },
      },
    });
    const standard = row?.application.standardVersion.standard;
    if (!row || row.application.citizenId !== citizenId || walletDeclarationsOf(standard).outputDocumentType !== documentType) {
      throw new AppError("NOT_FOUND", "wallet.reuse.itemNotFound");
    }
    if (row.revokedAt) throw new AppError("CONFLICT", "wallet.reuse.itemRevoked");
    const expiresAt = expiryOf(row.issuedAt, validityMonthsOf(standard));
    if (expiresAt && expiresAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", "wallet.reuse.itemExpired");
    return {
      ref: `output:${row.id}`,
      kind: "output",
      id: row.id,
      documentType,
      service: row.application.service,
      agency: row.application.agency,
      issuedAt: row.issuedAt,
      expiresAt,
    };
  }
  const row = await client.document.findUnique({
    where: { id: ref.id },
    select: { id: true, kind: true, verifiedAt: true, documentType: true, application: { select: { citizenId: true, ...serviceAgency } } },
  });
  if (!row || row.kind !== "UPLOAD" || !row.verifiedAt || row.application?.citizenId !== citizenId || row.documentType !== documentType) {
    throw new AppError("NOT_FOUND", "wallet.reuse.itemNotFound");
  }
  return {
    ref: `upload:${row.id}`,
    kind: "upload",
    id: row.id,
    documentType,
    service: row.application.service,
    agency: row.application.agency,
    issuedAt: row.verifiedAt,
    expiresAt: null,
  };
}

/** The facts an output holds, read from the answers of the application that produced it, as its standard declares them. */
export async function factsOfWalletOutput(client: Tx, outputDocumentId: string): Promise<Record<string, string | number | boolean>> {
  const row = await client.outputDocument.findUniqueOrThrow({
    where: { id: outputDocumentId },
    select: { application: { select: { answers: true, standardVersionId: true, standardVersion: { select: { standard: true } } } } },
  });
  const { formDefinition } = await loadPublishedVersion(client, row.application.standardVersionId);
  return factsOfOutput(walletDeclarationsOf(row.application.standardVersion.standard).outputFacts, openAnswers(formDefinition, row.application.answers));
}
