import { AppError } from "@/lib/platform/errors";
import type { Role } from "@/lib/generated/prisma/enums";
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
  | "account.secureOwn"
  | "account.resetSecondFactor"
  | "account.resetSecondFactorAtCounter"
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
  | "dashboard.refresh"
  | "assistant.ask"
  | "assistant.improve"
  | "visit.book"
  | "visit.change"
  | "visit.kiosk"
  | "account.providerLogout"
  | "visit.queueView"
  | "visit.serve"
  | "visit.manage"
  | "bill.view"
  | "bill.reissue"
  | "treasury.read"
  | "treasury.reconcile"
  | "refund.request"
  | "refund.approve"
  | "refund.payOut";

/** Actions a person takes as themselves, not in a role: anyone's, or one's own account's. */
const OWN_ACCOUNT_ACTIONS = [
  "catalog.browse",
  "application.track",
  "output.verify",
  "complaint.file",
  "complaint.track",
  "dashboard.view",
  "assistant.ask",
  "visit.kiosk",
  "account.providerLogout",
  "visit.queueView",
  "account.register",
  "account.recover",
  "account.view",
  "account.secureOwn",
  "ownData.read",
] as const satisfies readonly Action[];
type OwnAccountAction = (typeof OWN_ACCOUNT_ACTIONS)[number];
const isOwnAccountAction = (action: Action): action is OwnAccountAction => (OWN_ACCOUNT_ACTIONS as readonly Action[]).includes(action);

/** The role `authorize` answers with: always one for role work, maybe none for what one does as oneself. */
export type GrantedRole<A extends Action> = A extends OwnAccountAction ? Role | null : Role;

/** What the action is about, when it is about a scoped record. */
export type Resource = { agencyId?: string | null; ownerId?: string | null };

const STAFF_ROLES = ["OFFICER", "SUPERVISOR", "INTEGRITY", "ADMIN", "TREASURY"] as const;

type SignedIn = Extract<Actor, { kind: "user" }>;

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  return grantedRole(actor, action, resource) !== false;
}

/**
 * The role someone acting on their own account is recorded under (a sign-in,
 * a password change, an export of their data): their account's first role.
 */
export function ownAccountRole(roles: readonly Role[]): Role | null {
  return roles[0] ?? null;
}

/**
 * The role the action is granted under, null when no role is needed (an
 * anonymous visitor), false when refused. An account that must prove a second
 * factor and has not (issue 25) may only act on its own account, e.g. enrol one.
 */
function grantedRole(actor: Actor, action: Action, resource: Resource): Role | null | false {
  const granted = roleGrant(actor, action, resource);
  if (granted === false || actor.kind !== "user" || !actor.secondFactorMissing || isOwnAccountAction(action)) return granted;
  return false;
}

