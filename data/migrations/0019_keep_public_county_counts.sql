-- Each county's published, unarchived projects by status, as the JSON object the county layer carries
-- (`projects` of every feature of GET /api/counties). Building it per request from county_project_count
-- cost the national layer a quarter of its query time at a million projects; kept here, it is one join by
-- key. Maintained from county_project_count itself, whichever of its writers changed it (the project
-- triggers of 0017, the rebuild after a boundary load, a truncate).
CREATE TABLE county_public_projects (
  unit_id  bigint PRIMARY KEY REFERENCES admin_unit (id) ON DELETE CASCADE,
  projects json NOT NULL
);

CREATE FUNCTION county_public_projects_refresh(units bigint[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM county_public_projects WHERE unit_id = ANY (units);
  INSERT INTO county_public_projects (unit_id, projects)
  SELECT k.unit_id, json_object_agg(k.status, k.n ORDER BY k.status)
  FROM county_project_count k
  WHERE k.unit_id = ANY (units) AND k.published AND NOT k.archived
  GROUP BY k.unit_id;
$$;

CREATE FUNCTION county_public_projects_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM county_public_projects_refresh(ARRAY(SELECT DISTINCT unit_id FROM changed_counts));
  RETURN NULL;
END;
$$;

CREATE FUNCTION county_public_projects_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM county_public_projects;
  RETURN NULL;
END;
$$;

CREATE TRIGGER county_public_projects_insert AFTER INSERT ON county_project_count
  REFERENCING NEW TABLE AS changed_counts FOR EACH STATEMENT EXECUTE FUNCTION county_public_projects_on_change();
CREATE TRIGGER county_public_projects_update AFTER UPDATE ON county_project_count
  REFERENCING NEW TABLE AS changed_counts FOR EACH STATEMENT EXECUTE FUNCTION county_public_projects_on_change();
CREATE TRIGGER county_public_projects_delete AFTER DELETE ON county_project_count
  REFERENCING OLD TABLE AS changed_counts FOR EACH STATEMENT EXECUTE FUNCTION county_public_projects_on_change();
CREATE TRIGGER county_public_projects_truncate AFTER TRUNCATE ON county_project_count
  FOR EACH STATEMENT EXECUTE FUNCTION county_public_projects_on_truncate();

SELECT county_public_projects_refresh(ARRAY(SELECT DISTINCT unit_id FROM county_project_count));
