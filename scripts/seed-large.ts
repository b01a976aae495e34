/**
 * `npm run db:seed:large`: two years of a busy city on top of the demo seed,
 * for the dashboard benchmark (bench/dashboard.bench.ts) and for trying the
 * transparency dashboard on realistic volumes.
 *
 *   1,000,000 applications across every published service (population
 *   records heaviest, tourism lightest), spread over ~2 years with growth
 *   toward today; the older ones finished (completed, rejected, withdrawn),
 *   the recent ones in every open state, some late and breached;
 *   200,000 complaints (no whistleblowing reports among the public kinds'
 *   figures), most answered within their time limit; survey responses for
 *   about a third of completed applications and a fifth of closed complaints.
 *
 * Everything is generated inside PostgreSQL with INSERT … SELECT over
 * generate_series (a fixed random seed, so two runs give the same data), then
 * the dashboard rollups are rebuilt in full. Rows it creates have ids
 * starting with "lgx_", and a second run first removes the previous ones.
 *
 * Needs a real PostgreSQL server in DATABASE_URL: the embedded database is
 * one session and far too slow for this. Sizes can be lowered for a quick
 * try: SEED_LARGE_APPLICATIONS, SEED_LARGE_COMPLAINTS, SEED_LARGE_DAYS.
 */
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";

// The app modules used below insist on a secret; nothing this script writes depends on its value.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
const env = process.env;

