-- A data version per dataset, so that the server can tag its GeoJSON, tile, analysis and OGC answers
-- (ETag, If-None-Match → 304) and keep their compressed bodies in memory, and a write is visible at once
-- in every server process on this database: the version lives here, not in a process.
--
-- A version is a random token, not a counter: after a restore the tokens are the backup's, which belong to
-- exactly the backup's data, and a restored database that is then written to can never reach a token a
-- server saw before the restore (a counter could come round to the same number with other data).
--
-- Writers never wait for each other here. A write statement either replaces its dataset's token (when it
-- gets the advisory lock below, i.e. no other transaction is replacing tokens just now) or, when another
-- transaction holds that lock, appends a row to data_change instead. A reader's version is the token plus
-- the tokens of the pending rows, read in one statement (one snapshot); the holder of the lock folds the
-- pending rows into a fresh token. A single counter row per dataset would make concurrent writers of one
-- dataset queue on its row lock until commit, and writers of two datasets in opposite orders deadlock.
CREATE TABLE data_version (
  dataset    text PRIMARY KEY CHECK (dataset IN
               ('boundaries', 'indicators', 'regions', 'projects', 'organisations', 'suggestions')),
  token      uuid NOT NULL DEFAULT gen_random_uuid(),
  changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE data_change (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dataset    text NOT NULL,
  token      uuid NOT NULL DEFAULT gen_random_uuid(),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX data_change_dataset_idx ON data_change (dataset, id);

INSERT INTO data_version (dataset)
VALUES ('boundaries'), ('indicators'), ('regions'), ('projects'), ('organisations'), ('suggestions');

-- What a reader compares: one text per dataset that changes with every committed write statement.
CREATE FUNCTION data_versions() RETURNS TABLE (dataset text, version text)
LANGUAGE sql STABLE AS $$
  SELECT v.dataset,
         v.token::text || coalesce((
           SELECT ':' || md5(string_agg(c.token::text, ',' ORDER BY c.id))
           FROM data_change c WHERE c.dataset = v.dataset), '')
  FROM data_version v
$$;

-- Statement-level: one bulk insert of a million projects is one change, not a million.
CREATE FUNCTION note_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- 7290332: this lock only (7290331 is the migrator's). Re-entrant within a transaction.
  IF pg_try_advisory_xact_lock(7290332) THEN
    DELETE FROM data_change WHERE dataset = TG_ARGV[0];
    UPDATE data_version SET token = gen_random_uuid(), changed_at = now() WHERE dataset = TG_ARGV[0];
  ELSE
    INSERT INTO data_change (dataset) VALUES (TG_ARGV[0]);
  END IF;
  RETURN NULL;
END
$$;

-- Which tables make up each dataset: everything the cached answers (server/src/caching/cachedPaths.ts)
-- read. A table added later that such an answer reads needs a trigger of its own in that migration.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT * FROM (VALUES
      ('boundary_set', 'boundaries'), ('admin_unit', 'boundaries'), ('admin_unit_generalised', 'boundaries'),
      ('unit_overlap', 'boundaries'), ('unit_carry', 'boundaries'), ('crosswalk_build', 'boundaries'),
      ('county_lineage', 'boundaries'),
      ('indicator', 'indicators'), ('indicator_value', 'indicators'),
      ('indicator_value_history', 'indicators'),
      ('region_scheme', 'regions'), ('region', 'regions'), ('region_member', 'regions'),
      ('project', 'projects'), ('project_progress', 'projects'), ('project_history', 'projects'),
      ('sector', 'projects'),
      ('organisation', 'organisations'), ('organisation_patronage', 'organisations'),
      ('organisation_merge', 'organisations'),
      ('suggestion', 'suggestions'), ('suggestion_step', 'suggestions')
    ) AS m (tbl, dataset)
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION note_data_change(%L)',
      t.tbl || '_data_version', t.tbl, t.dataset);
  END LOOP;
END
$$;
