import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { expiryOf, validityMonthsOf, walletState, type WalletState } from "./validity";

export type WalletOutput = {
  id: string;
  applicationId: string;
  verificationCode: string;
  service: { slug: string; nameId: string; nameEn: string };
  agency: { nameId: string; nameEn: string; timezone: string };
  issuedAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  state: WalletState;
};

export type WalletUpload = {
  id: string;
  applicationId: string;
  fileName: string;
  service: { nameId: string; nameEn: string };
  agency: { nameId: string; nameEn: string; timezone: string };
  acceptedAt: Date;
};

/**
 * "Dokumen saya" (DESIGN.md §16): every output issued to the citizen and
 * every upload of theirs an officer accepted (verifiedAt), newest first.
 * Only the citizen's own rows: the query is by their id, never by a parameter.
 */
export async function listWallet(actor: Actor, now = new Date()): Promise<{ outputs: WalletOutput[]; uploads: WalletUpload[] }> {
  authorize(actor, "application.create");
  if (actor.kind !== "user") return { outputs: [], uploads: [] };
  const [outputs, uploads] = await Promise.all([
    db.outputDocument.findMany({
      where: { application: { citizenId: actor.id } },
      orderBy: { issuedAt: "desc" },
      take: 200,
      select: {
        id: true,
        applicationId: true,
        verificationCode: true,
        issuedAt: true,
        revokedAt: true,
        application: {
          select: {
            service: { select: { slug: true, nameId: true, nameEn: true } },
            agency: { select: { nameId: true, nameEn: true, timezone: true } },
            standardVersion: { select: { standard: true } },
          },
        },
      },
    }),
    db.document.findMany({
      where: { kind: "UPLOAD", verifiedAt: { not: null }, application: { citizenId: actor.id } },
      orderBy: { verifiedAt: "desc" },
      take: 200,
      select: {
        id: true,
        applicationId: true,
        fileName: true,
        verifiedAt: true,
        application: { select: { service: { select: { nameId: true, nameEn: true } }, agency: { select: { nameId: true, nameEn: true, timezone: true } } } },
      },
    }),
  ]);
  return {
    outputs: outputs.map((row) => {
      const { service, agency, standardVersion } = row.application;
      const expiresAt = expiryOf(row.issuedAt, validityMonthsOf(standardVersion.standard));
      return {
        id: row.id,
        applicationId: row.applicationId,
        verificationCode: row.verificationCode,
        service,
        agency,
        issuedAt: row.issuedAt,
        expiresAt,
        revokedAt: row.revokedAt,
        state: walletState({ revokedAt: row.revokedAt, expiresAt }, now),
      };
    }),
    uploads: uploads.flatMap((row) =>
      row.application && row.applicationId && row.verifiedAt
        ? [
            {
              id: row.id,
              applicationId: row.applicationId,
              fileName: row.fileName,
              service: row.application.service,
              agency: row.application.agency,
              acceptedAt: row.verifiedAt,
            },
          ]
        : [],
    ),
  };
}
