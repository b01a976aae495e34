import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { emailJobHandler, outboxIdForJob } from "@/lib/notifications/email";
import { EMAIL_QUEUE, notify } from "@/lib/notifications/notify";
import { listOutboxEmails } from "@/lib/notifications/outbox-queries";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { markNotificationsRead } from "@/lib/notifications/use-cases/mark-notifications-read";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { registerJobHandler, runDueJobs, type JobHandler } from "@/lib/platform/jobs";
import { actorFor } from "@/tests/fixtures/applications";
import { fakeSmtpServer } from "@/tests/fixtures/smtp";

const PUBLIC_URL = "https://satupintu.example.go.id";
const OUTBOX_LINKS = { smtpConfigured: false, publicUrl: PUBLIC_URL, withheld: "(withheld)", stale: "(stale)" };

async function createCitizen(locale: "id" | "en") {
  const user = await db.user.create({
    data: { email: `warga.${randomUUID()}@test.local`, name: "Warga Uji", passwordHash: "unused", roles: ["CITIZEN"], locale },
  });
  const actor: Actor = { kind: "user", id: user.id, name: user.name, email: user.email, roles: ["CITIZEN"], memberships: [] };
  return { user, actor };
}

async function drainEmails(handler: JobHandler): Promise<void> {
  registerJobHandler(EMAIL_QUEUE, handler);
  while ((await runDueJobs({ workerId: "test", queues: [EMAIL_QUEUE], limit: 20 })).claimed > 0);
}

function notifySubmitted(userId: string, trackingNumber: string) {
  return db.$transaction((tx) =>
    notify(tx, {
      userId,
      messageKey: "notification.applicationSubmitted",
      params: { trackingNumber, serviceName: "Akta Kelahiran", dueDate: "12 Mei 2026" },
      link: `/permohonan/${trackingNumber}`,
      email: true,
    }),
  );
}

