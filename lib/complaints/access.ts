import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import type { ComplaintKind, ComplaintStatus, IdentityMode, Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { verifyAccessToken } from "./access-token";
import { accessTokenKey } from "./tracking-secret";
import type { ComplaintActor } from "./transition";

type Subject = {
  kind: ComplaintKind;
  identityMode: IdentityMode;
  status: ComplaintStatus;
  agencyId: string | null;
  routedAt: Date | null;
};

/**
 * What one staff member may do with one complaint. The channel decides first:
 * a whistleblowing report exists for the integrity unit only, whatever agency
 * it mentions; a complaint belongs to its verifiers until it is routed, then
 * to the agency it was routed to.
 */
export type StaffAccess = {
  read: boolean;
  verify: boolean;
  handle: boolean;
  supervise: boolean;
  /** The filer's name and contact (and the application that would name them). */
  seesIdentity: boolean;
};

const NONE: StaffAccess = { read: false, verify: false, handle: false, supervise: false, seesIdentity: false };

export function staffAccessTo(actor: Actor, complaint: Subject): StaffAccess {
  if (actor.kind !== "user" || !can(actor, "backOffice.enter")) return NONE;
  if (complaint.kind === "WHISTLEBLOWING") {
    const read = can(actor, "whistleblowing.read");
    const handle = can(actor, "whistleblowing.handle");
    return { read, verify: handle && complaint.routedAt === null, handle: handle && complaint.routedAt !== null, supervise: false, seesIdentity: read };
  }
  if (complaint.routedAt === null) {
    const verify = can(actor, "complaint.verify", { agencyId: complaint.agencyId });
    // Before routing nobody is "the handling agency": a confidential name stays hidden.
    return { read: verify, verify, handle: false, supervise: false, seesIdentity: verify && complaint.identityMode === "PUBLIC" };
  }
  const resource = { agencyId: complaint.agencyId };
  const read = can(actor, "agency.read", resource);
  if (!read) return NONE;
  return {
    read,
    verify: false,
    handle: can(actor, "complaint.handle", resource),
    supervise: can(actor, "agency.supervise", resource),
    seesIdentity: complaint.identityMode === "PUBLIC" || (complaint.identityMode === "CONFIDENTIAL" && can(actor, "complaint.readIdentity", resource)),
  };
}

/** Throws "not found" (or "sign in") unless the access allows `need`: existence never leaks. */
export function requireAccess(actor: Actor, access: StaffAccess, need: keyof Omit<StaffAccess, "seesIdentity">): void {
  if (access[need]) return;
  throw new AppError(actor.kind === "user" ? "NOT_FOUND" : "UNAUTHENTICATED", actor.kind === "user" ? "error.notFound" : "error.unauthenticated");
}

/**
 * The role a staff member acts in on this complaint: the one the policy grants
 * its reading under (the integrity unit's, a verifier's, the agency's).
 * Throws, like `authorize`, for someone without access.
 */
export function staffRoleOn(actor: Actor, complaint: Subject): Role {
  if (complaint.kind === "WHISTLEBLOWING") return authorize(actor, "whistleblowing.read");
  if (complaint.routedAt === null) return authorize(actor, "complaint.verify", { agencyId: complaint.agencyId });
  return authorize(actor, "agency.read", { agencyId: complaint.agencyId });
}

export function staffActor(actor: Actor, complaint: Subject): ComplaintActor & { id: string } {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  return { id: actor.id, role: staffRoleOn(actor, complaint) };
}

/** How the filer proves who they are: their account, or the follow-up token from code + secret. */
export type FilerCredential = { actor: Actor; accessToken?: string | null; now?: Date };

/**
 * Whether these credentials make someone the filer of this complaint. An
 * anonymous complaint has no account behind it: only the token opens it.
 */
export function isFiler(credential: FilerCredential, complaint: { id: string; filerId: string | null }): boolean {
  const { actor } = credential;
  if (complaint.filerId && actor.kind === "user" && actor.id === complaint.filerId) return true;
  return verifyAccessToken(accessTokenKey(), credential.accessToken, credential.now ?? new Date()) === complaint.id;
}

/** Who the filer is on the timeline and in the audit: their account, or nobody. */
export function filerActor(complaint: { filerId: string | null }): ComplaintActor {
  return complaint.filerId ? { id: complaint.filerId, role: "CITIZEN" } : { id: null, role: null };
}

/** Loads a complaint for its filer, or throws "not found". */
export async function loadFilerComplaint<T extends { id: string; filerId: string | null }>(
  credential: FilerCredential,
  load: () => Promise<T | null>,
): Promise<T> {
  const complaint = await load();
  if (!complaint || !isFiler(credential, complaint)) throw new AppError("NOT_FOUND", "error.notFound");
  return complaint;
}

/** Takes the complaint's row lock for the rest of the transaction. */
export async function lockComplaint(tx: Tx, complaintId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Complaint" WHERE "id" = ${complaintId} FOR UPDATE`;
}
