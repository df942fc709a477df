-- Organisations (executing and supporting agencies, economic patrons), the counties a patron backs, and
-- the monthly review loop: meetings with their attendance and agenda, and numbered decisions with one
-- executing organisation and a deadline. Every change of these is kept with who and when.

CREATE TABLE organisation (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name_fa       text NOT NULL CHECK (length(name_fa) BETWEEN 1 AND 300),
  name_en       text CHECK (length(name_en) <= 300),
  kind          text NOT NULL CHECK (kind IN ('government_agency', 'public_company', 'private_firm', 'bank', 'ngo', 'council')),
  -- NULL: a national organisation (a ministry, a bank), not one province's.
  province_code text CHECK (province_code ~ '^IR-[0-9]{2}$'),
  created_by    bigint REFERENCES app_user (id),
  updated_by    bigint REFERENCES app_user (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
-- One organisation per name and province: the project form and the meeting form pick, never retype.
CREATE UNIQUE INDEX organisation_name_idx ON organisation (name_fa, coalesce(province_code, ''));
CREATE INDEX organisation_kind_idx ON organisation (kind, province_code);

-- The same agency written several ways (Arabic or Persian yeh and kaf, spaces, zero-width non-joiners):
-- one key for all the ways, so that the migration below merges them into one organisation.
CREATE FUNCTION organisation_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(regexp_replace(translate(btrim(name), 'يكۀة', 'یکهه'), '[[:space:]\u200c\u200f\u200e]+', ' ', 'g'))
$$;

-- A patron (Kerman's «معین اقتصادی») backs counties from a date, until a date if it ended.
CREATE TABLE organisation_patronage (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id bigint NOT NULL REFERENCES organisation (id),
  county_id       bigint NOT NULL REFERENCES admin_unit (id),
  since           date NOT NULL,
  until           date CHECK (until IS NULL OR until >= since),
  note            text CHECK (length(note) <= 2000),
  created_by      bigint REFERENCES app_user (id),
  updated_by      bigint REFERENCES app_user (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, county_id, since)
);
CREATE INDEX organisation_patronage_county_idx ON organisation_patronage (county_id);

CREATE TABLE meeting (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  province_code      text NOT NULL CHECK (province_code ~ '^IR-[0-9]{2}$'),
  held_on            date NOT NULL,
  -- The body holding it, as the minutes name it («ستاد فرماندهی اقتصاد مقاومتی استان»).
  body               text NOT NULL CHECK (length(body) BETWEEN 1 AND 300),
  title              text CHECK (length(title) <= 300),
  notes              text CHECK (length(notes) <= 5000),
  present_org_ids    bigint[] NOT NULL DEFAULT '{}',
  absent_org_ids     bigint[] NOT NULL DEFAULT '{}',
  agenda_project_ids bigint[] NOT NULL DEFAULT '{}',
  agenda_county_ids  bigint[] NOT NULL DEFAULT '{}',
  created_by         bigint REFERENCES app_user (id),
  updated_by         bigint REFERENCES app_user (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_province_idx ON meeting (province_code, held_on);

CREATE TABLE decision (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id             bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  number                 integer NOT NULL CHECK (number BETWEEN 1 AND 999),
  text                   text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  executing_org_id       bigint NOT NULL REFERENCES organisation (id),
  supporting_org_ids     bigint[] NOT NULL DEFAULT '{}',
  -- Overdue is not stored: it is an open decision whose deadline is before today.
  deadline               date,
  status                 text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  done_on                date CHECK (done_on IS NULL OR status = 'done'),
  project_ids            bigint[] NOT NULL DEFAULT '{}',
  county_ids             bigint[] NOT NULL DEFAULT '{}',
  follow_up              text CHECK (length(follow_up) <= 5000),
  created_by             bigint REFERENCES app_user (id),
  updated_by             bigint REFERENCES app_user (id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  UNIQUE (meeting_id, number)
);
CREATE INDEX decision_executing_idx ON decision (executing_org_id, status);
CREATE INDEX decision_deadline_idx ON decision (status, deadline);

-- Who changed what and when, for organisations, patronages, meetings and decisions: written by the
-- triggers below, so no code path changes one without a trace. `changes` is { column: { old, new } }.
CREATE TABLE review_change (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity    text NOT NULL CHECK (entity IN ('organisation', 'organisation_patronage', 'meeting', 'decision')),
  entity_id bigint NOT NULL,
  action    text NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
  actor_id  bigint REFERENCES app_user (id),
  at        timestamptz NOT NULL DEFAULT now(),
  changes   jsonb NOT NULL
);
CREATE INDEX review_change_entity_idx ON review_change (entity, entity_id, id);

-- The acting user comes from the transaction-local setting of server/src/projects/recordAs.ts.
CREATE FUNCTION review_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor bigint := nullif(current_setting('tavazon.actor_id', true), '')::bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.created_by := actor;
    NEW.created_at := now();
  ELSE
    NEW.created_by := OLD.created_by;
    NEW.created_at := OLD.created_at;
  END IF;
  NEW.updated_by := actor;
  -- The edit token of a 409 on stale edits: in milliseconds, as JSON carries it; clock_timestamp, not
  -- now(), so that two edits in one transaction still get distinct tokens.
  NEW.updated_at := date_trunc('milliseconds', clock_timestamp());
  RETURN NEW;
END;
$$;

CREATE FUNCTION review_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor bigint := nullif(current_setting('tavazon.actor_id', true), '')::bigint;
  bookkeeping text[] := ARRAY['created_by', 'updated_by', 'created_at', 'updated_at'];
  new_row jsonb := '{}'::jsonb;
  old_row jsonb := '{}'::jsonb;
  diff jsonb;
BEGIN
  -- NEW is unset in a DELETE and OLD in an INSERT: read each only when it exists.
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
  SELECT coalesce(jsonb_object_agg(k, jsonb_build_object('old', old_row -> k, 'new', new_row -> k)), '{}'::jsonb)
    INTO diff
    FROM (SELECT jsonb_object_keys(new_row || old_row) AS k) keys
    WHERE k <> ALL (bookkeeping) AND (old_row -> k) IS DISTINCT FROM (new_row -> k);
  IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN
    RETURN NULL;
  END IF;
  INSERT INTO review_change (entity, entity_id, action, actor_id, changes)
  VALUES (TG_TABLE_NAME, coalesce(new_row ->> 'id', old_row ->> 'id')::bigint,
          CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END,
          actor, diff);
  RETURN NULL;
END;
$$;

CREATE TRIGGER organisation_stamp BEFORE INSERT OR UPDATE ON organisation
  FOR EACH ROW EXECUTE FUNCTION review_stamp();
CREATE TRIGGER organisation_record AFTER INSERT OR UPDATE OR DELETE ON organisation
  FOR EACH ROW EXECUTE FUNCTION review_record_change();
CREATE TRIGGER organisation_patronage_stamp BEFORE INSERT OR UPDATE ON organisation_patronage
  FOR EACH ROW EXECUTE FUNCTION review_stamp();
CREATE TRIGGER organisation_patronage_record AFTER INSERT OR UPDATE OR DELETE ON organisation_patronage
  FOR EACH ROW EXECUTE FUNCTION review_record_change();
CREATE TRIGGER meeting_stamp BEFORE INSERT OR UPDATE ON meeting
  FOR EACH ROW EXECUTE FUNCTION review_stamp();
CREATE TRIGGER meeting_record AFTER INSERT OR UPDATE OR DELETE ON meeting
  FOR EACH ROW EXECUTE FUNCTION review_record_change();
CREATE TRIGGER decision_stamp BEFORE INSERT OR UPDATE ON decision
  FOR EACH ROW EXECUTE FUNCTION review_stamp();
CREATE TRIGGER decision_record AFTER INSERT OR UPDATE OR DELETE ON decision
  FOR EACH ROW EXECUTE FUNCTION review_record_change();

-- Projects point at organisations. The free-text columns stay, filled from the organisations by the
-- trigger below, so every reader (map, registry, exports, history) keeps its names.
ALTER TABLE project
  ADD COLUMN executing_org_id   bigint REFERENCES organisation (id),
  ADD COLUMN supporting_org_ids bigint[] NOT NULL DEFAULT '{}';
CREATE INDEX project_executing_org_idx ON project (executing_org_id);

-- What the migration of free-text agencies merged: every distinct text as written, the organisation it
-- became and the projects that named it. Printed by `pnpm organisations:merged`; nothing is dropped.
CREATE TABLE organisation_merge (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Kept when the organisation is later deleted: the record of what the texts were outlives it.
  organisation_id bigint REFERENCES organisation (id) ON DELETE SET NULL,
  source_text     text NOT NULL,
  field           text NOT NULL CHECK (field IN ('executing_agency', 'supporting_agencies')),
  project_ids     bigint[] NOT NULL,
  merged_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_text, field)
);

-- Every text as written, with its projects: one row per (text, field).
CREATE TEMP TABLE agency_text ON COMMIT DROP AS
SELECT btrim(t.name) AS source_text, t.field, organisation_name_key(t.name) AS key,
       array_agg(DISTINCT t.project_id ORDER BY t.project_id) AS project_ids
FROM (
  SELECT p.id AS project_id, p.executing_agency AS name, 'executing_agency' AS field, p.province_code
  FROM project p WHERE nullif(btrim(p.executing_agency), '') IS NOT NULL
  UNION ALL
  SELECT p.id, s.name, 'supporting_agencies', p.province_code
  FROM project p CROSS JOIN LATERAL unnest(p.supporting_agencies) AS s(name)
  WHERE nullif(btrim(s.name), '') IS NOT NULL
) t
GROUP BY btrim(t.name), t.field, organisation_name_key(t.name);

-- One organisation per key, named by its most used spelling (then the first alphabetically) in Persian
-- letters with single spaces. A free-text agency says nothing of its kind or province: a government
-- agency of no province, for an editor to correct on the organisation's page.
INSERT INTO organisation (name_fa, kind, province_code)
SELECT DISTINCT ON (key) regexp_replace(translate(source_text, 'يك', 'یک'), '[[:space:]]+', ' ', 'g'),
       'government_agency', NULL
FROM (
  SELECT key, source_text, sum(cardinality(project_ids)) AS uses
  FROM agency_text GROUP BY key, source_text
) spellings
ORDER BY key, uses DESC, source_text;

INSERT INTO organisation_merge (organisation_id, source_text, field, project_ids)
SELECT o.id, a.source_text, a.field, a.project_ids
FROM agency_text a JOIN organisation o ON organisation_name_key(o.name_fa) = a.key;

UPDATE project p SET
  executing_org_id = (
    SELECT o.id FROM organisation o
    WHERE organisation_name_key(o.name_fa) = organisation_name_key(p.executing_agency)),
  supporting_org_ids = coalesce((
    SELECT array_agg(DISTINCT o.id ORDER BY o.id)
    FROM unnest(p.supporting_agencies) AS s(name)
    JOIN organisation o ON organisation_name_key(o.name_fa) = organisation_name_key(s.name)), '{}')
WHERE nullif(btrim(p.executing_agency), '') IS NOT NULL OR cardinality(p.supporting_agencies) > 0;

-- From now on a project's agency names are its organisations' names. Fires before project_stamp (name
-- order), so a renamed or re-picked organisation is a new version in the project's history.
CREATE FUNCTION project_organisation_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.executing_agency := (SELECT o.name_fa FROM organisation o WHERE o.id = NEW.executing_org_id);
  NEW.supporting_agencies := coalesce((
    SELECT array_agg(o.name_fa ORDER BY array_position(NEW.supporting_org_ids, o.id))
    FROM organisation o WHERE o.id = ANY (NEW.supporting_org_ids)), '{}');
  RETURN NEW;
END;
$$;
CREATE TRIGGER project_organisation_names
  BEFORE INSERT OR UPDATE OF executing_org_id, supporting_org_ids ON project
  FOR EACH ROW EXECUTE FUNCTION project_organisation_names();