const APPLICATIONS = Number(process.env.SEED_LARGE_APPLICATIONS ?? 1_000_000);
const COMPLAINTS = Number(process.env.SEED_LARGE_COMPLAINTS ?? 200_000);
const DAYS = Number(process.env.SEED_LARGE_DAYS ?? 730);
const CITIZENS = Math.max(100, Math.min(50_000, Math.round(APPLICATIONS / 25)));
const EXTRA_OFFICERS_PER_AGENCY = 4;
const WORKERS = 2;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[${elapsed()}] ${message}`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const since = performance.now();
  const result = await run();
  log(`${label} (${((performance.now() - since) / 1000).toFixed(1)} s)`);
  return result;
}

function runProjectScript(args: string[]) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...env, DATABASE_URL: process.env.DATABASE_URL } });
  if (result.status !== 0) fail(`node ${args.join(" ")} failed`);
}

/** Agency weights: how much of the city's demand each agency carries. */
const AGENCY_WEIGHT_SQL = `CASE a."code"
  WHEN 'DISDUKCAPIL' THEN 10 WHEN 'POLRES' THEN 7 WHEN 'DPMPTSP' THEN 5 WHEN 'BAPENDA' THEN 3
  WHEN 'DINSOS' THEN 3 WHEN 'DINKES' THEN 2 WHEN 'DPUPR' THEN 2 ELSE 1 END`;

async function removePrevious(client: pg.Client) {
  await client.query(`DELETE FROM "SurveyResponse" WHERE "id" LIKE 'lgx\\_%'`);
  await client.query(`DELETE FROM "Complaint" WHERE "id" LIKE 'lgx\\_%'`);
  await client.query(`DELETE FROM "Application" WHERE "id" LIKE 'lgx\\_%'`);
  await client.query(`DELETE FROM "User" WHERE "id" LIKE 'lgx\\_%'`);
}

async function createPeople(client: pg.Client, passwordHash: string) {
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "roles", "createdAt", "updatedAt")
     SELECT 'lgx_c_' || g, 'warga' || g || '@besar.warga.test',
       (ARRAY['Siti','Budi','Dewi','Agus','Rina','Joko','Putri','Andi','Sri','Hendra','Wulan','Bayu'])[1 + g % 12] || ' ' ||
       (ARRAY['Rahayu','Santoso','Lestari','Wijaya','Hidayat','Kusuma','Pratama','Saputra','Nugroho','Permata'])[1 + (g / 12) % 10],
       $1, ARRAY['CITIZEN']::"Role"[], now() - interval '800 days', now() - interval '800 days'
     FROM generate_series(1, $2::int) g`,
    [passwordHash, CITIZENS],
  );
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "roles", "createdAt", "updatedAt")
     SELECT 'lgx_o_' || a."code" || '_' || k, 'petugas' || k || '.' || lower(a."code") || '@besar.harapanjaya.go.id',
       'Petugas ' || k || ' ' || a."code", $1, ARRAY['OFFICER']::"Role"[], now() - interval '800 days', now() - interval '800 days'
     FROM "Agency" a, generate_series(1, $2::int) k`,
    [passwordHash, EXTRA_OFFICERS_PER_AGENCY],
  );
  await client.query(
    `INSERT INTO "AgencyMembership" ("userId", "agencyId", "role")
     SELECT 'lgx_o_' || a."code" || '_' || k, a."id", 'OFFICER' FROM "Agency" a, generate_series(1, $1::int) k`,
    [EXTRA_OFFICERS_PER_AGENCY],
  );
}

async function createLookupTables(client: pg.Client) {
  await client.query(`DROP TABLE IF EXISTS lg_service, lg_officer`);
  await client.query(`
    CREATE TEMP TABLE lg_service AS
    WITH s AS (
      SELECT s."id" AS service_id, s."agencyId" AS agency_id, s."currentVersionId" AS version_id, v."slaWorkingDays" AS sla_days, a."code" AS code,
        (${AGENCY_WEIGHT_SQL}) * (1 + (row_number() OVER (PARTITION BY a."id" ORDER BY s."slug") % 3)) AS weight
      FROM "Service" s JOIN "Agency" a ON a."id" = s."agencyId" JOIN "ServiceStandardVersion" v ON v."id" = s."currentVersionId"
      WHERE s."status" = 'PUBLISHED'
    )
    SELECT s.*,
      (sum(weight) OVER (ORDER BY service_id) - weight)::float8 / sum(weight) OVER () AS lo,
      CASE WHEN row_number() OVER (ORDER BY service_id DESC) = 1 THEN 2.0 ELSE sum(weight) OVER (ORDER BY service_id)::float8 / sum(weight) OVER () END AS hi,
      3.0 + (abs(hashtext(service_id)) % 60) / 100.0 AS quality,
      (SELECT count(*) FROM "AgencyMembership" m WHERE m."agencyId" = s.agency_id AND m."role" = 'OFFICER')::int AS officer_count
    FROM s`);
  await client.query(`
    CREATE TEMP TABLE lg_officer AS
    SELECT "agencyId" AS agency_id, (row_number() OVER (PARTITION BY "agencyId" ORDER BY "userId") - 1)::int AS k, "userId" AS user_id
    FROM "AgencyMembership" WHERE "role" = 'OFFICER'`);
  await client.query(`ANALYZE lg_service; ANALYZE lg_officer`);
  const { rows } = await client.query<{ n: number; without: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE officer_count = 0)::int AS without FROM lg_service`,
  );
  if (!rows[0] || rows[0].n === 0) fail("No published services: run `npm run db:seed` first.");
  if (rows[0].without > 0) fail("Every agency needs an officer: run `npm run db:seed` first.");
}

/**
 * Applications. Each gets a service (weighted), a submission time (more
 * toward today), a processing time around its service's limit (most within
 * it, some late), and from those its state today.
 */
