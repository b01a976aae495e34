-- Which sequences are tracking series (their name) had two homes: the
-- migration that revoked the portal role's grants on them, and the grant
-- script (scripts/lib/app-role.mjs), which must revoke again after granting
-- every sequence. One function now answers for both.
CREATE OR REPLACE FUNCTION tracking_serial_revoke_all_grants() RETURNS integer
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  series regclass;
  revoked integer := 0;
BEGIN
  FOR series IN
    SELECT c.oid::regclass
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'S' AND n.nspname = 'public' AND c.relname LIKE 'tracking\_serial\_%'
  LOOP
    PERFORM tracking_serial_revoke_grants(series);
    revoked := revoked + 1;
  END LOOP;
  RETURN revoked;
END
$$;

REVOKE ALL ON FUNCTION tracking_serial_revoke_all_grants() FROM PUBLIC;
