/**
 * The history generator shared by the demo start (prisma/seed/history) and
 * the million-application bench seed (scripts/seed-large.ts): citizens,
 * applications, complaints and survey answers of a busy city, generated
 * inside PostgreSQL with INSERT … SELECT over generate_series.
 *
 * Deterministic: every random draw is PostgreSQL's random() after the caller's
 * `SELECT setseed(…)` on the same session, every ordering is by stable keys
 * (slugs, e-mail addresses, generated ids; never the random cuids of the
 * catalog), and "today" is the plan's `anchor`, never the clock. The same
 * catalog, plan and seed give the same rows.
 */
import type pg from "pg";

export type HistoryPlan = {
  /** Lower-case letters: ids start with "<prefix>_" so a later run can remove them. */
  prefix: string;
  /** "Today" for the generated history: nothing happens after it. */
  anchor: Date;
  days: number;
  applications: number;
  complaints: number;
  citizens: number;
  /** Sessions generating in parallel share the series in turns (worker of workers). */
  worker: number;
  workers: number;
};

function checkedPrefix(plan: Pick<HistoryPlan, "prefix">): string {
  if (!/^[a-z]+$/.test(plan.prefix)) throw new Error(`history prefix must be lower-case letters, got "${plan.prefix}"`);
  return plan.prefix;
}

/** A LIKE pattern for the ids of one kind of row ("a" applications, "c" citizens, "k" complaints, "s" surveys). */
export function historyIdPattern(plan: Pick<HistoryPlan, "prefix">, kind?: "a" | "c" | "k" | "s" | "o"): string {
  return `${checkedPrefix(plan)}\\_${kind ? `${kind}\\_` : ""}%`;
}

/** Agency weights: how much of the city's demand each agency carries. */
const AGENCY_WEIGHT_SQL = `CASE a."code"
  WHEN 'DISDUKCAPIL' THEN 10 WHEN 'POLRES' THEN 7 WHEN 'DPMPTSP' THEN 5 WHEN 'BAPENDA' THEN 3
  WHEN 'DINSOS' THEN 3 WHEN 'DINKES' THEN 2 WHEN 'DPUPR' THEN 2 ELSE 1 END`;

export async function removeHistory(client: pg.Client, plan: Pick<HistoryPlan, "prefix">) {
  const any = historyIdPattern(plan);
  await client.query(`DELETE FROM "SurveyResponse" WHERE "id" LIKE $1`, [any]);
  await client.query(`DELETE FROM "Complaint" WHERE "id" LIKE $1`, [any]);
  await client.query(`DELETE FROM "Application" WHERE "id" LIKE $1`, [any]);
  await client.query(`DELETE FROM "AgencyMembership" WHERE "userId" LIKE $1`, [any]);
  await client.query(`DELETE FROM "User" WHERE "id" LIKE $1`, [any]);
}

/** Citizens "<prefix>_c_<n>" (they cannot sign in: `passwordHash` is of a password nobody knows), and optionally extra officers. */
export async function createPeople(client: pg.Client, plan: HistoryPlan, passwordHash: string, extraOfficersPerAgency = 0) {
  const prefix = checkedPrefix(plan);
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "roles", "createdAt", "updatedAt")
     SELECT '${prefix}_c_' || g, 'warga' || g || '@${prefix}.warga.test',
       (ARRAY['Siti','Budi','Dewi','Agus','Rina','Joko','Putri','Andi','Sri','Hendra','Wulan','Bayu'])[1 + g % 12] || ' ' ||
       (ARRAY['Rahayu','Santoso','Lestari','Wijaya','Hidayat','Kusuma','Pratama','Saputra','Nugroho','Permata'])[1 + (g / 12) % 10],
       $1, ARRAY['CITIZEN']::"Role"[], $3::timestamptz - ($4::int + 30) * interval '1 day', $3::timestamptz - ($4::int + 30) * interval '1 day'
     FROM generate_series(1, $2::int) g`,
    [passwordHash, plan.citizens, plan.anchor, plan.days],
  );
  if (extraOfficersPerAgency === 0) return;
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "roles", "createdAt", "updatedAt")
     SELECT '${prefix}_o_' || a."code" || '_' || k, 'petugas' || k || '.' || lower(a."code") || '@${prefix}.harapanjaya.go.id',
       'Petugas ' || k || ' ' || a."code", $1, ARRAY['OFFICER']::"Role"[], $3::timestamptz - ($4::int + 30) * interval '1 day', $3::timestamptz - ($4::int + 30) * interval '1 day'
     FROM "Agency" a, generate_series(1, $2::int) k`,
    [passwordHash, extraOfficersPerAgency, plan.anchor, plan.days],
  );
  await client.query(
    `INSERT INTO "AgencyMembership" ("userId", "agencyId", "role")
     SELECT '${prefix}_o_' || a."code" || '_' || k, a."id", 'OFFICER' FROM "Agency" a, generate_series(1, $1::int) k`,
    [extraOfficersPerAgency],
  );
}

