import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IdentityMode } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { unlinkableRateLimitKey } from "@/lib/platform/rate-limit-unlinkable";
import { nextSerial } from "@/lib/platform/serials";
import { parseOrThrow } from "@/lib/platform/validation";
import { localDateOf } from "@/lib/sla/calendar";
import { dueMoment } from "@/lib/sla/clock";
import { checkAttachments, recordAttachments, storeAttachments, type IncomingFile } from "../attachments";
import { fileComplaintSchema, type FileComplaintInput } from "../schemas";
import { complaintCalendar, phaseWorkingDays, workingHoursSelect } from "../sla";
import { COMPLAINT_CODE_PREFIX, counterKey, formatComplaintCode, WHISTLEBLOWING_CODE_PREFIX } from "../tracking";
import { complaintSecretFor, hashComplaintSecret } from "../tracking-secret";
import { DRAFT_STATUS } from "@/lib/applications/workflow";
import { COMPLAINT_INITIAL_STATUS } from "../workflow";

export type FilingContext = {
  ip: string | null;
  now?: Date;
  /** Filed through the Open311 API by this client (lib/complaints/open311). */
  open311ClientId?: string;
};

export type ComplaintReceipt = {
  id: string;
  trackingCode: string;
  /** Shown to the filer once; anonymous filers follow up with it. */
  secret: string;
  whistleblowing: boolean;
  /** Linked to the filer's account: they can open it (and see the secret) again when signed in. */
  linked: boolean;
  alreadyFiled: boolean;
};

const PER_IP = { limit: 10, windowMs: 3_600_000 };
const PER_USER = { limit: 20, windowMs: 86_400_000 };
const PER_OPEN311_CLIENT = { limit: 300, windowMs: 3_600_000 };

type Identity = { filerId: string | null; filerName: string | null; filerContact: string | null; identityMode: IdentityMode };

/**
 * Files a complaint, aspiration, information request or whistleblowing report
 * (DESIGN.md §5). Identity modes as the issue sets them:
 * - PUBLIC / CONFIDENTIAL on the public channel name the signed-in account;
 * - ANONYMOUS stores no user link, no name, and no address in the audit;
 * - whistleblowing never links an account: the reporter may leave a name
 *   (CONFIDENTIAL, seen by the integrity unit only) and follows up with the code.
 *
 * Idempotent: the form's submission key makes a double click or a retried
 * POST return the first complaint's receipt.
 */
