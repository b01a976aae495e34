-- Tracking numbers and complaint codes from one PostgreSQL sequence per
-- counter and year (issue 23). The counter row they came from was locked from
-- the moment a submission took its number until it committed, so every
-- submission to an agency waited for the one before it: that lock, not the
-- database's capacity, set the rate (about 180 a second on 2 cores, against
-- about 490 without it). nextval() takes no lock that lasts past the call.
-- The price is the one every sequence has: a transaction that rolls back after
-- taking its number leaves that number unused. Numbers stay unique and rising
-- within a counter and year; they are references, not a register without gaps.
-- The sequences are made on first use, by these functions, as the owner of the
-- schema (SECURITY DEFINER), so the portal's role needs no right to create them.

CREATE FUNCTION tracking_serial_sequence(counter_key text, for_year integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'tracking_serial_' || md5(counter_key || '/' || for_year)
$$;

-- The counter's sequence, made first (starting after `start_after`) if it does not exist yet.
CREATE FUNCTION tracking_serial_ensure(counter_key text, for_year integer, start_after integer) RETURNS regclass
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  name text := tracking_serial_sequence(counter_key, for_year);
BEGIN
  IF to_regclass(name) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE SEQUENCE %I AS integer MINVALUE 1 MAXVALUE 999999 START WITH %s', name, start_after + 1);
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
      -- Another first caller made it meanwhile (this one waited for its commit): use theirs.
      NULL;
    END;
  END IF;
  RETURN name::regclass;
END
$$;

-- The next number of a counter and year: 1, 2, 3… (a rolled-back caller's number is not reused).
CREATE FUNCTION tracking_serial_next(counter_key text, for_year integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN nextval(tracking_serial_ensure(counter_key, for_year, 0));
END
$$;

-- The last number handed out (0 if none yet).
CREATE FUNCTION tracking_serial_last(counter_key text, for_year integer) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  sequence regclass := to_regclass(tracking_serial_sequence(counter_key, for_year));
  last integer;
BEGIN
  IF sequence IS NULL THEN
    RETURN 0;
  END IF;
  EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM %s', sequence) INTO last;
  RETURN last;
END
$$;

-- Numbers handed out from now on come after `at_least` (for data loaded around the portal: the demo history, migrations).
CREATE FUNCTION tracking_serial_advance(counter_key text, for_year integer, at_least integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  sequence regclass := tracking_serial_ensure(counter_key, for_year, at_least);
BEGIN
  IF at_least > 0 AND tracking_serial_last(counter_key, for_year) < at_least THEN
    PERFORM setval(sequence, at_least, true);
  END IF;
END
$$;

SELECT tracking_serial_advance("agencyId", "year", "lastValue") FROM "TrackingCounter";

DROP TABLE "TrackingCounter";
