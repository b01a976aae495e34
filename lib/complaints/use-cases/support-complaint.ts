import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { normalizeComplaintCode } from "../tracking";
import { isComplaintOpen, isPubliclyVisible } from "../workflow";

/**
 * "Add your voice": a citizen backs an open, published complaint instead of
 * filing the same one again. Once per account; doing it twice changes
 * nothing. Who backed a complaint is never shown, only how many did.
 */
export async function supportComplaint(actor: Actor, code: string) {
  authorize(actor, "complaint.support");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const trackingCode = normalizeComplaintCode(code);
  const complaint = trackingCode
    ? await db.complaint.findUnique({ where: { trackingCode }, select: { id: true, kind: true, identityMode: true, status: true, filerId: true } })
    : null;
  if (!complaint || !isPubliclyVisible(complaint)) throw new AppError("NOT_FOUND", "error.notFound");
  if (!isComplaintOpen(complaint.status)) throw new AppError("CONFLICT", "complaint.supportClosed");
  if (complaint.filerId === actor.id) return { added: false };
  try {
    await db.$transaction(async (tx) => {
      await tx.complaintSupport.create({ data: { complaintId: complaint.id, userId: actor.id } });
      await tx.complaint.update({ where: { id: complaint.id }, data: { supportCount: { increment: 1 } } });
    });
    return { added: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { added: false };
    throw error;
  }
}
