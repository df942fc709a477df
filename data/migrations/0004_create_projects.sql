-- Driver projects (پروژه‌های پیشران). The county is never typed in: a trigger derives it from the point.
CREATE TABLE sector (
  code    text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]+$'),
  name_fa text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE project (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title_fa            text NOT NULL CHECK (length(title_fa) BETWEEN 1 AND 300),
  title_en            text CHECK (length(title_en) <= 300),
  description         text CHECK (length(description) <= 5000),
  sector              text NOT NULL REFERENCES sector (code),
  -- 'existing' in the source documents means a track record: stored as 'operational', the source word kept in source_status.
  status              text NOT NULL CHECK (status IN ('idea', 'study', 'approved', 'execution', 'operational', 'suspended', 'cancelled')),
  source_status       text,
  progress            smallint CHECK (progress BETWEEN 0 AND 100),
  location            geometry(Point, 4326) NOT NULL,
  location_precision  text NOT NULL CHECK (location_precision IN ('exact', 'near', 'county', 'province')),
  county_id           bigint NOT NULL REFERENCES admin_unit (id),
  province_code       text NOT NULL,
  executing_agency    text CHECK (length(executing_agency) <= 300),
  supporting_agencies text[] NOT NULL DEFAULT '{}',
  investment          numeric CHECK (investment >= 0),
  investment_unit     text CHECK (investment_unit IN ('IRR-billion', 'USD-million', 'EUR-million')),
  private_share       numeric CHECK (private_share BETWEEN 0 AND 100),
  expected_jobs       integer CHECK (expected_jobs >= 0),
  start_date          date,
  end_date            date CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  source_document     text,
  -- As written in the source: Solar Hijri, sometimes only year and month.
  source_date         text CHECK (source_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
  source_key          text UNIQUE,
  published           boolean NOT NULL DEFAULT false,
  archived            boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_location_idx ON project USING gist (location);
CREATE INDEX project_county_idx ON project (county_id);
CREATE INDEX project_province_status_idx ON project (province_code, status);

-- Projects are placed on the current boundaries; a point outside every county is refused with a named error.
CREATE FUNCTION project_assign_county() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  found_id bigint;
  found_province text;
BEGIN
  SELECT u.id, u.province_code INTO found_id, found_province
  FROM admin_unit u
  WHERE u.boundary_set = 'current' AND u.level = 'county' AND ST_Covers(u.geom, NEW.location)
  ORDER BY u.id
  LIMIT 1;
  IF found_id IS NULL THEN
    RAISE EXCEPTION 'location % is outside every county', ST_AsText(NEW.location)
      USING ERRCODE = 'P0001', HINT = 'location', CONSTRAINT = 'project_location_in_county';
  END IF;
  NEW.county_id := found_id;
  NEW.province_code := found_province;
  RETURN NEW;
END;
$$;

CREATE TRIGGER project_assign_county
  BEFORE INSERT OR UPDATE OF location ON project
  FOR EACH ROW EXECUTE FUNCTION project_assign_county();