export async function fileComplaint(actor: Actor, rawInput: unknown, files: readonly IncomingFile[], context: FilingContext): Promise<ComplaintReceipt> {
  authorize(actor, "complaint.file");
  const input = parseOrThrow(fileComplaintSchema, rawInput);
  const identity = identityOf(actor, input, context);
  const whistleblowing = input.kind === "WHISTLEBLOWING";

  const repeated = await db.complaint.findUnique({ where: { submissionKey: input.submissionKey }, select: { id: true, filerId: true, trackingCode: true } });
  if (repeated) return receiptOf(repeated, identity.filerId, whistleblowing);

  // Whoever stays anonymous leaves no trace of who they are: not in the counters, not even an address in the audit log.
  const traceable = identity.identityMode !== "ANONYMOUS" && !whistleblowing;
  await enforceRateLimits(actor, context, traceable);
  const subject = await resolveSubject(actor, input, identity.identityMode);
  const checked = checkAttachments(files);
  const now = context.now ?? new Date();
  const calendar = await complaintCalendar(db, subject.agency, now);
  const dueAt = dueMoment(calendar, now, phaseWorkingDays("verify"));
  const year = Number(localDateOf(calendar, now).slice(0, 4));
  const prefix = whistleblowing ? WHISTLEBLOWING_CODE_PREFIX : COMPLAINT_CODE_PREFIX;

  const { stored, discard } = await storeAttachments(checked);
  try {
    const created = await db.$transaction(async (tx) => {
      const trackingCode = formatComplaintCode(prefix, year, await nextSerial(tx, counterKey(prefix), year));
      const complaint = await tx.complaint.create({
        data: {
          trackingCode,
          // Replaced below: the secret is derived from the id this row receives.
          trackingSecretHash: "",
          kind: input.kind,
          identityMode: identity.identityMode,
          filerId: identity.filerId,
          filerName: identity.filerName,
          filerContact: identity.filerContact,
          agencyId: subject.agency?.id ?? null,
          serviceId: subject.serviceId,
          applicationId: subject.applicationId,
          category: input.category,
          title: input.title,
          body: input.body,
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          locationText: input.locationText ?? null,
          submissionKey: input.submissionKey,
          open311ClientId: context.open311ClientId ?? null,
          slaStartedAt: now,
          dueAt,
          createdAt: now,
        },
        select: { id: true, trackingCode: true, filerId: true },
      });
      await tx.complaint.update({
        where: { id: complaint.id },
        data: { trackingSecretHash: hashComplaintSecret(trackingCode, complaintSecretFor(complaint.id)) },
      });
      const filer = identity.filerId ? { id: identity.filerId, role: "CITIZEN" as const } : { id: null, role: null };
      await tx.complaintEvent.create({
        data: { complaintId: complaint.id, actorId: filer.id, actorRole: filer.role, type: "filed", toStatus: COMPLAINT_INITIAL_STATUS, createdAt: now },
      });
      await recordAttachments(tx, complaint.id, identity.filerId, stored);
      await recordAudit(tx, {
        agencyId: subject.agency?.id ?? null,
        actorId: filer.id,
        actorRole: filer.role,
        action: "complaint.filed",
        entityType: "Complaint",
        entityId: complaint.id,
        ip: traceable ? context.ip : null,
        data: { kind: input.kind, identityMode: identity.identityMode, channel: context.open311ClientId ? "open311" : "web", attachments: stored.length },
      });
      if (identity.filerId) {
        await notify(tx, {
          userId: identity.filerId,
          messageKey: "notification.complaintReceived",
          params: { trackingCode },
          link: `/pengaduan/lacak/${trackingCode}`,
        });
      }
      return complaint;
    });
    return receiptOf(created, identity.filerId, whistleblowing, false);
  } catch (error) {
    await discard();
    // The same key raced in from a second request: that one's complaint is ours.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const first = await db.complaint.findUnique({ where: { submissionKey: input.submissionKey }, select: { id: true, filerId: true, trackingCode: true } });
      if (first) return receiptOf(first, identity.filerId, whistleblowing);
    }
    throw error;
  }
}

function fieldError(field: string, key: MessageKey): AppError {
  return new AppError("INVALID", "error.invalidInput", { [field]: [key] });
}

function identityOf(actor: Actor, input: FileComplaintInput, context: FilingContext): Identity {
  const anonymous: Identity = { filerId: null, filerName: null, filerContact: null, identityMode: "ANONYMOUS" };
  if (input.kind === "WHISTLEBLOWING") {
    if (input.identityMode === "PUBLIC") throw fieldError("identityMode", "complaint.identityNotForWhistleblowing");
    if (input.identityMode === "ANONYMOUS") return anonymous;
    if (!input.reporterName) throw fieldError("reporterName", "complaint.reporterNameRequired");
    return { filerId: null, filerName: input.reporterName, filerContact: input.reporterContact ?? null, identityMode: "CONFIDENTIAL" };
  }
  if (input.identityMode === "ANONYMOUS") return anonymous;
  if (context.open311ClientId) {
    // An API client's user has no account here: their name is what the client sent.
    return { filerId: null, filerName: input.reporterName ?? null, filerContact: input.reporterContact ?? null, identityMode: input.identityMode };
  }
  if (actor.kind !== "user") throw fieldError("identityMode", "complaint.identityNeedsAccount");
  return { filerId: actor.id, filerName: actor.name, filerContact: actor.email, identityMode: input.identityMode };
}

