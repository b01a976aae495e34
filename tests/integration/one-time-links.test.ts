import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { confirmEmail } from "@/lib/identity/use-cases/confirm-email";
import { registerCitizen } from "@/lib/identity/use-cases/register-citizen";
import { setPasswordFromLink } from "@/lib/identity/use-cases/set-password-from-link";
import { emailJobHandler } from "@/lib/notifications/email";
import { EMAIL_QUEUE } from "@/lib/notifications/notify";
import { listOutboxEmails } from "@/lib/notifications/outbox-queries";
import { db } from "@/lib/platform/db";
import { registerJobHandler, runDueJobs, type JobHandler } from "@/lib/platform/jobs";
import { inviteStaff } from "@/lib/staff/use-cases/invite-staff";
import { emailedToken } from "@/tests/fixtures/accounts";
import { actorFor, type UserActor } from "@/tests/fixtures/applications";
import { agencyIdOf } from "@/tests/fixtures/back-office";
import { fakeSmtpServer } from "@/tests/fixtures/smtp";

const PUBLIC_URL = "https://satupintu.example.go.id";
const context = { ip: "203.0.113.90" };
const PASSWORD = "Kenari2026berkicau";
const fileStartedAt = new Date();
let admin: UserActor;
let disdukcapil: string;

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  disdukcapil = await agencyIdOf("DISDUKCAPIL");
});

// Staff made here would otherwise be escalated to by later files' SLA sweeps.
afterAll(async () => {
  await db.user.updateMany({ where: { createdAt: { gte: fileStartedAt }, roles: { has: "OFFICER" } }, data: { active: false } });
});

async function invite() {
  const email = `dewi.${randomUUID()}@harapanjaya.go.id`;
  const { id } = await inviteStaff(
    admin,
    { name: "Dewi Lestari", email, roles: ["OFFICER"], memberships: [{ agencyId: disdukcapil, role: "OFFICER" }] },
    context,
  );
  return { id, email };
}

async function register() {
  const email = `rudi.${randomUUID()}@warga.test`;
  // A man born 1 Jan 1990 in a district no other test file uses.
  const nik = `3201010101900${randomInt(100, 999)}`;
  await registerCitizen(
    ANONYMOUS,
    { name: "Rudi Hartono", email, nik, birthDate: "1990-01-01", sex: "MALE", password: PASSWORD, passwordConfirm: PASSWORD, consent: "on" },
    context,
  );
  return email;
}

async function drainEmails(handler: JobHandler) {
  registerJobHandler(EMAIL_QUEUE, handler);
  while ((await runDueJobs({ workerId: "test", queues: [EMAIL_QUEUE], limit: 20 })).claimed > 0);
}

/** Every table of the database whose rows, as text, contain the needle. */
async function tablesContaining(needle: string): Promise<string[]> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS "name" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const found: string[] = [];
  for (const { name } of tables) {
    const [hit] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS "n" FROM "${name}" AS t WHERE strpos(t::text, $1) > 0`, needle);
    if (hit && hit.n > 0) found.push(name);
  }
  return found;
}

/** The body as sent (nodemailer wraps long lines and escapes "=" as quoted-printable). */
const quotedPrintableDecoded = (message: string) =>
  message.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const outbox = (smtpConfigured: boolean) => listOutboxEmails(admin, null, { smtpConfigured, publicUrl: PUBLIC_URL, withheld: "(withheld)", stale: "(stale)" });

describe("one-time links", () => {
  it("are in no table of the database, neither the notice nor the email written for it", async () => {
    const staff = await invite();
    const citizenEmail = await register();
    await drainEmails(emailJobHandler({ from: "SatuPintu <no-reply@test>", publicUrl: PUBLIC_URL }));

    const invitationToken = await emailedToken({ userId: staff.id }, "staff.invitation");
    const activationToken = await emailedToken({ email: citizenEmail }, "accountSecurity.confirmEmail");
    expect(await tablesContaining(invitationToken)).toEqual([]);
    expect(await tablesContaining(activationToken)).toEqual([]);
    const written = await db.emailOutbox.findMany({ where: { to: { in: [staff.email, citizenEmail] } } });
    expect(written).toHaveLength(2);
    for (const email of written) expect(email.text).not.toContain("token=");
    const notices = await db.notification.findMany({ where: { user: { email: { in: [staff.email, citizenEmail] } } } });
    for (const notice of notices) expect(notice.link ?? "").not.toContain("token=");

    // And the links the database does not hold work.
    await setPasswordFromLink({ token: invitationToken, password: PASSWORD, passwordConfirm: PASSWORD }, context);
    await confirmEmail({ token: activationToken }, context);
  });

  it("travel only in the email handed to SMTP, and the outbox then withholds them", async () => {
    const smtp = await fakeSmtpServer("no message is refused");
    try {
      const staff = await invite();
      await drainEmails(emailJobHandler({ smtpUrl: smtp.url, from: "SatuPintu <no-reply@test>", publicUrl: PUBLIC_URL }));
      const sent = smtp.accepted.find((message) => message.includes(staff.email)) ?? "";
      const token = /\/atur-sandi\?token=([\w-]+)/.exec(quotedPrintableDecoded(sent))?.[1];
      expect(token).toBeTruthy();
      expect(await tablesContaining(token!)).toEqual([]);

      const { rows } = await outbox(true);
      const row = rows.find((email) => email.to === staff.email)!;
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.text).toContain("(withheld)");
      expect(row.text).not.toContain("token=");

      await setPasswordFromLink({ token: token!, password: PASSWORD, passwordConfirm: PASSWORD }, context);
    } finally {
      await smtp.close();
    }
  });

  it("without SMTP, show in the admin's outbox while they work, each showing audited", async () => {
    const staff = await invite();
    await drainEmails(emailJobHandler({ from: "SatuPintu <no-reply@test>", publicUrl: PUBLIC_URL }));
    const token = await emailedToken({ userId: staff.id }, "staff.invitation");
    const shown = (await outbox(false)).rows.find((email) => email.to === staff.email)!;
    expect(shown.text).toContain(`${PUBLIC_URL}/atur-sandi?token=${token}`);
    expect(await db.auditEvent.count({ where: { action: "email.oneTimeLinkShown", entityId: shown.id, actorId: admin.id } })).toBe(1);

    await setPasswordFromLink({ token, password: PASSWORD, passwordConfirm: PASSWORD }, context);
    const afterUse = (await outbox(false)).rows.find((email) => email.to === staff.email)!;
    expect(afterUse.text).toContain("(stale)");
    expect(afterUse.text).not.toContain("token=");
    expect(await db.auditEvent.count({ where: { action: "email.oneTimeLinkShown", entityId: shown.id } })).toBe(1);
  });

  it("leave no unread notice behind once used, and the notice links to no token", async () => {
    const email = await register();
    const notice = await db.notification.findFirstOrThrow({ where: { user: { email }, messageKey: "accountSecurity.confirmEmail" } });
    expect(notice).toMatchObject({ readAt: null, link: null });
    await confirmEmail({ token: await emailedToken({ email }, "accountSecurity.confirmEmail") }, context);
    expect(await db.notification.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ readAt: expect.any(Date), link: null });
  });
});
