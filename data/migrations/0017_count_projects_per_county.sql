-- Project counts per county, kept on write (issue 14): the county layers and pages read them instead of
-- recounting a million points against full polygons (ST_Covers) on every request.
--
-- project_placement: the one county of every boundary set a project is in. Of the current set, the county
-- the registry recorded (project.county_id); of another set (a census vintage), the county covering the
-- point, the lowest id where a point on a shared border is covered by two (as countyCoverage counted).
CREATE TABLE project_placement (
  project_id   bigint NOT NULL,
  boundary_set text NOT NULL,
  unit_id      bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  PRIMARY KEY (project_id, boundary_set)
);
CREATE INDEX project_placement_unit_idx ON project_placement (unit_id);

-- Projects per county by what decides who sees them (published, archived) and by status.
CREATE TABLE county_project_count (
  unit_id   bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  status    text NOT NULL,
  published boolean NOT NULL,
  archived  boolean NOT NULL,
  n         integer NOT NULL CHECK (n >= 0),
  PRIMARY KEY (unit_id, status, published, archived)
);

-- The registry list pages by keyset on these orders (server/src/projects/projectPage.ts).
CREATE INDEX project_title_page_idx ON project (title_fa, id);
CREATE INDEX project_updated_page_idx ON project (updated_at, id);
CREATE INDEX project_status_page_idx ON project (status, id);

-- The county of each non-current boundary set covering a point: the lowest id where a point on a shared
-- border is covered by two (as countyCoverage counted).
CREATE FUNCTION project_units_elsewhere(point geometry) RETURNS TABLE (boundary_set text, unit_id bigint)
LANGUAGE sql STABLE AS $$
  SELECT s.code, k.id
  FROM boundary_set s
  CROSS JOIN LATERAL (
    SELECT u.id FROM admin_unit u
    WHERE u.boundary_set = s.code AND u.level = 'county' AND ST_Covers(u.geom, point)
    ORDER BY u.id LIMIT 1
  ) k
  WHERE s.code <> 'current';
$$;