async function createApplications(client: pg.Client, citizens: number, worker: number, workers: number) {
  await client.query(
    `
    INSERT INTO "Application" ("id", "trackingNumber", "citizenId", "serviceId", "standardVersionId", "agencyId", "status",
      "submittedAt", "dueAt", "pauseStartedAt", "decidedAt", "completedAt", "assignedOfficerId", "claimedAt", "breachRecordedAt",
      "version", "createdAt", "updatedAt")
    WITH base AS (
      SELECT g, random() AS rs, random() AS rp, random() AS ro, random() AS rst, random() AS rofc, random() AS rcit, random() AS rpause,
        now() - ($2::float8 * power(random(), 1.25)) * interval '1 day' AS submitted_at
      FROM generate_series(1 + $4::int, $1::int, $5::int) g
    ), timed AS (
      SELECT b.*, s.service_id, s.agency_id, s.version_id, s.code, s.officer_count,
        -- Office close (16:00 WIB) about sla_days working days on.
        date_trunc('day', b.submitted_at + interval '7 hours' + make_interval(days => ceil(s.sla_days * 1.4)::int)) + interval '9 hours' AS due_at,
        b.submitted_at + (s.sla_days * 1.4 * (0.12 + power(b.rp, 1.7) * 1.2) + 0.05) * interval '1 day' AS finish_at
      FROM base b JOIN lg_service s ON b.rs >= s.lo AND b.rs < s.hi
    ), shaped AS (
      SELECT t.*,
        CASE WHEN t.finish_at > now() THEN
          CASE WHEN now() - t.submitted_at < (t.finish_at - t.submitted_at) * 0.2 THEN 'SUBMITTED'
               WHEN now() - t.submitted_at > (t.finish_at - t.submitted_at) * 0.85 THEN 'APPROVED'
               WHEN t.rst < 0.12 THEN 'NEEDS_CORRECTION' ELSE 'IN_REVIEW' END
        ELSE CASE WHEN t.ro < 0.04 THEN 'WITHDRAWN' WHEN t.ro < 0.12 THEN 'REJECTED' ELSE 'COMPLETED' END
        END AS status
      FROM timed t
    ), final AS (
      SELECT sh.*, o.user_id AS officer_id,
        CASE WHEN sh.status IN ('SUBMITTED', 'WITHDRAWN') THEN NULL ELSE sh.submitted_at + (sh.finish_at - sh.submitted_at) * 0.15 END AS claimed_at,
        CASE sh.status WHEN 'COMPLETED' THEN sh.finish_at - (sh.finish_at - sh.submitted_at) * 0.08 WHEN 'REJECTED' THEN sh.finish_at
          WHEN 'APPROVED' THEN greatest(sh.submitted_at, now() - interval '6 hours' * sh.rpause) END AS decided_at,
        CASE WHEN sh.status = 'COMPLETED' THEN sh.finish_at END AS completed_at,
        CASE WHEN sh.status = 'NEEDS_CORRECTION' THEN greatest(sh.submitted_at, now() - interval '3 days' * sh.rpause) END AS pause_at,
        CASE WHEN sh.status IN ('COMPLETED', 'REJECTED') AND sh.finish_at > sh.due_at THEN sh.due_at + interval '5 minutes'
             WHEN sh.status IN ('SUBMITTED', 'IN_REVIEW', 'APPROVED') AND now() > sh.due_at THEN sh.due_at + interval '5 minutes' END AS breach_at,
        CASE WHEN sh.status = 'WITHDRAWN' THEN sh.submitted_at + (sh.finish_at - sh.submitted_at) * 0.3 END AS withdrawn_at
      FROM shaped sh LEFT JOIN lg_officer o ON o.agency_id = sh.agency_id AND o.k = floor(sh.rofc * sh.officer_count)::int
    )
    SELECT 'lgx_a_' || f.g,
      f.code || '-' || to_char(f.submitted_at AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' ||
        -- Workers number in turns (serial ≡ worker mod workers), so their numbers never meet.
        lpad((300000 + $5::int * row_number() OVER (PARTITION BY f.agency_id, to_char(f.submitted_at AT TIME ZONE 'Asia/Jakarta', 'YYYY') ORDER BY f.g) + $4::int)::text, 6, '0'),
      'lgx_c_' || (1 + floor(f.rcit * $3::int))::int, f.service_id, f.version_id, f.agency_id, f.status::"ApplicationStatus",
      f.submitted_at, f.due_at, f.pause_at, f.decided_at, f.completed_at,
      CASE WHEN f.claimed_at IS NULL THEN NULL ELSE f.officer_id END, f.claimed_at,
      CASE WHEN f.breach_at <= now() THEN f.breach_at END,
      CASE f.status WHEN 'SUBMITTED' THEN 1 WHEN 'IN_REVIEW' THEN 2 WHEN 'NEEDS_CORRECTION' THEN 3 WHEN 'APPROVED' THEN 3 ELSE 4 END,
      f.submitted_at - interval '30 minutes' * f.rst,
      LEAST(now(), GREATEST(f.submitted_at, f.claimed_at, f.decided_at, f.completed_at, f.pause_at, CASE WHEN f.breach_at <= now() THEN f.breach_at END, f.withdrawn_at))
    FROM final f`,
    [APPLICATIONS, DAYS, citizens, worker, workers],
  );
}

