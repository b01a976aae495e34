import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { versionsInForce } from "@/lib/catalog/version-in-force";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { MAX_OPEN_DRAFTS_PER_CITIZEN } from "../draft-limit";
import { DRAFT_STATUS } from "../workflow";

const startSchema = z.object({
  serviceSlug: z.string().min(1).max(120),
  // Generated into the "Apply" form when it is rendered: a double click or a
  // retried POST carries the same key and lands on the same draft.
  submissionKey: z.uuid("error.invalidInput"),
});

/**
 * Opens a draft application for a published service, on the standard version
 * in force at that moment (a scheduled one applies only to applications started
 * on or after its date), or returns the draft this key already opened. A citizen
 * holding MAX_OPEN_DRAFTS_PER_CITIZEN unsent drafts is refused (CONFLICT
 * application.tooManyDrafts); the count is taken under a per-citizen lock, so
 * parallel starts cannot pass it together.
 */
export async function startApplication(actor: Actor, input: unknown, context: { ip: string | null; now?: Date }) {
  const actingRole = authorize(actor, "application.create");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const { serviceSlug, submissionKey } = parseOrThrow(startSchema, input);

  const existing = await db.application.findUnique({
    where: { citizenId_submissionKey: { citizenId: actor.id, submissionKey } },
    select: { id: true },
  });
  if (existing) return existing;

  const service = await db.service.findUnique({
    where: { slug: serviceSlug },
    select: {
      id: true,
      agencyId: true,
      status: true,
      agency: { select: { timezone: true } },
      versions: { select: { id: true, version: true, effectiveFrom: true } },
    },
  });
  const now = context.now ?? new Date();
  const inForce = service && versionsInForce(service.versions, now, service.agency.timezone).current;
  if (!service || service.status !== "PUBLISHED" || !inForce) {
    throw new AppError("NOT_FOUND", "error.notFound");
  }
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`application.drafts:${actor.id}`}, 0))`;
      const openDrafts = await tx.application.count({ where: { citizenId: actor.id, status: DRAFT_STATUS } });
      if (openDrafts >= MAX_OPEN_DRAFTS_PER_CITIZEN) {
        throw new AppError("CONFLICT", "application.tooManyDrafts");
      }
      const application = await tx.application.create({
        data: {
          citizenId: actor.id,
          serviceId: service.id,
          agencyId: service.agencyId,
          standardVersionId: inForce.id,
          submissionKey,
          createdAt: now,
          events: {
            create: { actorId: actor.id, actorRole: actingRole, type: "created", toStatus: DRAFT_STATUS, createdAt: now },
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        agencyId: service.agencyId,
        actorId: actor.id,
        actorRole: actingRole,
        action: "application.created",
        entityType: "Application",
        entityId: application.id,
        ip: context.ip,
      });
      return application;
    });
  } catch (error) {
    // The same key raced in from a second request: that one's draft is ours.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return db.application.findUniqueOrThrow({
        where: { citizenId_submissionKey: { citizenId: actor.id, submissionKey } },
        select: { id: true },
      });
    }
    throw error;
  }
}
