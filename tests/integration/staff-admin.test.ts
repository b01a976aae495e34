import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { actorForSession } from "@/lib/identity/session-actor";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { setPasswordFromLink } from "@/lib/identity/use-cases/set-password-from-link";
import { db } from "@/lib/platform/db";
import { listStaff } from "@/lib/staff/queries";
import { changeStaffAccess } from "@/lib/staff/use-cases/change-staff-access";
import { inviteStaff } from "@/lib/staff/use-cases/invite-staff";
import { setStaffActive } from "@/lib/staff/use-cases/set-staff-active";
import { setStaffNip } from "@/lib/staff/use-cases/set-staff-nip";
import { emailedToken, openSession } from "@/tests/fixtures/accounts";
import { actorFor, DISDUKCAPIL_OFFICER, type UserActor } from "@/tests/fixtures/applications";
import { agencyIdOf, createStaff } from "@/tests/fixtures/back-office";

const context = { ip: "203.0.113.70" };
const PASSWORD = "Kenari2026berkicau";

let admin: UserActor;
let officer: UserActor;
let disdukcapil: string;
const fileStartedAt = new Date();

// Supervisors, integrity staff and admins made here would otherwise be escalated to by later files' SLA sweeps.
afterAll(async () => {
  await db.user.updateMany({
    where: { createdAt: { gte: fileStartedAt }, roles: { hasSome: ["OFFICER", "SUPERVISOR", "INTEGRITY", "ADMIN"] } },
    data: { active: false },
  });
});

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  disdukcapil = await agencyIdOf("DISDUKCAPIL");
});

const invitation = (overrides: Record<string, unknown> = {}) => ({
  name: "Bagus Pratama",
  email: `bagus.${randomUUID()}@harapanjaya.go.id`,
  roles: ["OFFICER"],
  memberships: [{ agencyId: disdukcapil, role: "OFFICER" }],
  ...overrides,
});

/** The set-password link the invitation email carries (in-app copy of the notification). */
const invitationLinkToken = (userId: string) => emailedToken({ userId }, "staff.invitation");

const sessionOf = openSession;