/** Numbers handed out from now on continue after the seeded ones. */
async function advanceTrackingCounters(client: pg.Client) {
  await client.query(`
    INSERT INTO "TrackingCounter" ("agencyId", "year", "lastValue")
    SELECT "agencyId", split_part("trackingNumber", '-', 2)::int, max(split_part("trackingNumber", '-', 3)::int)
    FROM "Application" WHERE "id" LIKE 'lgx\\_a\\_%' GROUP BY 1, 2
    ON CONFLICT ("agencyId", "year") DO UPDATE SET "lastValue" = GREATEST("TrackingCounter"."lastValue", EXCLUDED."lastValue")`);
}

/** Complaints: most name an agency and many a service; most are answered in time, some late, a few still waiting. */
async function createComplaints(client: pg.Client, citizens: number, worker: number, workers: number) {
  await client.query(
    `
    INSERT INTO "Complaint" ("id", "trackingCode", "trackingSecretHash", "kind", "identityMode", "status", "filerId",
      "agencyId", "serviceId", "category", "title", "body", "dueAt", "respondedAt", "closedAt", "response", "rejectionReason",
      "createdAt", "updatedAt")
    WITH base AS (
      SELECT g, random() AS rk, random() AS rid, random() AS rs, random() AS rsvc, random() AS rresp, random() AS rrej, random() AS rcit, random() AS rcat,
        now() - ($2::float8 * power(random(), 1.25)) * interval '1 day' AS created_at
      FROM generate_series(1 + $4::int, $1::int, $5::int) g
    ), placed AS (
      SELECT b.*, s.agency_id, CASE WHEN b.rsvc < 0.7 THEN s.service_id END AS service_id,
        CASE WHEN b.rk < 0.80 THEN 'COMPLAINT' WHEN b.rk < 0.90 THEN 'ASPIRATION' WHEN b.rk < 0.98 THEN 'INFORMATION_REQUEST' ELSE 'WHISTLEBLOWING' END AS kind,
        CASE WHEN b.rid < 0.6 THEN 'PUBLIC' WHEN b.rid < 0.85 THEN 'CONFIDENTIAL' ELSE 'ANONYMOUS' END AS identity_mode,
        date_trunc('day', b.created_at + interval '7 hours' + interval '11 days') + interval '9 hours' AS due_at,
        b.created_at + (0.2 + power(b.rresp, 1.5) * 16) * interval '1 day' AS respond_at
      FROM base b LEFT JOIN lg_service s ON b.rs >= s.lo AND b.rs < s.hi AND b.rsvc < 0.93
    ), shaped AS (
      SELECT p.*,
        CASE WHEN p.rrej < 0.03 THEN 'REJECTED'
             WHEN p.respond_at <= now() AND p.respond_at + interval '10 days' <= now() THEN 'CLOSED'
             WHEN p.respond_at <= now() THEN 'RESPONDED'
             WHEN now() - p.created_at < interval '1 day' THEN 'RECEIVED'
             WHEN now() - p.created_at < interval '3 days' THEN 'VERIFIED'
             WHEN p.agency_id IS NULL THEN 'VERIFIED'
             WHEN now() - p.created_at < interval '5 days' THEN 'ROUTED'
             ELSE 'IN_PROGRESS' END AS status
      FROM placed p
    )
    SELECT 'lgx_k_' || s.g, 'ADU-LGX-' || lpad(s.g::text, 7, '0'), 'seeded-no-secret',
      s.kind::"ComplaintKind", s.identity_mode::"IdentityMode", s.status::"ComplaintStatus",
      CASE WHEN s.identity_mode = 'ANONYMOUS' THEN NULL ELSE 'lgx_c_' || (1 + floor(s.rcit * $3::int))::int END,
      s.agency_id, s.service_id,
      (ARRAY['waktu_layanan', 'persyaratan', 'sikap_petugas', 'biaya', 'sarana', 'lainnya'])[1 + floor(s.rcat * 6)::int],
      (ARRAY['Permohonan belum selesai melewati jangka waktu', 'Persyaratan berbeda dengan yang diumumkan', 'Petugas kurang ramah',
             'Diminta biaya di luar ketentuan', 'Antrean dan ruang tunggu penuh', 'Pertanyaan tentang layanan'])[1 + floor(s.rcat * 6)::int],
      'Laporan contoh dari data uji berskala besar.',
      CASE WHEN s.status = 'REJECTED' THEN NULL ELSE s.due_at END,
      CASE WHEN s.status IN ('RESPONDED', 'CLOSED') THEN s.respond_at END,
      CASE WHEN s.status = 'CLOSED' THEN s.respond_at + interval '10 days'
           WHEN s.status = 'REJECTED' THEN s.created_at + interval '2 days' END,
      CASE WHEN s.status IN ('RESPONDED', 'CLOSED') THEN 'Terima kasih atas laporan Anda; tindak lanjut telah kami lakukan.' END,
      CASE WHEN s.status = 'REJECTED' THEN 'Laporan tidak memuat informasi yang cukup untuk ditindaklanjuti.' END,
      s.created_at,
      LEAST(now(), GREATEST(s.created_at,
        CASE WHEN s.status IN ('RESPONDED', 'CLOSED') THEN s.respond_at END,
        CASE WHEN s.status = 'CLOSED' THEN s.respond_at + interval '10 days' WHEN s.status = 'REJECTED' THEN s.created_at + interval '2 days' END))
    FROM shaped s`,
    [COMPLAINTS, DAYS, citizens, worker, workers],
  );
}

