import "server-only";
import type { Db } from "./db";

const DAY_MS = 86_400_000;

/**
 * How long each table that only ever grows keeps its rows, and why
 * (issue 23, item 5). `prune` says what the portal deletes itself; a rule
 * without it is kept in the database and archived by the agency's records
 * office under its retention schedule (Jadwal Retensi Arsip, UU 43/2009
 * tentang Kearsipan and PP 28/2012), never deleted by the portal.
 * docs/retention.md is the operator's copy of this table.
 */
export type RetentionRule = { table: string; keep: string; basis: string; prune?: (db: Db, now: Date) => Promise<number> };

/** Finished jobs: kept a month for diagnosis; failed ones a quarter, long enough to find and replay what went wrong. */
export const JOB_DONE_KEEP_DAYS = 30;
export const JOB_FAILED_KEEP_DAYS = 90;
/** Sent emails carry addresses and names: kept a month to answer "did you send it?", then deleted. */
export const EMAIL_SENT_KEEP_DAYS = 30;
/** A notification that was read is history the citizen no longer needs after two years; unread ones stay. */
export const NOTIFICATION_READ_KEEP_DAYS = 730;
/** One-time links (confirmation, recovery) once expired or used: kept a week for support questions. */
export const ACCOUNT_TOKEN_KEEP_DAYS = 7;

/** A SNAP X-EXTERNAL-ID must be unique within a day; a week covers the day boundary and a bank's questions about its retries. */
export const SNAP_EXTERNAL_ID_KEEP_DAYS = 7;

/** A back-channel logout token is valid five minutes (LOGOUT_TOKEN_MAX_AGE_SECONDS); its id is kept a day, well past that, then let go. */
export const OIDC_LOGOUT_TOKEN_KEEP_DAYS = 1;

const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
const PDP = "UU 27/2022 (Pelindungan Data Pribadi): personal data are kept no longer than their purpose needs";
const ARCHIVE = "UU 43/2009 (Kearsipan), PP 28/2012: records of public service are archives, kept under the agency's retention schedule";

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    table: "AuditEvent",
    keep: "at least 10 years; never deleted by the portal (append-only by trigger and grants); partitioned by month, so a closed year can be detached and archived",
    basis: `${ARCHIVE}; PP 71/2019 (PSTE) asks electronic system operators to keep audit trails`,
  },
  { table: "AuditOverride", keep: "as long as the audit log it explains", basis: ARCHIVE },
  { table: "AuditAnchor", keep: "forever: a few rows a day, and what makes an old chain checkable", basis: ARCHIVE },
  { table: "ApplicationEvent", keep: "with its application: the case file's timeline", basis: ARCHIVE },
  { table: "ComplaintEvent", keep: "with its complaint", basis: `${ARCHIVE}; Perpres 76/2013 (pengelolaan pengaduan)` },
  {
    table: "Job",
    keep: `finished jobs ${JOB_DONE_KEEP_DAYS} days after completion, failed ones ${JOB_FAILED_KEEP_DAYS} days; pending and running ones until done`,
    basis: `${PDP}; a job is a technical step, not a record`,
    prune: async (db, now) =>
      (
        await db.job.deleteMany({
          where: {
            OR: [
              { status: "DONE", completedAt: { lt: before(now, JOB_DONE_KEEP_DAYS) } },
              { status: "FAILED", completedAt: { lt: before(now, JOB_FAILED_KEEP_DAYS) } },
            ],
          },
        })
      ).count,
  },
  {
    table: "EmailOutbox",
    keep: `sent emails ${EMAIL_SENT_KEEP_DAYS} days after sending; unsent ones until sent`,
    basis: PDP,
    prune: async (db, now) => (await db.emailOutbox.deleteMany({ where: { sentAt: { lt: before(now, EMAIL_SENT_KEEP_DAYS) } } })).count,
  },
  {
    table: "Notification",
    keep: `read notifications ${NOTIFICATION_READ_KEEP_DAYS} days after creation; unread ones until read (or the account is erased)`,
    basis: PDP,
    prune: async (db, now) =>
      (await db.notification.deleteMany({ where: { readAt: { not: null }, createdAt: { lt: before(now, NOTIFICATION_READ_KEEP_DAYS) } } })).count,
  },
  {
    table: "AccountToken",
    keep: `${ACCOUNT_TOKEN_KEEP_DAYS} days after it expired`,
    basis: PDP,
    prune: async (db, now) => (await db.accountToken.deleteMany({ where: { expiresAt: { lt: before(now, ACCOUNT_TOKEN_KEEP_DAYS) } } })).count,
  },
  {
    table: "SnapExternalId",
    keep: `${SNAP_EXTERNAL_ID_KEEP_DAYS} days after the request: SNAP asks an X-EXTERNAL-ID to be unique within one day`,
    basis: "Bank Indonesia SNAP (Standar Nasional Open API Pembayaran); the payment itself is kept as a Payment row",
    prune: async (db, now) => (await db.snapExternalId.deleteMany({ where: { createdAt: { lt: before(now, SNAP_EXTERNAL_ID_KEEP_DAYS) } } })).count,
  },
  {
    table: "OidcLogoutTokenSeen",
    keep: `${OIDC_LOGOUT_TOKEN_KEEP_DAYS} day after it was received: a logout token is valid five minutes, so an older one is refused by its age`,
    basis: "OpenID Connect Back-Channel Logout 1.0 (a token is delivered once); holds a provider's token id, no personal data",
    prune: async (db, now) => (await db.oidcLogoutTokenSeen.deleteMany({ where: { receivedAt: { lt: before(now, OIDC_LOGOUT_TOKEN_KEEP_DAYS) } } })).count,
  },
  { table: "RateLimitCounter, RateLimitSalt", keep: "until the window (the day, for salts) ends: swept hourly", basis: PDP },
  { table: "UserSession", keep: "until it expires or is signed out: swept by the session sweep", basis: PDP },
];

/** Deletes what every rule with a `prune` lets go of; the daily retention job (retention-jobs.ts). Returns rows deleted per table. */
export async function pruneExpiredHistory(db: Db, now = new Date()): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const rule of RETENTION_RULES) if (rule.prune) deleted[rule.table] = await rule.prune(db, now);
  return deleted;
}
