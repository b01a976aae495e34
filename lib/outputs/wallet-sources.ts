import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { loadAgencyCase } from "@/lib/applications/agency-case";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import { visibleFields, type AnswersInput } from "@/lib/catalog/form-fields";
import { db } from "@/lib/platform/db";
import { verifyStoredOutput } from "./use-cases/verify-output";
import { walletDeclarationsOf } from "@/lib/catalog/standard";
import { documentTypesOfForm } from "@/lib/wallet/declarations";
import { walletCandidates, type WalletCandidate } from "@/lib/applications/wallet-reuse";

/** Where a document or a fact came from, as the citizen and the officer read it. */
export type WalletSource = { service: { nameId: string; nameEn: string }; agency: { nameId: string; nameEn: string; timezone: string }; issuedAt: Date };

export type FormWalletOffers = {
  /** Per file field naming a document type: the citizen's usable items of that type, and the one chosen (`output:<id>`/`upload:<id>`). */
  documents: Record<string, { candidates: WalletCandidate[]; chosen: string | null }>;
  /** Outputs the standard's shared facts can be read from (empty when it declares none or the wallet holds none). */
  factSources: WalletCandidate[];
  /** Each field filled from the wallet, and from what (the latest read). */
  filledFrom: Record<string, WalletSource>;
};

const sourceSelect = {
  issuedAt: true,
  application: { select: { service: { select: { nameId: true, nameEn: true } }, agency: { select: { nameId: true, nameEn: true, timezone: true } } } },
} as const;

/** What the citizen's application form offers from their wallet ("Dokumen saya"). Their own application only. */
export async function walletOffersForForm(
  actor: Actor,
  application: { id: string; citizenId: string; standardVersionId: string; formDefinition: FormDefinition; answers: AnswersInput },
  now = new Date(),
): Promise<FormWalletOffers> {
  authorize(actor, "application.act", { ownerId: application.citizenId });
  const types = documentTypesOfForm(application.formDefinition);
  const { standard } = await db.serviceStandardVersion.findUniqueOrThrow({ where: { id: application.standardVersionId }, select: { standard: true } });
  // Facts are offered once the fields they fill are shown (saved answers decide): filled into hidden fields, they would not be posted back.
  const shown = new Set(visibleFields(application.formDefinition, application.answers));
  const factTypes = walletDeclarationsOf(standard)
    .sharedFacts.filter((declaration) => declaration.fields.every(({ field }) => shown.has(field)))
    .map((declaration) => declaration.documentType);
  const [candidates, references, reads] = await Promise.all([
    walletCandidates(db, application.citizenId, [...new Set([...types.values(), ...factTypes])], now),
    db.walletReference.findMany({ where: { applicationId: application.id }, select: { fieldKey: true, outputDocumentId: true, documentId: true } }),
    db.sharedFactRead.findMany({
      where: { applicationId: application.id },
      orderBy: { consentedAt: "asc" },
      select: { fieldKeys: true, outputDocument: { select: sourceSelect } },
    }),
  ]);
  const documents: FormWalletOffers["documents"] = {};
  for (const [fieldKey, type] of types) {
    const reference = references.find((candidate) => candidate.fieldKey === fieldKey);
    documents[fieldKey] = {
      candidates: candidates.filter((candidate) => candidate.documentType === type),
      chosen: reference ? (reference.outputDocumentId ? `output:${reference.outputDocumentId}` : `upload:${reference.documentId}`) : null,
    };
  }
  return {
    documents,
    factSources: candidates.filter((candidate) => candidate.kind === "output" && factTypes.includes(candidate.documentType)),
    filledFrom: filledFromReads(reads),
  };
}

function filledFromReads(reads: { fieldKeys: string[]; outputDocument: { issuedAt: Date; application: Omit<WalletSource, "issuedAt"> } }[]) {
  const filled: Record<string, WalletSource> = {};
  for (const read of reads) {
    for (const key of read.fieldKeys) filled[key] = { ...read.outputDocument.application, issuedAt: read.outputDocument.issuedAt };
  }
  return filled;
}

export type CaseWalletDocument = WalletSource & {
  fieldKey: string;
  kind: "output" | "upload";
  /** An output's signature and record checked now, with the verification code (lib/outputs/use-cases/verify-output.ts); an accepted upload is "accepted". */
  state: "valid" | "revoked" | "expired" | "unknown" | "accepted";
  verificationCode: string | null;
};

/**
 * The officer's view of an application's wallet sources: each requirement met
 * by a wallet item, its issuer and date, and for an issued output its record
 * and signature verified at display time; and each field filled from a
 * wallet output with the citizen's consent. Staff of the case's agency only.
 */
export async function walletSourcesForCase(
  actor: Actor,
  applicationId: string,
): Promise<{ documents: CaseWalletDocument[]; filledFrom: Record<string, WalletSource> }> {
  await loadAgencyCase(db, actor, applicationId, "agency.read");
  const [references, reads] = await Promise.all([
    db.walletReference.findMany({
      where: { applicationId },
      orderBy: { createdAt: "asc" },
      select: {
        fieldKey: true,
        outputDocument: { select: { id: true, verificationCode: true, ...sourceSelect } },
        document: { select: { verifiedAt: true, application: sourceSelect.application } },
      },
    }),
    db.sharedFactRead.findMany({
      where: { applicationId },
      orderBy: { consentedAt: "asc" },
      select: { fieldKeys: true, outputDocument: { select: sourceSelect } },
    }),
  ]);
  const documents: CaseWalletDocument[] = [];
  for (const reference of references) {
    if (reference.outputDocument) {
      const { id, verificationCode, issuedAt, application } = reference.outputDocument;
      const verified = await verifyStoredOutput(id);
      documents.push({ fieldKey: reference.fieldKey, kind: "output", ...application, issuedAt, state: verified.state, verificationCode });
    } else if (reference.document?.application && reference.document.verifiedAt) {
      documents.push({
        fieldKey: reference.fieldKey,
        kind: "upload",
        ...reference.document.application,
        issuedAt: reference.document.verifiedAt,
        state: "accepted",
        verificationCode: null,
      });
    }
  }
  return { documents, filledFrom: filledFromReads(reads) };
}
