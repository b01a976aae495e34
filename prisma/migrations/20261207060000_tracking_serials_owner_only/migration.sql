-- A tracking series is moved only by its functions (migration
-- tracking_serial_sequences), which run as the schema's owner. The default
-- privileges the grant script gives the portal's role on every new sequence
-- (USAGE, SELECT, UPDATE) would let that role setval() an agency's series back
-- and hand out a number twice, or skip ahead: a new series keeps no grant but
-- its owner's, and the series made before this migration lose theirs.
CREATE OR REPLACE FUNCTION tracking_serial_revoke_grants(sequence regclass) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  grantee_name text;
BEGIN
  EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM PUBLIC', sequence);
  FOR grantee_name IN
    SELECT DISTINCT pg_get_userbyid(acl.grantee)
      FROM pg_class c, aclexplode(c.relacl) AS acl
     WHERE c.oid = sequence AND acl.grantee <> 0 AND acl.grantee <> c.relowner
  LOOP
    EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %I', sequence, grantee_name);
  END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION tracking_serial_ensure(counter_key text, for_year integer, start_after integer) RETURNS regclass
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  name text := tracking_serial_sequence(counter_key, for_year);
BEGIN
  IF to_regclass(name) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE SEQUENCE %I AS integer MINVALUE 1 MAXVALUE 999999 START WITH %s', name, start_after + 1);
      PERFORM tracking_serial_revoke_grants(name::regclass);
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
      -- Another first caller made it meanwhile (this one waited for its commit): use theirs.
      NULL;
    END;
  END IF;
  RETURN name::regclass;
END
$$;

SELECT tracking_serial_revoke_grants(c.oid::regclass)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'S' AND n.nspname = 'public' AND c.relname LIKE 'tracking\_serial\_%';