describe("inviting staff", () => {
  it("creates an account that cannot sign in until the emailed link sets a password, and audits it", async () => {
    const input = invitation();
    const { id } = await inviteStaff(admin, input, context);
    const user = await db.user.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(user).toMatchObject({ roles: ["OFFICER"], active: true, emailConfirmedAt: null });
    expect(user.memberships).toEqual([expect.objectContaining({ agencyId: disdukcapil, role: "OFFICER" })]);
    const notification = await db.notification.findFirstOrThrow({ where: { userId: id, messageKey: "staff.invitation" } });
    expect(await db.job.count({ where: { queue: "email.send", payload: { path: ["notificationId"], equals: notification.id } } })).toBe(1);
    expect(await authenticateUser({ email: input.email, password: PASSWORD }, { ip: null })).toMatchObject({ ok: false });
    expect(await db.auditEvent.findFirst({ where: { action: "staff.invited", entityId: id } })).toMatchObject({ actorId: admin.id, ip: context.ip });

    const token = await invitationLinkToken(id);
    await setPasswordFromLink({ token, password: PASSWORD, passwordConfirm: PASSWORD }, context);
    expect(await authenticateUser({ email: input.email, password: PASSWORD }, { ip: null })).toMatchObject({ ok: true });
    // The link works once.
    await expect(setPasswordFromLink({ token, password: `${PASSWORD}x1`, passwordConfirm: `${PASSWORD}x1` }, context)).rejects.toMatchObject({
      messageKey: "accountLink.invalid",
    });
  });

  it("keeps the link usable when the chosen password is too weak", async () => {
    const { id } = await inviteStaff(admin, invitation(), context);
    const token = await invitationLinkToken(id);
    await expect(setPasswordFromLink({ token, password: "pendek1", passwordConfirm: "pendek1" }, context)).rejects.toMatchObject({
      fieldErrors: { password: ["validation.password.tooShort"] },
    });
    await setPasswordFromLink({ token, password: PASSWORD, passwordConfirm: PASSWORD }, context);
  });

  it("returns the same account for a double submit, and refuses an email that belongs to someone else", async () => {
    const input = invitation();
    const first = await inviteStaff(admin, input, context);
    expect(await inviteStaff(admin, input, context)).toEqual(first);
    expect(await db.auditEvent.count({ where: { action: "staff.invited", entityId: first.id } })).toBe(1);
    await expect(inviteStaff(admin, invitation({ email: DISDUKCAPIL_OFFICER }), context)).rejects.toMatchObject({
      fieldErrors: { email: ["staff.error.emailTaken"] },
    });
  });

  it("records a NIP given with the invitation (for single sign-on by NIP), and refuses a malformed or taken one", async () => {
    const nip = `19${String(Date.now()).slice(-12)}1001`.slice(0, 18);
    const { id } = await inviteStaff(admin, invitation({ nip }), context);
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { nip: true } })).nip).toBe(nip);
    await expect(inviteStaff(admin, invitation({ nip }), context)).rejects.toMatchObject({ fieldErrors: { nip: ["staff.error.nipTaken"] } });
    await expect(inviteStaff(admin, invitation({ nip: "1234" }), context)).rejects.toMatchObject({ fieldErrors: { nip: ["staff.error.nipFormat"] } });
    const { id: withoutNip } = await inviteStaff(admin, invitation({ nip: "  " }), context);
    expect((await db.user.findUniqueOrThrow({ where: { id: withoutNip }, select: { nip: true } })).nip).toBeNull();
  });

  it("rejects an invalid access with field messages, and an agency id that does not exist", async () => {
    await expect(inviteStaff(admin, invitation({ roles: ["OFFICER"], memberships: [] }), context)).rejects.toMatchObject({
      fieldErrors: { memberships: ["staff.error.officerNeedsAgency"] },
    });
    await expect(inviteStaff(admin, invitation({ roles: ["CITIZEN"], memberships: [] }), context)).rejects.toMatchObject({ code: "INVALID" });
    await expect(inviteStaff(admin, invitation({ memberships: [{ agencyId: "no-such-agency", role: "OFFICER" }] }), context)).rejects.toMatchObject({
      fieldErrors: { memberships: ["staff.error.membershipInvalid"] },
    });
  });

  it("is for admins only", async () => {
    await expect(inviteStaff(officer, invitation(), context)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteStaff(ANONYMOUS, invitation(), context)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listStaff(officer, "")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changeStaffAccess(officer, { userId: officer.id, access: { roles: ["ADMIN"], memberships: [] } }, context)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setStaffActive(officer, { userId: admin.id, active: false }, context)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("changing roles", () => {
  it("takes effect on the staff member's next request, without signing them out", async () => {
    const member = await createStaff(["OFFICER"], [{ agencyCode: "DISDUKCAPIL", role: "OFFICER" }]);
    const session = await sessionOf(member.id);
    const before = await actorForSession(session);
    expect(can(before, "agency.work", { agencyId: disdukcapil })).toBe(true);
    expect(can(before, "agency.supervise", { agencyId: disdukcapil })).toBe(false);

    await changeStaffAccess(
      admin,
      { userId: member.id, access: { roles: ["SUPERVISOR"], memberships: [{ agencyId: disdukcapil, role: "SUPERVISOR" }] } },
      context,
    );
    const after = await actorForSession(session);
    expect(after.kind).toBe("user");
    expect(can(after, "agency.work", { agencyId: disdukcapil })).toBe(false);
    expect(can(after, "agency.supervise", { agencyId: disdukcapil })).toBe(true);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.accessChanged", entityId: member.id } });
    expect(audit.data).toMatchObject({ before: { roles: ["OFFICER"] }, after: { roles: ["SUPERVISOR"] } });
  });

  it("records nothing when the same access is posted again", async () => {
    const member = await createStaff(["INTEGRITY"]);
    const access = { roles: ["INTEGRITY", "ADMIN"], memberships: [] };
    expect(await changeStaffAccess(admin, { userId: member.id, access }, context)).toMatchObject({ changed: true });
    expect(await changeStaffAccess(admin, { userId: member.id, access }, context)).toMatchObject({ changed: false });
    expect(await db.auditEvent.count({ where: { action: "staff.accessChanged", entityId: member.id } })).toBe(1);
  });

  it("answers not found for a citizen account or an unknown id", async () => {
    const citizen = await actorFor({ email: "siti.rahayu@warga.test" });
    const access = { roles: ["ADMIN"], memberships: [] };
    await expect(changeStaffAccess(admin, { userId: citizen.id, access }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeStaffAccess(admin, { userId: "nobody", access }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a staff member's NIP", () => {
  const nipOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { nip: true } })).nip;
  const freshNip = (tail: string) => `19${String(Date.now()).slice(-12)}${tail}`.slice(0, 18);

  /** A staff provider the account is linked to, and a session opened through it beside a password session. */
  async function linkedThroughSso(userId: string) {
    const slug = `sso-${randomUUID().slice(0, 8)}`;
    const provider = await db.oidcProvider.create({
      data: { slug, name: "SSO Uji", issuer: `https://${slug}.test`, clientId: "portal", clientSecretCiphertext: "unused", audience: "STAFF", nipClaim: "nip" },
      select: { id: true },
    });
    await db.oidcLink.create({ data: { providerId: provider.id, subject: `sub-${randomUUID()}`, userId } });
    const expiresAt = new Date(Date.now() + 3_600_000);
    const ssoSession = await db.userSession.create({ data: { id: randomUUID(), userId, expiresAt, oidcProviderId: provider.id }, select: { id: true } });
    const passwordSession = await db.userSession.create({ data: { id: randomUUID(), userId, expiresAt }, select: { id: true } });
    return { providerId: provider.id, ssoSessionId: ssoSession.id, passwordSessionId: passwordSession.id };
  }

  it("is set on an account invited without one, keeping its SSO links, and the same NIP again records nothing", async () => {
    const { id } = await inviteStaff(admin, invitation(), context);
    const sso = await linkedThroughSso(id);
    const nip = freshNip("2001");
    expect(await setStaffNip(admin, { userId: id, nip }, context)).toEqual({ id, changed: true });
    expect(await nipOf(id)).toBe(nip);
    // No link can have come through a NIP the account did not have: nothing is unlinked.
    expect(await db.oidcLink.count({ where: { userId: id, providerId: sso.providerId } })).toBe(1);
    expect(await db.userSession.count({ where: { id: sso.ssoSessionId } })).toBe(1);
    expect(await setStaffNip(admin, { userId: id, nip: ` ${nip} ` }, context)).toEqual({ id, changed: false });
    const audits = await db.auditEvent.findMany({ where: { action: "staff.nipChanged", entityId: id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.data).toMatchObject({ before: null, after: nip, linksRemoved: 0 });
  });

  it("corrected, unlinks the account from staff SSO and ends the sessions opened through it, not the others", async () => {
    const wrong = freshNip("3001");
    const { id } = await inviteStaff(admin, invitation({ nip: wrong }), context);
    const sso = await linkedThroughSso(id);
    const corrected = freshNip("3002");
    await setStaffNip(admin, { userId: id, nip: corrected }, context);
    expect(await nipOf(id)).toBe(corrected);
    expect(await db.oidcLink.count({ where: { userId: id } })).toBe(0);
    expect(await db.userSession.count({ where: { id: sso.ssoSessionId } })).toBe(0);
    expect(await db.userSession.count({ where: { id: sso.passwordSessionId } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.nipChanged", entityId: id } });
    expect(audit).toMatchObject({ actorId: admin.id, data: { before: wrong, after: corrected, linksRemoved: 1 } });

    // Cleared: the account links by its verified email only from now on.
    await setStaffNip(admin, { userId: id, nip: "" }, context);
    expect(await nipOf(id)).toBeNull();
  });

  it("refuses a malformed NIP and one another account holds, changing nothing; admins only", async () => {
    const taken = freshNip("4001");
    await inviteStaff(admin, invitation({ nip: taken }), context);
    const { id } = await inviteStaff(admin, invitation(), context);
    await expect(setStaffNip(admin, { userId: id, nip: taken }, context)).rejects.toMatchObject({ fieldErrors: { nip: ["staff.error.nipTaken"] } });
    await expect(setStaffNip(admin, { userId: id, nip: "12345" }, context)).rejects.toMatchObject({ fieldErrors: { nip: ["staff.error.nipFormat"] } });
    expect(await nipOf(id)).toBeNull();
    await expect(setStaffNip(officer, { userId: id, nip: freshNip("4002") }, context)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setStaffNip(ANONYMOUS, { userId: id, nip: freshNip("4003") }, context)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const citizen = await db.user.findFirstOrThrow({ where: { roles: { equals: ["CITIZEN"] } }, select: { id: true } });
    await expect(setStaffNip(admin, { userId: citizen.id, nip: freshNip("4004") }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditEvent.count({ where: { action: "staff.nipChanged", entityId: id } })).toBe(0);
  });
});

describe("deactivating", () => {
  it("ends the open session at once, refuses sign-in, and reactivation does not revive the old session", async () => {
    const member = await createStaff(["OFFICER"], [{ agencyCode: "DISDUKCAPIL", role: "OFFICER" }]);
    const session = await sessionOf(member.id);
    expect((await actorForSession(session)).kind).toBe("user");

    await setStaffActive(admin, { userId: member.id, active: false }, context);
    expect(await actorForSession(session)).toEqual(ANONYMOUS);
    expect(await db.auditEvent.count({ where: { action: "staff.deactivated", entityId: member.id } })).toBe(1);

    await setStaffActive(admin, { userId: member.id, active: true }, context);
    expect(await actorForSession(session)).toEqual(ANONYMOUS);
    expect((await actorForSession(await sessionOf(member.id))).kind).toBe("user");
    expect(await db.auditEvent.count({ where: { action: "staff.reactivated", entityId: member.id } })).toBe(1);
  });

  it("refuses an admin deactivating themself", async () => {
    const second = await createStaff(["ADMIN"]);
    await expect(setStaffActive(second, { userId: second.id, active: false }, context)).rejects.toMatchObject({
      messageKey: "staff.error.deactivateSelf",
    });
  });
});

describe("the last admin", () => {
  /** Leaves exactly the given admins active; restores the others afterwards. */
  async function withOnlyAdmins(adminIds: string[], run: () => Promise<void>) {
    const others = await db.user.findMany({ where: { active: true, roles: { has: "ADMIN" }, id: { notIn: adminIds } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } });
    try {
      await run();
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } });
    }
  }

  it("cannot lose the admin role or be deactivated", async () => {
    const a = await createStaff(["ADMIN"]);
    const b = await createStaff(["ADMIN"]);
    await withOnlyAdmins([a.id, b.id], async () => {
      await changeStaffAccess(a, { userId: b.id, access: { roles: ["INTEGRITY"], memberships: [] } }, context);
      await expect(changeStaffAccess(a, { userId: a.id, access: { roles: ["INTEGRITY"], memberships: [] } }, context)).rejects.toMatchObject({
        messageKey: "staff.error.lastAdmin",
      });
      const bStaff = await createStaff(["ADMIN"]);
      await withOnlyAdmins([bStaff.id], async () => {
        await expect(setStaffActive(a, { userId: bStaff.id, active: false }, context)).rejects.toMatchObject({ messageKey: "staff.error.lastAdmin" });
      });
    });
  });

  it("holds when two admins demote each other at the same moment", async () => {
    const a = await createStaff(["ADMIN"]);
    const b = await createStaff(["ADMIN"]);
    await withOnlyAdmins([a.id, b.id], async () => {
      const results = await Promise.allSettled([
        changeStaffAccess(a, { userId: b.id, access: { roles: ["INTEGRITY"], memberships: [] } }, context),
        changeStaffAccess(b, { userId: a.id, access: { roles: ["INTEGRITY"], memberships: [] } }, context),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.user.count({ where: { id: { in: [a.id, b.id] }, roles: { has: "ADMIN" } } })).toBe(1);
    });
  });
});