-- Adds the counts of `delta` (a JSON array of {unit_id, status, published, archived, n}, n > 0) or takes
-- them away (`sign` -1). Set-based: a bulk insert of a million rows costs a few statements, not a million.
-- Takings meet existing rows (those projects were counted when written). A row at 0 is deleted by a
-- statement of its own: deciding "update or delete" on one snapshot could lose a concurrent write's count.
CREATE FUNCTION county_project_count_apply(delta jsonb, sign integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO county_project_count AS c (unit_id, status, published, archived, n)
  SELECT r.unit_id, r.status, r.published, r.archived, r.n
  FROM jsonb_to_recordset(delta) AS r(unit_id bigint, status text, published boolean, archived boolean, n integer)
  WHERE sign > 0
  ON CONFLICT (unit_id, status, published, archived) DO UPDATE SET n = c.n + EXCLUDED.n;
  UPDATE county_project_count c SET n = c.n - r.n
  FROM jsonb_to_recordset(delta) AS r(unit_id bigint, status text, published boolean, archived boolean, n integer)
  WHERE sign < 0 AND c.unit_id = r.unit_id AND c.status = r.status AND c.published = r.published
    AND c.archived = r.archived;
  DELETE FROM county_project_count c
  USING jsonb_to_recordset(delta) AS r(unit_id bigint, status text, published boolean, archived boolean, n integer)
  WHERE sign < 0 AND c.unit_id = r.unit_id AND c.status = r.status AND c.published = r.published
    AND c.archived = r.archived AND c.n = 0;
$$;

CREATE FUNCTION project_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO project_placement (project_id, boundary_set, unit_id)
  SELECT a.id, 'current', a.county_id FROM added a
  UNION ALL
  SELECT a.id, e.boundary_set, e.unit_id FROM added a CROSS JOIN LATERAL project_units_elsewhere(a.location) e;
  PERFORM county_project_count_apply((
    SELECT coalesce(jsonb_agg(g), '[]') FROM (
      SELECT pl.unit_id, a.status, a.published, a.archived, count(*)::int AS n
      FROM added a JOIN project_placement pl ON pl.project_id = a.id
      GROUP BY 1, 2, 3, 4) g), 1);
  RETURN NULL;
END;
$$;

CREATE FUNCTION project_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only rows whose place or counted fields changed: an edit of a title touches no count.
  PERFORM county_project_count_apply((
    SELECT coalesce(jsonb_agg(g), '[]') FROM (
      SELECT pl.unit_id, b.status, b.published, b.archived, count(*)::int AS n
      FROM before_rows b JOIN after_rows a ON a.id = b.id
      JOIN project_placement pl ON pl.project_id = b.id
      WHERE (a.status, a.published, a.archived, a.county_id)
            IS DISTINCT FROM (b.status, b.published, b.archived, b.county_id)
         OR NOT ST_Equals(a.location, b.location)
      GROUP BY 1, 2, 3, 4) g), -1);
  -- A moved project is placed again in every set.
  DELETE FROM project_placement pl
  USING before_rows b JOIN after_rows a ON a.id = b.id
  WHERE pl.project_id = a.id
    AND (a.county_id IS DISTINCT FROM b.county_id OR NOT ST_Equals(a.location, b.location));
  INSERT INTO project_placement (project_id, boundary_set, unit_id)
  SELECT m.id, 'current', m.county_id FROM (
    SELECT a.* FROM before_rows b JOIN after_rows a ON a.id = b.id
    WHERE a.county_id IS DISTINCT FROM b.county_id OR NOT ST_Equals(a.location, b.location)) m
  UNION ALL
  SELECT m.id, e.boundary_set, e.unit_id FROM (
    SELECT a.* FROM before_rows b JOIN after_rows a ON a.id = b.id
    WHERE a.county_id IS DISTINCT FROM b.county_id OR NOT ST_Equals(a.location, b.location)) m
  CROSS JOIN LATERAL project_units_elsewhere(m.location) e;
  PERFORM county_project_count_apply((
    SELECT coalesce(jsonb_agg(g), '[]') FROM (
      SELECT pl.unit_id, a.status, a.published, a.archived, count(*)::int AS n
      FROM before_rows b JOIN after_rows a ON a.id = b.id
      JOIN project_placement pl ON pl.project_id = a.id
      WHERE (a.status, a.published, a.archived, a.county_id)
            IS DISTINCT FROM (b.status, b.published, b.archived, b.county_id)
         OR NOT ST_Equals(a.location, b.location)
      GROUP BY 1, 2, 3, 4) g), 1);
  RETURN NULL;
END;
$$;

CREATE FUNCTION project_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM county_project_count_apply((
    SELECT coalesce(jsonb_agg(g), '[]') FROM (
      SELECT pl.unit_id, r.status, r.published, r.archived, count(*)::int AS n
      FROM removed r JOIN project_placement pl ON pl.project_id = r.id
      GROUP BY 1, 2, 3, 4) g), -1);
  DELETE FROM project_placement WHERE project_id IN (SELECT id FROM removed);
  RETURN NULL;
END;
$$;

CREATE FUNCTION project_counts_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_placement;
  DELETE FROM county_project_count;
  RETURN NULL;
END;
$$;

CREATE TRIGGER project_counts_insert AFTER INSERT ON project
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION project_counts_on_insert();
CREATE TRIGGER project_counts_update AFTER UPDATE ON project
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_counts_on_update();
CREATE TRIGGER project_counts_delete AFTER DELETE ON project
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION project_counts_on_delete();
CREATE TRIGGER project_counts_truncate AFTER TRUNCATE ON project
  FOR EACH STATEMENT EXECUTE FUNCTION project_counts_on_truncate();

-- Every placement and count from scratch: after the counties of a set change (the loader inserts,
-- updates or deletes units), since a project's county in that set may have changed with them.
CREATE FUNCTION project_counts_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM project_placement;
  INSERT INTO project_placement (project_id, boundary_set, unit_id)
  SELECT p.id, 'current', p.county_id FROM project p
  UNION ALL
  SELECT p.id, e.boundary_set, e.unit_id FROM project p CROSS JOIN LATERAL project_units_elsewhere(p.location) e;
  DELETE FROM county_project_count;
  INSERT INTO county_project_count (unit_id, status, published, archived, n)
  SELECT pl.unit_id, p.status, p.published, p.archived, count(*)::int
  FROM project p JOIN project_placement pl ON pl.project_id = p.id
  GROUP BY 1, 2, 3, 4;
$$;

CREATE FUNCTION project_counts_on_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Statement triggers fire for statements that touched nothing too: rebuild only when a county changed.
  IF EXISTS (SELECT 1 FROM changed_units WHERE level = 'county') THEN
    PERFORM project_counts_rebuild();
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER admin_unit_counts_insert AFTER INSERT ON admin_unit
  REFERENCING NEW TABLE AS changed_units FOR EACH STATEMENT EXECUTE FUNCTION project_counts_on_units();
CREATE TRIGGER admin_unit_counts_update AFTER UPDATE ON admin_unit
  REFERENCING NEW TABLE AS changed_units FOR EACH STATEMENT EXECUTE FUNCTION project_counts_on_units();
CREATE TRIGGER admin_unit_counts_delete AFTER DELETE ON admin_unit
  REFERENCING OLD TABLE AS changed_units FOR EACH STATEMENT EXECUTE FUNCTION project_counts_on_units();

SELECT project_counts_rebuild();