/** Surveys: a third of completed applications, scores around each service's quality (complaints are rated once, on the complaint). */
async function createSurveys(client: pg.Client, worker: number, workers: number) {
  const slice = (column: string) => `mod(abs(hashtext(${column})), ${workers}) = ${worker}`;
  const score = (bias: string) => `least(4, greatest(1, round(q + ${bias} + (random() - 0.5) * 1.9)))::int`;
  await client.query(`
    INSERT INTO "SurveyResponse" ("id", "applicationId", "respondentId", "serviceId", "agencyId",
      "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "comment", "submittedAt", "updatedAt")
    SELECT 'lgx_s_' || x.id, x.id, x."citizenId", x."serviceId", x."agencyId",
      ${score("0.05")}, ${score("0")}, ${score("x.late")}, ${score("0.45")}, ${score("0.1")}, ${score("0.05")}, ${score("0.1")}, ${score("-0.25")}, ${score("-0.05")},
      CASE WHEN x.rc < 0.04 THEN (ARRAY['Pelayanan cepat dan ramah.', 'Prosesnya jelas, terima kasih.', 'Mohon kabar status lebih sering.',
        'Verifikasi berkas agak lama.', 'Petugas sangat membantu.'])[1 + floor(x.rc * 125)::int] END,
      x.at, x.at
    FROM (
      SELECT a."id", a."citizenId", a."serviceId", a."agencyId", s.quality AS q, random() AS rc,
        CASE WHEN a."completedAt" > a."dueAt" THEN -0.7 ELSE -0.1 END AS late,
        LEAST(now(), a."completedAt" + interval '3 days' * power(random(), 2)) AS at
      FROM "Application" a JOIN lg_service s ON s.service_id = a."serviceId"
      WHERE a."id" LIKE 'lgx\\_a\\_%' AND a."status" = 'COMPLETED' AND ${slice('a."id"')} AND random() < 0.34
    ) x`);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) fail("db:seed:large needs DATABASE_URL pointing at a PostgreSQL server (the embedded database is too small for it).");
  log(
    `target: ${url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@")}; ${APPLICATIONS.toLocaleString("en")} applications, ${COMPLAINTS.toLocaleString("en")} complaints over ${DAYS} days`,
  );

  runProjectScript(["scripts/db.mjs", "migrate"]);
  runProjectScript(["scripts/db.mjs", "seed"]);

  const { hashPassword } = await import("../lib/identity/password-hash");
  // One real hash of a password nobody knows: the generated accounts exist but cannot sign in.
  const passwordHash = await hashPassword(`${randomUUID()}${randomUUID()}`);

  // Two sessions share the generation (the server has two cores to give); each one has its own seed.
  const sessions = await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      const session = new pg.Client({ connectionString: url });
      await session.connect();
      await session.query(`SET synchronous_commit = off`);
      await session.query(`SET work_mem = '256MB'`);
      // Compiling these one-off statements costs more than it saves.
      await session.query(`SET jit = off`);
      await session.query(`SELECT setseed($1)`, [0.2026 + worker / 100]);
      return session;
    }),
  );
  const client = sessions[0]!;
  const inParallel = (work: (session: pg.Client, worker: number) => Promise<unknown>) => Promise.all(sessions.map((session, worker) => work(session, worker)));
  try {
    await step("removed rows of an earlier run", () => removePrevious(client));
    await step(`created ${CITIZENS.toLocaleString("en")} citizens and ${EXTRA_OFFICERS_PER_AGENCY} officers per agency`, () =>
      createPeople(client, passwordHash),
    );
    await step("prepared service weights", () => inParallel((session) => createLookupTables(session)));
    await step(`inserted ${APPLICATIONS.toLocaleString("en")} applications`, () =>
      inParallel((session, worker) => createApplications(session, CITIZENS, worker, WORKERS)),
    );
    await advanceTrackingCounters(client);
    await step(`inserted ${COMPLAINTS.toLocaleString("en")} complaints`, () =>
      inParallel((session, worker) => createComplaints(session, CITIZENS, worker, WORKERS)),
    );
    await step("inserted survey responses", () => inParallel((session, worker) => createSurveys(session, worker, WORKERS)));
    // VACUUM, not only ANALYZE: it sets the visibility map, so counts read the indexes alone (index-only
    // scans), as they do in production once autovacuum has passed. One statement per table: VACUUM
    // cannot run inside the implicit transaction of a multi-statement query.
    await step("vacuumed and analyzed", () =>
      inParallel(async (session, worker) => {
        for (const table of ["Application", "Complaint", "SurveyResponse", "User"].filter((_, index) => index % WORKERS === worker)) {
          await session.query(`VACUUM (ANALYZE) "${table}"`);
        }
      }),
    );
    const { rows } = await client.query<{ status: string; n: number }>(
      `SELECT "status"::text, count(*)::int AS n FROM "Application" WHERE "id" LIKE 'lgx\\_a\\_%' GROUP BY 1 ORDER BY 2 DESC`,
    );
    log(`applications by status: ${rows.map((row) => `${row.status} ${row.n.toLocaleString("en")}`).join(", ")}`);
    const surveys = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SurveyResponse" WHERE "id" LIKE 'lgx\\_%'`);
    log(`survey responses: ${surveys.rows[0]?.n.toLocaleString("en")}`);
  } finally {
    await Promise.all(sessions.map((session) => session.end()));
  }

  const { refreshDashboard } = await import("../lib/dashboard/refresh");
  const summary = await step("rebuilt the dashboard rollups", () => refreshDashboard({ full: true, log: (message) => log(`  ${message}`) }));
  log(
    `rollups: ${summary.applications.toLocaleString("en")} applications, ${summary.surveys.toLocaleString("en")} surveys, ${summary.complaints.toLocaleString("en")} complaints read; ${summary.openApplications.toLocaleString("en")} open`,
  );
  const { db } = await import("../lib/platform/db");
  await db.$disconnect();
  log("done");
}

await main();
