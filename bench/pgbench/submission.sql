-- The floor for bench/submission.bench.ts: the rows a submission must write
-- (the application, its status event, its email job) in one transaction,
-- without any of the portal's work around them. pgbench substitutes :names.
SELECT 'pgb_a_' || gen_random_uuid() AS app_id, 'PGB-' || gen_random_uuid() AS tracking \gset
BEGIN;
INSERT INTO "Application" ("id", "trackingNumber", "citizenId", "serviceId", "standardVersionId", "agencyId", "status", "answers",
  "submittedAt", "dueAt", "version", "updatedAt")
  VALUES (':app_id', ':tracking', ':citizen', ':service', ':version', ':agency', 'SUBMITTED', '{"applicantName": "Ratna Sari Dewi"}',
  now(), now() + interval '5 days', 1, now());
INSERT INTO "ApplicationEvent" ("id", "applicationId", "actorId", "actorRole", "type", "fromStatus", "toStatus")
  VALUES ('pgb_e_' || gen_random_uuid(), ':app_id', ':citizen', 'CITIZEN', 'submitted', 'DRAFT', 'SUBMITTED');
INSERT INTO "Job" ("id", "queue", "payload", "dedupeKey")
  VALUES ('pgb_j_' || gen_random_uuid(), 'email', jsonb_build_object('applicationId', ':app_id'), 'email:pgbench:' || ':app_id');
COMMIT;
