import { AppError } from "@/lib/platform/errors";
import type { Actor } from "./actor";

/**
 * The one place that decides who may do what (DESIGN.md §1). Pages, server
 * actions and route handlers all ask `can`/`authorize`; nothing else checks roles.
 */
export type Action =
  | "catalog.browse"
  | "account.register"
  | "account.recover"
  | "account.recoverAtCounter"
  | "account.view"
  | "backOffice.enter"
  | "agency.read"
  | "agency.work"
  | "agency.supervise"
  | "whistleblowing.read"
  | "admin.manage"
  | "application.create"
  | "application.act"
  | "application.track"
  | "ownData.read"
  | "profile.update"
  | "output.revoke"
  | "output.verify"
  | "complaint.file"
  | "complaint.track"
  | "complaint.verify"
  | "complaint.handle"
  | "complaint.support"
  | "complaint.readIdentity"
  | "whistleblowing.handle"
  | "survey.respond"
  | "dashboard.view"
  | "dashboard.refresh";

/** What the action is about, when it is about a scoped record. */
export type Resource = { agencyId?: string | null; ownerId?: string | null };

const STAFF_ROLES = ["OFFICER", "SUPERVISOR", "INTEGRITY", "ADMIN"] as const;

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  switch (action) {
    case "catalog.browse":
      return true;
    case "account.register":
      return actor.kind === "anonymous";
    case "account.recover":
      // "Lupa kata sandi?" is for someone who cannot sign in; a signed-in user changes the password instead.
      return actor.kind === "anonymous";
    case "application.track":
      // Anyone holding the tracking number and its secret; the secret is the check.
      return true;
    case "output.verify":
      // Anyone holding a document may check it (DESIGN.md §1); the answer names the holder only masked.
      return true;
    case "complaint.file":
      // Anyone, with or without an account (DESIGN.md §1: "file anonymous complaint").
      return true;
    case "complaint.track":
      // Anyone holding the complaint's code and its secret; the secret is the check.
      return true;
    case "dashboard.view":
      // The transparency dashboard and its open data are public (DESIGN.md §8).
      return true;
  }
  if (actor.kind !== "user") return false;
  const hasRole = (role: (typeof actor.roles)[number]) => actor.roles.includes(role);
  const memberOf = (agencyId: string | null | undefined, roles: readonly string[]) =>
    !!agencyId && actor.memberships.some((m) => m.agencyId === agencyId && roles.includes(m.role));

  switch (action) {
    case "account.view":
      return true;
    case "application.create":
      return hasRole("CITIZEN");
    case "application.act":
      // The applicant acting on their own application: edit, upload, submit, correct, withdraw.
      return hasRole("CITIZEN") && !!resource.ownerId && resource.ownerId === actor.id;
    case "ownData.read":
      return !!resource.ownerId && resource.ownerId === actor.id;
    case "profile.update":
      // A citizen's own contact details; the identity (NIK, birth date, sex) is not among them.
      return hasRole("CITIZEN") && !!resource.ownerId && resource.ownerId === actor.id;
    case "backOffice.enter":
      return STAFF_ROLES.some(hasRole);
    case "account.recoverAtCounter":
      // An officer serving an agency's counter checks the citizen's KTP-el in person.
      return hasRole("OFFICER") && actor.memberships.some((m) => m.role === "OFFICER");
    case "agency.read":
      return hasRole("ADMIN") || memberOf(resource.agencyId, ["OFFICER", "SUPERVISOR"]) || supervisesAll(actor);
    case "agency.work":
      return hasRole("OFFICER") && memberOf(resource.agencyId, ["OFFICER"]);
    case "agency.supervise":
      return hasRole("SUPERVISOR") && (memberOf(resource.agencyId, ["SUPERVISOR"]) || supervisesAll(actor));
    case "whistleblowing.read":
      return hasRole("INTEGRITY");
    case "admin.manage":
      return hasRole("ADMIN");
    case "complaint.verify":
      // Checking and routing a complaint: staff of the agency it names, or, for
      // one that names no agency, those who oversee every agency.
      return hasRole("ADMIN") || supervisesAll(actor) || memberOf(resource.agencyId, ["OFFICER", "SUPERVISOR"]);
    case "complaint.handle":
      // Answering a complaint: an officer of the agency it was routed to.
      return hasRole("OFFICER") && memberOf(resource.agencyId, ["OFFICER"]);
    case "complaint.readIdentity":
      // A confidential filer's name: for the handling agency's own staff only (DESIGN.md §5),
      // not for those who oversee every agency.
      return memberOf(resource.agencyId, ["OFFICER", "SUPERVISOR"]);
    case "complaint.support":
      // "Add your voice": one per citizen account.
      return hasRole("CITIZEN");
    case "whistleblowing.handle":
      return hasRole("INTEGRITY");
    case "survey.respond":
      // The satisfaction survey of one's own completed application or closed complaint (DESIGN.md §6).
      return hasRole("CITIZEN") && !!resource.ownerId && resource.ownerId === actor.id;
    case "dashboard.refresh":
      // Recomputing the dashboard now instead of at the next scheduled run.
      return hasRole("SUPERVISOR") || hasRole("ADMIN");
    case "output.revoke":
      // Withdrawing a document the portal vouched for is a management decision, not case work.
      return hasRole("ADMIN") || (hasRole("SUPERVISOR") && (memberOf(resource.agencyId, ["SUPERVISOR"]) || supervisesAll(actor)));
  }
}

/** A supervisor with no agency membership oversees every agency (DESIGN.md §1: "agencies, or all"). */
function supervisesAll(actor: Extract<Actor, { kind: "user" }>): boolean {
  // Any membership scopes the person: an officer who also supervises their own agency is not a supervisor of all.
  return actor.roles.includes("SUPERVISOR") && actor.memberships.length === 0;
}

/**
 * Throws when the actor may not act. Scoped records answer "not found" rather
 * than "forbidden", so an officer cannot learn that another agency's record exists.
 */
export function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
  if (can(actor, action, resource)) return;
  if (actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  if (resource.agencyId !== undefined || resource.ownerId !== undefined) {
    throw new AppError("NOT_FOUND", "error.notFound");
  }
  throw new AppError("FORBIDDEN", "error.forbidden");
}