describe("notifications", () => {
  it("keeps a rolled-back notification and its email out of the database", async () => {
    const { user } = await createCitizen("id");
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { userId: user.id, messageKey: "notification.applicationSubmitted", email: true });
        throw new Error("submission failed");
      }),
    ).rejects.toThrow("submission failed");
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
  });

  it("writes the email to the outbox in each user's language, once however often the job runs", async () => {
    const handler = emailJobHandler({ from: "SatuPintu <no-reply@test>", publicUrl: PUBLIC_URL });
    const english = await createCitizen("en");
    const indonesian = await createCitizen("id");
    const en = await notifySubmitted(english.user.id, "DISDUKCAPIL-2026-000101");
    await notifySubmitted(indonesian.user.id, "DISDUKCAPIL-2026-000102");

    await drainEmails(handler);

    const enMail = await db.emailOutbox.findFirstOrThrow({ where: { to: english.user.email } });
    expect(enMail.subject).toBe("Application DISDUKCAPIL-2026-000101 received");
    expect(enMail.text).toContain("Akta Kelahiran");
    expect(enMail.text).toContain("12 Mei 2026");
    expect(enMail.text).toContain(`${PUBLIC_URL}/permohonan/DISDUKCAPIL-2026-000101`);
    expect(enMail.text).not.toMatch(/\{\w+\}/);
    expect(enMail.sentAt).toBeNull();
    const idMail = await db.emailOutbox.findFirstOrThrow({ where: { to: indonesian.user.email } });
    expect(idMail.subject).toBe("Permohonan DISDUKCAPIL-2026-000102 diterima");
    expect(idMail.text).toContain("Perkiraan selesai: 12 Mei 2026");

    // Run the same job again, as a retry or a reclaimed job would.
    const job = await db.job.findUniqueOrThrow({ where: { dedupeKey: `${EMAIL_QUEUE}:notification:${en.id}` } });
    expect(enMail.id).toBe(outboxIdForJob(job.id));
    await db.job.update({ where: { id: job.id }, data: { status: "PENDING", runAt: new Date(0) } });
    await drainEmails(handler);
    await handler(job.payload as { notificationId: string }, { jobId: job.id, attempt: 9, workerId: "again" });
    expect(await db.emailOutbox.count({ where: { to: english.user.email } })).toBe(1);
  });

  it("sends through SMTP, retries a refused send, and never sends a delivered email twice", async () => {
    const { user } = await createCitizen("id");
    const smtp = await fakeSmtpServer(user.email);
    const mine = () => smtp.accepted.filter((message) => message.includes(user.email));
    try {
      const handler = emailJobHandler({ smtpUrl: smtp.url, from: "SatuPintu <no-reply@test>", publicUrl: PUBLIC_URL });
      const { id } = await notifySubmitted(user.id, "DPMPTSP-2026-000007");
      const job = await db.job.findUniqueOrThrow({ where: { dedupeKey: `${EMAIL_QUEUE}:notification:${id}` } });

      await drainEmails(handler);
      expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(mine()).toHaveLength(0);
      expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: outboxIdForJob(job.id) } })).toMatchObject({ sentAt: null });

      await db.job.update({ where: { id: job.id }, data: { runAt: new Date(0) } });
      await drainEmails(handler);
      expect(mine()).toHaveLength(1);
      expect(mine()[0]).toContain("Subject: Permohonan DPMPTSP-2026-000007 diterima");
      const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: outboxIdForJob(job.id) } });
      expect(row.sentAt).toBeInstanceOf(Date);

      await handler(job.payload as { notificationId: string }, { jobId: job.id, attempt: 3, workerId: "again" });
      expect(mine()).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("lists a user's notifications newest first, page by page, with the unread count", async () => {
    const { user } = await createCitizen("id");
    const other = await createCitizen("id");
    for (let i = 1; i <= 5; i++) {
      await db.$transaction((tx) =>
        notify(tx, { userId: user.id, messageKey: "notification.applicationStatusChanged", params: { trackingNumber: `T-${i}`, status: "x" } }),
      );
    }
    await db.$transaction((tx) => notify(tx, { userId: other.user.id, messageKey: "notifications.title" }));

    const first = await listNotifications(user.id, { limit: 2 });
    const second = await listNotifications(user.id, { limit: 2, cursor: first.nextCursor });
    const third = await listNotifications(user.id, { limit: 2, cursor: second.nextCursor });
    const numbers = [...first.items, ...second.items, ...third.items].map((n) => n.params.trackingNumber);
    expect(numbers).toEqual(["T-5", "T-4", "T-3", "T-2", "T-1"]);
    expect(third.nextCursor).toBeNull();
    expect(await unreadCount(user.id)).toBe(5);
  });

  it("lets users mark only their own notifications read", async () => {
    const owner = await createCitizen("id");
    const intruder = await createCitizen("id");
    const ids: string[] = [];
    for (const trackingNumber of ["A-1", "A-2", "A-3"]) {
      ids.push((await notifySubmitted(owner.user.id, trackingNumber)).id);
    }
    const intrudersOwn = (await notifySubmitted(intruder.user.id, "B-1")).id;

    const refusal = await markNotificationsRead(intruder.actor, [intrudersOwn, ids[0]!]).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("NOT_FOUND");
    await expect(markNotificationsRead({ kind: "anonymous" }, "all")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await unreadCount(owner.user.id)).toBe(3);
    expect(await unreadCount(intruder.user.id)).toBe(1);

    expect(await markNotificationsRead(owner.actor, [ids[0]!, ids[0]!])).toEqual({ updated: 1 });
    expect(await unreadCount(owner.user.id)).toBe(2);
    expect(await markNotificationsRead(intruder.actor, "all")).toEqual({ updated: 1 });
    expect(await unreadCount(owner.user.id)).toBe(2);
    expect(await markNotificationsRead(owner.actor, "all")).toEqual({ updated: 2 });
    expect(await unreadCount(owner.user.id)).toBe(0);
  });

  it("shows the email outbox to admins only", async () => {
    const { user } = await createCitizen("id");
    await notifySubmitted(user.id, `OUTBOX-${randomUUID().slice(0, 6)}`);
    await drainEmails(emailJobHandler({ from: "SatuPintu <no-reply@test.local>", publicUrl: PUBLIC_URL }));
    // A real admin: showing a pending one-time link (another test's, say) is audited under the admin's id.
    const admin = await actorFor({ email: "admin@harapanjaya.go.id" });
    const { rows } = await listOutboxEmails(admin, null, OUTBOX_LINKS);
    expect(rows.some((row) => row.to === user.email && row.sentAt === null)).toBe(true);

    const officer: Actor = { kind: "user", id: "officer", name: "Petugas", email: "p@test.local", roles: ["OFFICER"], memberships: [] };
    await expect(listOutboxEmails(officer, null, OUTBOX_LINKS)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { actor: citizen } = await createCitizen("en");
    await expect(listOutboxEmails(citizen, null, OUTBOX_LINKS)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