function roleGrant(actor: Actor, action: Action, resource: Resource): Role | null | false {
  switch (action) {
    case "catalog.browse":
    case "application.track": // Anyone holding the tracking number and its secret; the secret is the check.
    case "output.verify": // Anyone holding a document may check it (DESIGN.md §1); the answer names the holder only masked.
    case "complaint.file": // Anyone, with or without an account (DESIGN.md §1: "file anonymous complaint").
    case "complaint.track": // Anyone holding the complaint's code and its secret; the secret is the check.
    case "dashboard.view": // The transparency dashboard and its open data are public (DESIGN.md §8).
    case "assistant.ask": // Tanya SatuPintu answers anyone (DESIGN.md §15); one's own case needs more (ownData.read).
    case "visit.queueView": // The hall screen and "how busy is it now" are public (DESIGN.md §13); they name no one.
    case "visit.kiosk": // The entrance kiosk: its device token (lib/visits/kiosk-token.ts) is the check, not a person.
    case "account.providerLogout": // An identity provider's back-channel logout: its signed logout token is the check.
      return actor.kind === "user" ? ownAccountRole(actor.roles) : null;
    case "account.register":
    case "account.recover":
      // "Lupa kata sandi?" is for someone who cannot sign in; a signed-in user changes the password instead.
      return actor.kind === "anonymous" ? null : false;
  }
  if (actor.kind !== "user") return false;
  const role = (wanted: Role): Role | false => (actor.roles.includes(wanted) ? wanted : false);
  /** The first of `roles` the actor holds in this agency. */
  const memberRole = (agencyId: string | null | undefined, roles: readonly Role[]): Role | false =>
    (!!agencyId && roles.find((wanted) => actor.memberships.some((m) => m.agencyId === agencyId && m.role === wanted))) || false;
  const ownsIt = !!resource.ownerId && resource.ownerId === actor.id;
  const overseesAll: Role | false = supervisesAll(actor) ? "SUPERVISOR" : false;
  /** The revenue office: treasury staff of the agency, or with no membership, of every agency (DESIGN.md §1). */
  const treasury: Role | false = role("TREASURY") && (actor.memberships.length === 0 || memberRole(resource.agencyId, ["TREASURY"]) ? "TREASURY" : false);

  switch (action) {
    case "account.view":
    case "account.secureOwn":
      // One's own sign-in security: the second factor, one's sessions.
      return ownAccountRole(actor.roles);
    case "account.resetSecondFactor":
      // Someone who lost their second factor: a portal-wide admin (no agency), or an admin who works
      // for the agency named (one of the account's own agencies).
      return role("ADMIN") && (actor.memberships.length === 0 || !!memberRole(resource.agencyId, STAFF_ROLES)) && "ADMIN";
    case "application.create":
      return role("CITIZEN");
    case "application.act":
      // The applicant acting on their own application: edit, upload, submit, correct, withdraw.
      return ownsIt && role("CITIZEN");
    case "ownData.read":
      return ownsIt && ownAccountRole(actor.roles);
    case "profile.update":
      // A citizen's own contact details; the identity (NIK, birth date, sex) is not among them.
      return ownsIt && role("CITIZEN");
    case "backOffice.enter":
      return STAFF_ROLES.find((staff) => actor.roles.includes(staff)) ?? false;
    case "account.recoverAtCounter":
    case "account.resetSecondFactorAtCounter":
      // An officer serving an agency's counter checks the citizen's KTP-el in person (a citizen's
      // password, or a citizen's lost second factor; staff accounts are their agency admin's).
      return role("OFFICER") && (actor.memberships.some((m) => m.role === "OFFICER") ? "OFFICER" : false);
    case "agency.read":
      return memberRole(resource.agencyId, ["OFFICER", "SUPERVISOR"]) || overseesAll || role("ADMIN");
    case "agency.work":
      return role("OFFICER") && memberRole(resource.agencyId, ["OFFICER"]);
    case "agency.supervise":
      return role("SUPERVISOR") && (memberRole(resource.agencyId, ["SUPERVISOR"]) || overseesAll);
    case "whistleblowing.read":
      return role("INTEGRITY");
    case "admin.manage":
      return role("ADMIN");
    case "assistant.improve":
      // Reading the assistant's unanswered questions and adding search keywords to a service: catalog administration.
      return role("ADMIN");
    case "complaint.verify":
      // Checking and routing a complaint: staff of the agency it names, or, for
      // one that names no agency, those who oversee every agency.
      return memberRole(resource.agencyId, ["OFFICER", "SUPERVISOR"]) || overseesAll || role("ADMIN");
    case "complaint.handle":
      // Answering a complaint: an officer of the agency it was routed to.
      return role("OFFICER") && memberRole(resource.agencyId, ["OFFICER"]);
    case "complaint.readIdentity":
      // A confidential filer's name: for the handling agency's own staff only (DESIGN.md §5),
      // not for those who oversee every agency.
      return memberRole(resource.agencyId, ["OFFICER", "SUPERVISOR"]);
    case "complaint.support":
      // "Add your voice": one per citizen account.
      return role("CITIZEN");
    case "whistleblowing.handle":
      return role("INTEGRITY");
    case "survey.respond":
      // The satisfaction survey of one's own completed application or closed complaint (DESIGN.md §6).
      return ownsIt && role("CITIZEN");
    case "dashboard.refresh":
      // Recomputing the dashboard now instead of at the next scheduled run.
      return role("SUPERVISOR") || role("ADMIN");
    case "visit.book":
      // A citizen books an office visit for themselves (DESIGN.md §13).
      return role("CITIZEN");
    case "visit.change":
      // Rescheduling or cancelling one's own booking.
      return ownsIt && role("CITIZEN");
    case "visit.serve":
      // A counter is staffed by one agency's officers: calling, serving, transferring its tickets.
      return role("OFFICER") && memberRole(resource.agencyId, ["OFFICER"]);
    case "visit.manage":
      // Locations, counters, hours and ad-hoc closures.
      return role("ADMIN");
    case "bill.view":
      // A bill: the applicant who owes it, the agency's staff handling the case, the revenue office.
      return (ownsIt && role("CITIZEN")) || memberRole(resource.agencyId, ["OFFICER", "SUPERVISOR"]) || overseesAll || treasury;
    case "bill.reissue":
      // A new payment code for an expired bill: only the applicant who owes it asks; staff cannot bill a citizen again.
      return ownsIt && role("CITIZEN");
    case "treasury.read":
      // Bills, payments, totals and reconciliation (DESIGN.md §14).
      return treasury;
    case "treasury.reconcile":
      // The provider's settlement file covers every agency's bills (one biller, one virtual-account prefix):
      // only the region-wide revenue office (Bapenda/BKAD, no agency membership) reconciles it.
      return role("TREASURY") && actor.memberships.length === 0 && "TREASURY";
    case "refund.request":
      // A refund is asked for by the citizen who paid, the revenue office or the officer working the agency's cases.
      return (ownsIt && role("CITIZEN")) || treasury || (role("OFFICER") && memberRole(resource.agencyId, ["OFFICER"]));
    case "refund.payOut":
      // Recording that an approved refund was transferred back: the revenue office, which holds the account.
      return treasury;
    case "refund.approve":
      // Money leaves the treasury only on a supervisor's approval.
      return role("SUPERVISOR") && (memberRole(resource.agencyId, ["SUPERVISOR"]) || overseesAll);
    case "output.revoke":
      // Withdrawing a document the portal vouched for is a management decision, not case work.
      return role("ADMIN") || (role("SUPERVISOR") && (memberRole(resource.agencyId, ["SUPERVISOR"]) || overseesAll));
  }
}

