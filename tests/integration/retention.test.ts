import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { JOB_DONE_KEEP_DAYS, pruneExpiredHistory, RETENTION_RULES } from "@/lib/platform/retention";
import { createCitizen } from "@/tests/fixtures/applications";

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

describe("bounded history: what the daily retention job deletes, and what it keeps (issue 23, item 5)", () => {
  it("deletes finished jobs, sent emails, and old read notifications past their retention, and keeps everything else", async () => {
    const queue = `test.retention.${randomUUID()}`;
    const job = (status: "PENDING" | "DONE" | "FAILED", completedDaysAgo: number | null) =>
      db.job.create({ data: { queue, payload: {}, status, completedAt: completedDaysAgo === null ? null : daysAgo(completedDaysAgo) } });
    const [oldDone, recentDone, oldFailed, failedInQuarter, pending] = await Promise.all([
      job("DONE", JOB_DONE_KEEP_DAYS + 1),
      job("DONE", 1),
      job("FAILED", 91),
      job("FAILED", 60),
      job("PENDING", null),
    ]);
    const email = (sentDaysAgo: number | null) =>
      db.emailOutbox.create({ data: { to: "warga@example.test", subject: "s", text: "t", sentAt: sentDaysAgo === null ? null : daysAgo(sentDaysAgo) } });
    const [oldSent, recentSent, unsent] = await Promise.all([email(31), email(2), email(null)]);
    const citizen = await createCitizen();
    const note = (readDaysAgo: number | null, createdDaysAgo: number) =>
      db.notification.create({
        data: {
          userId: citizen.actor.id,
          messageKey: "notification.applicationInReview",
          readAt: readDaysAgo === null ? null : daysAgo(readDaysAgo),
          createdAt: daysAgo(createdDaysAgo),
        },
      });
    const [oldRead, oldUnread, recentRead] = await Promise.all([note(800, 800), note(null, 800), note(1, 10)]);

    const deleted = await pruneExpiredHistory(db, now);
    expect(deleted.Job).toBeGreaterThanOrEqual(2);

    const remainingJobs = new Set((await db.job.findMany({ where: { queue }, select: { id: true } })).map((row) => row.id));
    expect(remainingJobs).toEqual(new Set([recentDone.id, failedInQuarter.id, pending.id]));
    expect(remainingJobs.has(oldDone.id) || remainingJobs.has(oldFailed.id)).toBe(false);
    const remainingEmails = await db.emailOutbox.findMany({ where: { id: { in: [oldSent.id, recentSent.id, unsent.id] } }, select: { id: true } });
    expect(remainingEmails.map((row) => row.id).sort()).toEqual([recentSent.id, unsent.id].sort());
    const remainingNotes = await db.notification.findMany({ where: { userId: citizen.actor.id }, select: { id: true } });
    expect(remainingNotes.map((row) => row.id).sort()).toEqual([oldUnread.id, recentRead.id].sort());
    expect(remainingNotes.some((row) => row.id === oldRead.id)).toBe(false);
  });

  it("never prunes the audit log or a case's timeline: those rules name an archive, not a deletion", () => {
    const kept = RETENTION_RULES.filter((rule) => ["AuditEvent", "AuditOverride", "AuditAnchor", "ApplicationEvent", "ComplaintEvent"].includes(rule.table));
    expect(kept).toHaveLength(5);
    for (const rule of kept) {
      expect(rule.prune).toBeUndefined();
      expect(rule.basis).toMatch(/UU 43\/2009/);
    }
  });
});
