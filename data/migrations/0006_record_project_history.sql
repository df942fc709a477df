-- Editing driver projects: who created and last changed each, the status a suspended or cancelled project
-- came from, a history row for every version, and monthly progress updates.
ALTER TABLE project
  ADD COLUMN created_by    bigint REFERENCES app_user (id),
  ADD COLUMN updated_by    bigint REFERENCES app_user (id),
  -- The active status a project had before it was suspended or cancelled: where "resume" and an admin's
  -- "reopen" lead back to. NULL for projects that arrived already suspended or cancelled.
  ADD COLUMN status_before text CHECK (status_before IN ('idea', 'study', 'approved', 'execution')),
  ADD CONSTRAINT project_status_before_only_when_halted
    CHECK (status_before IS NULL OR status IN ('suspended', 'cancelled'));

-- One row per version of a project. Written by the trigger below, not by the application, so that no
-- code path (API, import, the data loader, a hand-typed UPDATE) can change a project without a trace.
-- `changes` is { field: { old, new } } over the fields of project_tracked().
CREATE TABLE project_history (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  version    integer NOT NULL,
  action     text NOT NULL CHECK (action IN ('baseline', 'loaded', 'created', 'updated', 'imported', 'progress')),
  actor_id   bigint REFERENCES app_user (id),
  at         timestamptz NOT NULL DEFAULT now(),
  changes    jsonb NOT NULL,
  note       text CHECK (length(note) <= 2000),
  UNIQUE (project_id, version)
);

CREATE TABLE project_progress (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id  bigint NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  reported_on date NOT NULL,
  percent     smallint NOT NULL CHECK (percent BETWEEN 0 AND 100),
  note        text CHECK (length(note) <= 2000),
  -- Shown on the public timeline only when set: a note may hold remarks meant for officials.
  published   boolean NOT NULL DEFAULT false,
  created_by  bigint REFERENCES app_user (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (project_id, reported_on)
);

-- The fields a person edits (the county is derived, but shown so that a move between counties is visible).
CREATE FUNCTION project_tracked(p project) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'title_fa', p.title_fa, 'title_en', p.title_en, 'description', p.description, 'sector', p.sector,
    'status', p.status, 'source_status', p.source_status, 'progress', p.progress,
    'location', jsonb_build_array(ST_X(p.location), ST_Y(p.location)),
    'location_precision', p.location_precision,
    'county', (SELECT u.code FROM admin_unit u WHERE u.id = p.county_id),
    'executing_agency', p.executing_agency, 'supporting_agencies', to_jsonb(p.supporting_agencies),
    'investment', p.investment, 'investment_unit', p.investment_unit, 'private_share', p.private_share,
    'expected_jobs', p.expected_jobs, 'start_date', p.start_date, 'end_date', p.end_date,
    'source_document', p.source_document, 'source_date', p.source_date,
    'published', p.published, 'archived', p.archived)
$$;

-- The application names the acting user, the kind of action and a note with transaction-local settings
-- (set_config(…, true)); the data loader sets none, so its changes are recorded as 'loaded' by nobody.
CREATE FUNCTION project_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor bigint := nullif(current_setting('tavazon.actor_id', true), '')::bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
    NEW.created_by := actor;
    NEW.updated_by := actor;
    NEW.created_at := now();
    NEW.updated_at := now();
  ELSIF project_tracked(NEW) IS DISTINCT FROM project_tracked(OLD) THEN
    NEW.version := OLD.version + 1;
    NEW.updated_by := actor;
    NEW.updated_at := now();
  ELSE
    -- Nothing anyone can see changed: no new version, so no one's copy turns stale for nothing.
    NEW.version := OLD.version;
    NEW.updated_by := OLD.updated_by;
    NEW.updated_at := OLD.updated_at;
  END IF;
  RETURN NEW;
END;
$$;

-- BEFORE triggers fire in name order: project_assign_county (0004) has set the county by now.
CREATE TRIGGER project_stamp
  BEFORE INSERT OR UPDATE ON project
  FOR EACH ROW EXECUTE FUNCTION project_stamp();

CREATE FUNCTION project_record_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor bigint := nullif(current_setting('tavazon.actor_id', true), '')::bigint;
  kind text := nullif(current_setting('tavazon.action', true), '');
  new_row jsonb := project_tracked(NEW);
  old_row jsonb := CASE WHEN TG_OP = 'UPDATE' THEN project_tracked(OLD) ELSE '{}'::jsonb END;
  diff jsonb;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.version = OLD.version THEN
    RETURN NULL;
  END IF;
  SELECT coalesce(jsonb_object_agg(k, jsonb_build_object('old', old_row -> k, 'new', new_row -> k)), '{}'::jsonb)
    INTO diff
    FROM jsonb_object_keys(new_row) AS k
    WHERE (old_row -> k) IS DISTINCT FROM (new_row -> k)
      AND NOT (TG_OP = 'INSERT' AND new_row -> k = 'null'::jsonb);
  INSERT INTO project_history (project_id, version, action, actor_id, changes, note)
  VALUES (
    NEW.id, NEW.version,
    coalesce(kind, CASE WHEN actor IS NULL THEN 'loaded' WHEN TG_OP = 'INSERT' THEN 'created' ELSE 'updated' END),
    actor, diff, nullif(current_setting('tavazon.note', true), ''));
  RETURN NULL;
END;
$$;

CREATE TRIGGER project_record_history
  AFTER INSERT OR UPDATE ON project
  FOR EACH ROW EXECUTE FUNCTION project_record_history();

-- Projects that existed before history began get one row for their current version, so that every
-- version a client can hold has a history row to compare against.
INSERT INTO project_history (project_id, version, action, changes, note)
SELECT p.id, p.version, 'baseline', '{}'::jsonb, 'state when history recording began'
FROM project p;