/** A supervisor with no agency membership oversees every agency (DESIGN.md §1: "agencies, or all"). */
function supervisesAll(actor: SignedIn): boolean {
  // Any membership scopes the person: an officer who also supervises their own agency is not a supervisor of all.
  return actor.roles.includes("SUPERVISOR") && actor.memberships.length === 0;
}

/**
 * Throws when the actor may not act, and returns the role it may act under:
 * the role the audit entry and timeline record. Agency work answers with the
 * membership that matched (an officer of the agency is "OFFICER" there even if
 * they also supervise elsewhere), an applicant's own case with "CITIZEN", the
 * admin console with "ADMIN". Public actions need no role: a visitor's is
 * null, a signed-in person's is their own account's (`ownAccountRole`).
 *
 * Scoped records answer "not found" rather than "forbidden", so an officer
 * cannot learn that another agency's record exists.
 */
export function authorize<A extends Action>(actor: Actor, action: A, resource: Resource = {}): GrantedRole<A> {
  const granted = grantedRole(actor, action, resource);
  if (granted !== false) return granted as GrantedRole<A>;
  if (actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  if (resource.agencyId !== undefined || resource.ownerId !== undefined) {
    throw new AppError("NOT_FOUND", "error.notFound");
  }
  throw new AppError("FORBIDDEN", "error.forbidden");
}

/** Who an audit entry names as acting. */
export type AuditActor<R extends Role | null = Role | null> = { actorId: string; actorRole: R };

/** `authorize` for actions only a signed-in person takes (an anonymous one is asked to sign in): who the audit entry names. */
export function authorizeSignedIn<A extends Action>(actor: Actor, action: A, resource: Resource = {}): AuditActor<GrantedRole<A>> {
  const actorRole = authorize(actor, action, resource);
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  return { actorId: actor.id, actorRole };
}