/** Temporary tables of the session: each published service's share of demand and quality, and each agency's officers. */
export async function createLookupTables(client: pg.Client) {
  await client.query(`DROP TABLE IF EXISTS lg_service, lg_officer`);
  await client.query(`
    CREATE TEMP TABLE lg_service AS
    WITH s AS (
      SELECT s."id" AS service_id, s."slug" AS slug, s."agencyId" AS agency_id, s."currentVersionId" AS version_id, v."slaWorkingDays" AS sla_days, a."code" AS code,
        (${AGENCY_WEIGHT_SQL}) * (1 + (row_number() OVER (PARTITION BY a."id" ORDER BY s."slug") % 3)) AS weight
      FROM "Service" s JOIN "Agency" a ON a."id" = s."agencyId" JOIN "ServiceStandardVersion" v ON v."id" = s."currentVersionId"
      WHERE s."status" = 'PUBLISHED'
    )
    SELECT s.*,
      (sum(weight) OVER (ORDER BY slug) - weight)::float8 / sum(weight) OVER () AS lo,
      CASE WHEN row_number() OVER (ORDER BY slug DESC) = 1 THEN 2.0 ELSE sum(weight) OVER (ORDER BY slug)::float8 / sum(weight) OVER () END AS hi,
      3.0 + (abs(hashtext(slug)) % 60) / 100.0 AS quality,
      (SELECT count(*) FROM "AgencyMembership" m WHERE m."agencyId" = s.agency_id AND m."role" = 'OFFICER')::int AS officer_count
    FROM s`);
  await client.query(`
    CREATE TEMP TABLE lg_officer AS
    SELECT m."agencyId" AS agency_id, (row_number() OVER (PARTITION BY m."agencyId" ORDER BY u."email") - 1)::int AS k, m."userId" AS user_id
    FROM "AgencyMembership" m JOIN "User" u ON u."id" = m."userId" WHERE m."role" = 'OFFICER'`);
  await client.query(`ANALYZE lg_service; ANALYZE lg_officer`);
  const { rows } = await client.query<{ n: number; without: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE officer_count = 0)::int AS without FROM lg_service`,
  );
  if (!rows[0] || rows[0].n === 0) throw new Error("No published services: run `npm run db:seed` first.");
  if (rows[0].without > 0) throw new Error("Every agency needs an officer: run `npm run db:seed` first.");
}

/**
 * Applications. Each gets a service (weighted), a submission time (more
 * toward the anchor), a processing time around its service's limit (most
 * within it, some late), and from those its state at the anchor: the older
 * ones finished (completed, rejected, withdrawn), the recent ones in every
 * open state, a few still drafts. Due dates here are an approximation (about
 * 1.4 calendar days per working day); the demo history recomputes them with
 * the SLA engine.
 */
export async function createApplications(client: pg.Client, plan: HistoryPlan) {
  const prefix = checkedPrefix(plan);
  await client.query(
    `
    INSERT INTO "Application" ("id", "trackingNumber", "citizenId", "serviceId", "standardVersionId", "agencyId", "status",
      "submittedAt", "dueAt", "pauseStartedAt", "decidedAt", "completedAt", "assignedOfficerId", "claimedAt", "breachRecordedAt",
      "version", "createdAt", "updatedAt")
    WITH base AS (
      SELECT g, random() AS rs, random() AS rp, random() AS ro, random() AS rst, random() AS rofc, random() AS rcit, random() AS rpause,
        $6::timestamptz - ($2::float8 * power(random(), 1.25)) * interval '1 day' AS submitted_at
      FROM generate_series(1 + $4::int, $1::int, $5::int) g
    ), timed AS (
      SELECT b.*, s.service_id, s.agency_id, s.version_id, s.code, s.officer_count,
        -- Office close (16:00 WIB) about sla_days working days on.
        date_trunc('day', b.submitted_at + interval '7 hours' + make_interval(days => ceil(s.sla_days * 1.4)::int)) + interval '9 hours' AS due_at,
        b.submitted_at + (s.sla_days * 1.15 * (0.1 + power(b.rp, 1.9) * 1.05) + 0.05) * interval '1 day' AS finish_at
      FROM base b JOIN lg_service s ON b.rs >= s.lo AND b.rs < s.hi
    ), shaped AS (
      SELECT t.*,
        CASE WHEN t.finish_at > $6::timestamptz THEN
          CASE WHEN $6::timestamptz - t.submitted_at < (t.finish_at - t.submitted_at) * 0.2 THEN CASE WHEN t.rst < 0.3 THEN 'DRAFT' ELSE 'SUBMITTED' END
               WHEN $6::timestamptz - t.submitted_at > (t.finish_at - t.submitted_at) * 0.85 THEN 'APPROVED'
               WHEN t.rst < 0.12 THEN 'NEEDS_CORRECTION' ELSE 'IN_REVIEW' END
        ELSE CASE WHEN t.ro < 0.04 THEN 'WITHDRAWN' WHEN t.ro < 0.12 THEN 'REJECTED' ELSE 'COMPLETED' END
        END AS status
      FROM timed t
    ), final AS (
      SELECT sh.*, o.user_id AS officer_id,
        CASE WHEN sh.status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN') THEN NULL ELSE sh.submitted_at + (sh.finish_at - sh.submitted_at) * 0.15 END AS claimed_at,
        CASE sh.status WHEN 'COMPLETED' THEN sh.finish_at - (sh.finish_at - sh.submitted_at) * 0.08 WHEN 'REJECTED' THEN sh.finish_at
          WHEN 'APPROVED' THEN greatest(sh.submitted_at, $6::timestamptz - interval '6 hours' * sh.rpause) END AS decided_at,
        CASE WHEN sh.status = 'COMPLETED' THEN sh.finish_at END AS completed_at,
        CASE WHEN sh.status = 'NEEDS_CORRECTION' THEN greatest(sh.submitted_at, $6::timestamptz - interval '3 days' * sh.rpause) END AS pause_at,
        CASE WHEN sh.status IN ('COMPLETED', 'REJECTED') AND sh.finish_at > sh.due_at THEN sh.due_at + interval '5 minutes'
             WHEN sh.status IN ('SUBMITTED', 'IN_REVIEW', 'APPROVED') AND $6::timestamptz > sh.due_at THEN sh.due_at + interval '5 minutes' END AS breach_at,
        CASE WHEN sh.status = 'WITHDRAWN' THEN sh.submitted_at + (sh.finish_at - sh.submitted_at) * 0.3 END AS withdrawn_at
      FROM shaped sh LEFT JOIN lg_officer o ON o.agency_id = sh.agency_id AND o.k = floor(sh.rofc * sh.officer_count)::int
    ), counters AS MATERIALIZED (
      -- Once per agency and year, not per row: the numbers already handed out (lib/platform/serials.ts).
      -- Every year the history can reach, from the agencies (not from "final", which would then be computed twice).
      SELECT a."id" AS agency_id, y.year, tracking_serial_last(a."id", y.year) AS "lastValue"
      FROM "Agency" a CROSS JOIN generate_series(1990, 2100) AS y(year)
    ), numbered AS (
      SELECT f.*, f.status = 'DRAFT' AS draft,
        -- After the numbers already handed out; workers number in turns
        -- (serial ≡ worker mod workers), so their numbers never meet.
        COALESCE(tc."lastValue", 0) + $5::int * row_number() OVER (PARTITION BY f.agency_id, f.status = 'DRAFT', to_char(f.submitted_at AT TIME ZONE 'Asia/Jakarta', 'YYYY') ORDER BY f.g) + $4::int AS serial
      FROM final f
      LEFT JOIN counters tc ON tc.agency_id = f.agency_id AND tc.year = to_char(f.submitted_at AT TIME ZONE 'Asia/Jakarta', 'YYYY')::int
    )
    SELECT '${prefix}_a_' || f.g,
      CASE WHEN f.draft THEN NULL ELSE f.code || '-' || to_char(f.submitted_at AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(f.serial::text, 6, '0') END,
      '${prefix}_c_' || (1 + floor(f.rcit * $3::int))::int, f.service_id, f.version_id, f.agency_id, f.status::"ApplicationStatus",
      CASE WHEN f.draft THEN NULL ELSE f.submitted_at END, CASE WHEN f.draft THEN NULL ELSE f.due_at END, f.pause_at, f.decided_at, f.completed_at,
      CASE WHEN f.claimed_at IS NULL THEN NULL ELSE f.officer_id END, f.claimed_at,
      CASE WHEN f.breach_at <= $6::timestamptz THEN f.breach_at END,
      CASE f.status WHEN 'DRAFT' THEN 0 WHEN 'SUBMITTED' THEN 1 WHEN 'IN_REVIEW' THEN 2 WHEN 'NEEDS_CORRECTION' THEN 3 WHEN 'APPROVED' THEN 3 ELSE 4 END,
      f.submitted_at - interval '30 minutes' * f.rst,
      LEAST($6::timestamptz, GREATEST(f.submitted_at, f.claimed_at, f.decided_at, f.completed_at, f.pause_at, CASE WHEN f.breach_at <= $6::timestamptz THEN f.breach_at END, f.withdrawn_at))
    FROM numbered f`,
    [plan.applications, plan.days, plan.citizens, plan.worker, plan.workers, plan.anchor],
  );
}

/** Numbers handed out from now on continue after the generated ones (run it once every session has generated). */
export async function advanceTrackingSerials(client: pg.Client, plan: Pick<HistoryPlan, "prefix">) {
  await client.query(
    `
    SELECT tracking_serial_advance("agencyId", year, last)
    FROM (SELECT "agencyId", split_part("trackingNumber", '-', 2)::int AS year, max(split_part("trackingNumber", '-', 3)::int) AS last
          FROM "Application" WHERE "id" LIKE $1 AND "trackingNumber" IS NOT NULL GROUP BY 1, 2) handed_out`,
    [historyIdPattern(plan, "a")],
  );
}

/**
 * Complaints: most name an agency and many a service; most are answered in
 * time, some late, a few still waiting, a few disputed by their filer and
 * reopened (no whistleblowing reports among the public kinds' figures).
 */
export async function createComplaints(client: pg.Client, plan: HistoryPlan) {
  const prefix = checkedPrefix(plan);
  await client.query(
    `
    INSERT INTO "Complaint" ("id", "trackingCode", "trackingSecretHash", "kind", "identityMode", "status", "filerId",
      "agencyId", "serviceId", "category", "title", "body", "dueAt", "respondedAt", "closedAt", "response", "rejectionReason",
      "createdAt", "updatedAt")
    WITH base AS (
      SELECT g, random() AS rk, random() AS rid, random() AS rs, random() AS rsvc, random() AS rresp, random() AS rrej, random() AS rcit, random() AS rcat,
        $6::timestamptz - ($2::float8 * power(random(), 1.25)) * interval '1 day' AS created_at
      FROM generate_series(1 + $4::int, $1::int, $5::int) g
    ), placed AS (
      SELECT b.*, s.agency_id, CASE WHEN b.rsvc < 0.7 THEN s.service_id END AS service_id,
        CASE WHEN b.rk < 0.80 THEN 'COMPLAINT' WHEN b.rk < 0.90 THEN 'ASPIRATION' WHEN b.rk < 0.98 THEN 'INFORMATION_REQUEST' ELSE 'WHISTLEBLOWING' END AS kind,
        CASE WHEN b.rid < 0.6 THEN 'PUBLIC' WHEN b.rid < 0.85 THEN 'CONFIDENTIAL' ELSE 'ANONYMOUS' END AS identity_mode,
        date_trunc('day', b.created_at + interval '7 hours' + interval '11 days') + interval '9 hours' AS due_at,
        b.created_at + (0.2 + power(b.rresp, 1.5) * 10) * interval '1 day' AS respond_at
      FROM base b LEFT JOIN lg_service s ON b.rs >= s.lo AND b.rs < s.hi AND b.rsvc < 0.93
    ), shaped AS (
      SELECT p.*,
        CASE WHEN p.rrej < 0.03 THEN 'REJECTED'
             -- Disputed within the ten days the filer has, and not yet taken up again.
             WHEN p.respond_at <= $6::timestamptz - interval '2 days' AND p.respond_at > $6::timestamptz - interval '10 days' AND p.rrej < 0.4
               AND p.agency_id IS NOT NULL AND p.identity_mode <> 'ANONYMOUS' THEN 'REOPENED'
             WHEN p.respond_at <= $6::timestamptz AND p.respond_at + interval '10 days' <= $6::timestamptz THEN 'CLOSED'
             WHEN p.respond_at <= $6::timestamptz THEN 'RESPONDED'
             WHEN $6::timestamptz - p.created_at < interval '1 day' THEN 'RECEIVED'
             WHEN $6::timestamptz - p.created_at < interval '3 days' THEN 'VERIFIED'
             WHEN p.agency_id IS NULL THEN 'VERIFIED'
             WHEN $6::timestamptz - p.created_at < interval '5 days' THEN 'ROUTED'
             ELSE 'IN_PROGRESS' END AS status
      FROM placed p
    )
    SELECT '${prefix}_k_' || s.g, 'ADU-${prefix.toUpperCase()}-' || lpad(s.g::text, 7, '0'), 'seeded-no-secret',
      s.kind::"ComplaintKind", s.identity_mode::"IdentityMode", s.status::"ComplaintStatus",
      CASE WHEN s.identity_mode = 'ANONYMOUS' THEN NULL ELSE '${prefix}_c_' || (1 + floor(s.rcit * $3::int))::int END,
      s.agency_id, s.service_id,
      (ARRAY['waktu_layanan', 'persyaratan', 'sikap_petugas', 'biaya', 'sarana', 'lainnya'])[1 + floor(s.rcat * 6)::int],
      (ARRAY['Permohonan belum selesai melewati jangka waktu', 'Persyaratan berbeda dengan yang diumumkan', 'Petugas kurang ramah',
             'Diminta biaya di luar ketentuan', 'Antrean dan ruang tunggu penuh', 'Pertanyaan tentang layanan'])[1 + floor(s.rcat * 6)::int],
      'Laporan contoh dari data riwayat yang dibangkitkan.',
      CASE WHEN s.status = 'REJECTED' THEN NULL WHEN s.status = 'REOPENED' THEN s.respond_at + interval '14 days' ELSE s.due_at END,
      CASE WHEN s.status IN ('RESPONDED', 'CLOSED', 'REOPENED') THEN s.respond_at END,
      CASE WHEN s.status = 'CLOSED' THEN s.respond_at + interval '10 days'
           WHEN s.status = 'REJECTED' THEN s.created_at + interval '2 days' END,
      CASE WHEN s.status IN ('RESPONDED', 'CLOSED', 'REOPENED') THEN 'Terima kasih atas laporan Anda; tindak lanjut telah kami lakukan.' END,
      CASE WHEN s.status = 'REJECTED' THEN 'Laporan tidak memuat informasi yang cukup untuk ditindaklanjuti.' END,
      s.created_at,
      LEAST($6::timestamptz, GREATEST(s.created_at,
        CASE WHEN s.status IN ('RESPONDED', 'CLOSED') THEN s.respond_at WHEN s.status = 'REOPENED' THEN s.respond_at + interval '2 days' END,
        CASE WHEN s.status = 'CLOSED' THEN s.respond_at + interval '10 days' WHEN s.status = 'REJECTED' THEN s.created_at + interval '2 days' END))
    FROM shaped s`,
    [plan.complaints, plan.days, plan.citizens, plan.worker, plan.workers, plan.anchor],
  );
}

/** Surveys: a third of completed applications, scores around each service's quality (complaints are rated once, on the complaint). */
export async function createSurveys(client: pg.Client, plan: HistoryPlan) {
  const prefix = checkedPrefix(plan);
  const slice = (column: string) => `mod(abs(hashtext(${column})), ${plan.workers}) = ${plan.worker}`;
  const score = (bias: string) => `least(4, greatest(1, round(q + ${bias} + (random() - 0.5) * 1.9)))::int`;
  await client.query(
    `
    INSERT INTO "SurveyResponse" ("id", "applicationId", "respondentId", "serviceId", "agencyId",
      "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "comment", "submittedAt", "updatedAt")
    SELECT '${prefix}_s_' || x.id, x.id, x."citizenId", x."serviceId", x."agencyId",
      ${score("0.05")}, ${score("0")}, ${score("x.late")}, ${score("0.45")}, ${score("0.1")}, ${score("0.05")}, ${score("0.1")}, ${score("-0.25")}, ${score("-0.05")},
      CASE WHEN x.rc < 0.04 THEN (ARRAY['Pelayanan cepat dan ramah.', 'Prosesnya jelas, terima kasih.', 'Mohon kabar status lebih sering.',
        'Verifikasi berkas agak lama.', 'Petugas sangat membantu.'])[1 + floor(x.rc * 125)::int] END,
      x.at, x.at
    FROM (
      SELECT a."id", a."citizenId", a."serviceId", a."agencyId", s.quality AS q, random() AS rc,
        CASE WHEN a."completedAt" > a."dueAt" THEN -0.7 ELSE -0.1 END AS late,
        LEAST($2::timestamptz, a."completedAt" + interval '3 days' * power(random(), 2)) AS at
      FROM "Application" a JOIN lg_service s ON s.service_id = a."serviceId"
      WHERE a."id" LIKE $1 AND a."status" = 'COMPLETED' AND ${slice('a."id"')} AND random() < 0.34
      ORDER BY a."id"
    ) x`,
    [historyIdPattern(plan, "a"), plan.anchor],
  );
}