/**
 * Anonymous and whistleblowing filings count under unlinkable keys, in a key
 * space of their own: a plain `…:user:<id>` counter reading more than the
 * account's named complaints would mark its anonymous ones.
 */
async function enforceRateLimits(actor: Actor, context: FilingContext, traceable: boolean): Promise<void> {
  const tooMany = new AppError("RATE_LIMITED", "error.rateLimited");
  const keyOf = (scope: string, identifier: string) =>
    traceable ? Promise.resolve(`complaint:file:${scope}:${identifier}`) : unlinkableRateLimitKey(db, `complaint:file-unnamed:${scope}`, identifier);
  if (context.open311ClientId) {
    if ((await hitRateLimit(db, `complaint:file:open311:${context.open311ClientId}`, PER_OPEN311_CLIENT)) > PER_OPEN311_CLIENT.limit) throw tooMany;
  }
  if (context.ip && (await hitRateLimit(db, await keyOf("ip", context.ip), PER_IP)) > PER_IP.limit) throw tooMany;
  if (actor.kind === "user" && (await hitRateLimit(db, await keyOf("user", actor.id), PER_USER)) > PER_USER.limit) throw tooMany;
}

type Subject = {
  agency: ({ id: string } & { timezone: string; officeOpens: string; officeCloses: string; regionCode: string | null }) | null;
  serviceId: string | null;
  applicationId: string | null;
};

/**
 * What the complaint is about: an application of the filer's own (which
 * brings its service and agency), a published service (its agency), or an
 * agency. An anonymous complaint is never linked to an application, which
 * would name the filer; its service and agency still count.
 */
async function resolveSubject(actor: Actor, input: FileComplaintInput, identityMode: IdentityMode): Promise<Subject> {
  const agencySelect = { id: true, ...workingHoursSelect } as const;
  if (input.applicationNumber && input.kind !== "WHISTLEBLOWING") {
    const application =
      actor.kind === "user"
        ? await db.application.findFirst({
            where: { trackingNumber: input.applicationNumber, citizenId: actor.id, status: { not: DRAFT_STATUS } },
            select: { id: true, serviceId: true, agency: { select: agencySelect } },
          })
        : null;
    if (!application) throw fieldError("applicationNumber", "complaint.applicationNotFound");
    return { agency: application.agency, serviceId: application.serviceId, applicationId: identityMode === "ANONYMOUS" ? null : application.id };
  }
  if (input.serviceSlug) {
    const service = await db.service.findUnique({ where: { slug: input.serviceSlug }, select: { id: true, status: true, agency: { select: agencySelect } } });
    if (!service || service.status !== "PUBLISHED") throw fieldError("serviceSlug", "complaint.serviceNotFound");
    return { agency: service.agency, serviceId: service.id, applicationId: null };
  }
  if (input.agencyCode) {
    const agency = await db.agency.findUnique({ where: { code: input.agencyCode }, select: agencySelect });
    if (!agency) throw fieldError("agencyCode", "complaint.agencyNotFound");
    return { agency, serviceId: null, applicationId: null };
  }
  return { agency: null, serviceId: null, applicationId: null };
}

/** A repeated key answers with the first complaint, but only to whoever filed it. */
function receiptOf(
  complaint: { id: string; filerId: string | null; trackingCode: string },
  filerId: string | null,
  whistleblowing: boolean,
  alreadyFiled = true,
): ComplaintReceipt {
  if (complaint.filerId !== filerId) throw new AppError("CONFLICT", "complaint.changedMeanwhile");
  return {
    id: complaint.id,
    trackingCode: complaint.trackingCode,
    secret: complaintSecretFor(complaint.id),
    whistleblowing,
    linked: complaint.filerId !== null,
    alreadyFiled,
  };
}
