import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { openAnswers } from "@/lib/applications/answer-vault";
import { formDefinitionSchema } from "@/lib/catalog/form-definition";
import { documentStorage } from "@/lib/documents/storage";
import { loadProfileValues } from "@/lib/identity/profile-values";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { zipStream, type ZipEntry } from "@/lib/platform/zip";
import { listStaffAccessToMyData } from "../queries";
import { TIMELINE_ORDER } from "@/lib/platform/guarded-transition";

// Building the archive reads every file the person ever uploaded: a few per hour is plenty.
const EXPORTS_PER_HOUR = 5;

/**
 * Right of access (UU PDP 27/2022 art. 7, DESIGN.md §9): everything the portal
 * holds about the signed-in person as a zip: `data.json` (account, profile
 * with full NIK and KK, applications with answers and their public timeline,
 * complaints, surveys, notifications, staff accesses), their uploaded
 * documents and their issued output PDFs. Internal staff notes are not
 * included: they are the agency's working papers, not the person's data.
 */
export async function exportMyData(actor: Actor, context: { ip: string | null }, now = new Date()) {
  const actorRole = authorize(actor, "account.view");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const attempts = await hitRateLimit(db, `export:${actor.id}`, { limit: EXPORTS_PER_HOUR, windowMs: 60 * 60_000 });
  if (attempts > EXPORTS_PER_HOUR) throw new AppError("RATE_LIMITED", "error.rateLimited");

  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, roles: true, locale: true, createdAt: true, lastSignInAt: true, emailConfirmedAt: true },
  });
  const [profile, applications, complaints, surveys, notifications, accesses] = await Promise.all([
    loadProfileValues(db, actor.id),
    db.application.findMany({
      where: { citizenId: actor.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        trackingNumber: true,
        status: true,
        answers: true,
        createdAt: true,
        submittedAt: true,
        dueAt: true,
        decidedAt: true,
        completedAt: true,
        service: { select: { slug: true, nameId: true, nameEn: true } },
        agency: { select: { code: true, nameId: true, nameEn: true } },
        standardVersion: { select: { version: true, formDefinition: true } },
        events: {
          where: { internal: false },
          orderBy: [...TIMELINE_ORDER],
          select: { type: true, fromStatus: true, toStatus: true, note: true, actorRole: true, createdAt: true },
        },
        documents: {
          where: { kind: "UPLOAD" },
          orderBy: { createdAt: "asc" },
          select: { id: true, fieldKey: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, createdAt: true, storageKey: true },
        },
        output: { select: { verificationCode: true, issuedAt: true, revokedAt: true, storageKey: true } },
      },
    }),
    db.complaint.findMany({
      where: { filerId: actor.id },
      orderBy: { createdAt: "asc" },
      select: {
        trackingCode: true,
        kind: true,
        identityMode: true,
        status: true,
        category: true,
        title: true,
        body: true,
        filerName: true,
        filerContact: true,
        locationText: true,
        response: true,
        rating: true,
        ratingComment: true,
        createdAt: true,
        closedAt: true,
        events: {
          where: { internal: false },
          orderBy: [...TIMELINE_ORDER],
          select: { type: true, toStatus: true, note: true, actorRole: true, createdAt: true },
        },
        documents: { orderBy: { createdAt: "asc" }, select: { fileName: true, mimeType: true, sizeBytes: true, createdAt: true, storageKey: true } },
      },
    }),
    db.surveyResponse.findMany({
      where: { respondentId: actor.id },
      select: { u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true, comment: true, submittedAt: true },
    }),
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "asc" },
      select: { messageKey: true, params: true, link: true, readAt: true, createdAt: true },
    }),
    listStaffAccessToMyData(actor),
  ]);

  const files: { name: string; storageKey: string; modifiedAt: Date }[] = [];
  const folderOf = (label: string | null, id: string) => (label ?? id).replace(/[^A-Za-z0-9-]/g, "_");
  const data = {
    exportedAt: now.toISOString(),
    account: user,
    profile,
    applications: applications.map(({ standardVersion, documents, output, answers, ...application }) => {
      const folder = folderOf(application.trackingNumber, application.id);
      const definition = formDefinitionSchema.safeParse(standardVersion.formDefinition);
      return {
        ...application,
        standardVersion: standardVersion.version,
        answers: definition.success ? openAnswers(definition.data, answers) : answers,
        documents: documents.map(({ storageKey, ...document }, index) => {
          const file = `dokumen/${folder}/${index + 1}-${safeFileName(document.fileName)}`;
          files.push({ name: file, storageKey, modifiedAt: document.createdAt });
          return { ...document, file };
        }),
        output: output
          ? (() => {
              const file = `hasil/${folder}.pdf`;
              files.push({ name: file, storageKey: output.storageKey, modifiedAt: output.issuedAt });
              return { verificationCode: output.verificationCode, issuedAt: output.issuedAt, revokedAt: output.revokedAt, file };
            })()
          : null,
      };
    }),
    complaints: complaints.map(({ documents, ...complaint }) => ({
      ...complaint,
      documents: documents.map(({ storageKey, ...document }, index) => {
        const file = `pengaduan/${folderOf(complaint.trackingCode, "")}/${index + 1}-${safeFileName(document.fileName)}`;
        files.push({ name: file, storageKey, modifiedAt: document.createdAt });
        return { ...document, file };
      }),
    })),
    surveys,
    notifications,
    staffAccesses: accesses,
  };

  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: actor.id, actorRole, action: "privacy.dataExported", entityType: "User", entityId: actor.id, ip: context.ip }),
  );

  async function* entries(): AsyncGenerator<ZipEntry> {
    yield { name: "data.json", data: new TextEncoder().encode(JSON.stringify(data, jsonValue, 2)), modifiedAt: now };
    const storage = documentStorage();
    for (const file of files) {
      const stored = await storage.get(file.storageKey);
      // A file that has gone missing from storage is listed in data.json and skipped here.
      if (stored) yield { name: file.name, data: stored.body, modifiedAt: file.modifiedAt };
    }
  }
  return { fileName: `satupintu-data-saya-${now.toISOString().slice(0, 10)}.zip`, body: zipStream(entries()) };
}

/** BigInt (audit ids, paused time) and Decimal serialise as strings. */
function jsonValue(_key: string, value: unknown) {
  return typeof value === "bigint" ? value.toString() : value;
}

function safeFileName(name: string) {
  return name.replace(/[\\/:*?"<>|\x00-\x1f]/g, "_").slice(0, 120) || "berkas";
}
