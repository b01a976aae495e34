/**
 * A service's standard and form as a JSON document agencies can share
 * (issue 8 §5). Importing checks it with the runtime's own schemas; the
 * document carries no ids, so it can go from one portal to another. Pure.
 */
import { z } from "zod";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { definitionIssueMessage, flatIssues } from "./definition-issues";
import type { DraftForm, ServiceDraft } from "./draft";
import { formDefinitionSchema } from "./form-definition";
import { serviceStandardSchema } from "./standard";

export const TRANSFER_FORMAT = "satupintu.service";
export const TRANSFER_FORMAT_VERSION = 1;

export const serviceTransferSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.literal(TRANSFER_FORMAT_VERSION),
  service: z.object({
    slug: z.string().min(1),
    nameId: z.string().trim().min(1),
    nameEn: z.string().trim().min(1),
    summaryId: z.string().trim().min(1),
    summaryEn: z.string().trim().min(1),
    keywords: z.string().default(""),
    agencyCode: z.string().optional(),
    categorySlug: z.string().min(1),
  }),
  standardVersion: z.object({
    version: z.number().int().positive().optional(),
    decreeNumber: z.string().optional(),
    effectiveFrom: z.string().optional(),
    standard: serviceStandardSchema,
    formDefinition: formDefinitionSchema,
    slaWorkingDays: z.number().int().min(1).max(365),
    feeAmount: z.number().int().min(0),
  }),
});
export type ServiceTransfer = z.infer<typeof serviceTransferSchema>;

export const MAX_TRANSFER_BYTES = 512 * 1024;

type TransferSource = {
  slug: string;
  nameId: string;
  nameEn: string;
  summaryId: string;
  summaryEn: string;
  keywords: string;
  agency: { code: string };
  category: { slug: string };
};
type VersionSource = {
  version: number;
  decreeNumber: string;
  effectiveFrom: Date;
  standard: unknown;
  formDefinition: unknown;
  slaWorkingDays: number;
  feeAmount: number;
};

export function exportDocument(service: TransferSource, version: VersionSource) {
  return {
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    service: {
      slug: service.slug,
      nameId: service.nameId,
      nameEn: service.nameEn,
      summaryId: service.summaryId,
      summaryEn: service.summaryEn,
      keywords: service.keywords,
      agencyCode: service.agency.code,
      categorySlug: service.category.slug,
    },
    standardVersion: {
      version: version.version,
      decreeNumber: version.decreeNumber,
      effectiveFrom: version.effectiveFrom.toISOString().slice(0, 10),
      standard: version.standard,
      formDefinition: version.formDefinition,
      slaWorkingDays: version.slaWorkingDays,
      feeAmount: version.feeAmount,
    },
  };
}

export type TransferIssue = { path: string; message: MessageKey };

/** Reads an uploaded document: the transfer, or every problem with where it is in the file. */
export function readTransfer(text: string): { ok: true; transfer: ServiceTransfer } | { ok: false; issues: TransferIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ path: "", message: "catalogAdmin.import.notJson" }] };
  }
  const result = serviceTransferSchema.safeParse(json);
  if (result.success) return { ok: true, transfer: result.data };
  return {
    ok: false,
    issues: flatIssues(result.error.issues)
      .slice(0, 50)
      .map((issue) => ({
        path: issue.path.join("."),
        message: issue.path[0] === "format" || issue.path[0] === "formatVersion" ? "catalogAdmin.import.wrongFormat" : definitionIssueMessage(issue),
      })),
  };
}

/** The new service's draft: the imported content, to be reviewed and published under this portal's own decree. */
export function draftFromTransfer(transfer: ServiceTransfer): ServiceDraft {
  return {
    revision: 0,
    publishedAs: null,
    standard: transfer.standardVersion.standard as unknown as Record<string, unknown>,
    formDefinition: transfer.standardVersion.formDefinition as unknown as DraftForm,
    slaWorkingDays: transfer.standardVersion.slaWorkingDays,
    feeAmount: transfer.standardVersion.feeAmount,
  };
}
