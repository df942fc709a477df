-- Boundary sets, provinces and counties, and their generalised geometry for overview zooms.
CREATE EXTENSION IF NOT EXISTS postgis;

-- A vintage of boundaries: counties split and merge, so every figure is tied to the set it was measured on.
CREATE TABLE boundary_set (
  code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]+$'),
  name_fa     text NOT NULL,
  name_en     text NOT NULL,
  source      text NOT NULL,
  licence     text NOT NULL,
  attribution text NOT NULL,
  loaded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE admin_unit (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  boundary_set  text NOT NULL REFERENCES boundary_set (code) ON DELETE CASCADE,
  level         text NOT NULL CHECK (level IN ('province', 'county')),
  code          text NOT NULL,
  name_fa       text NOT NULL,
  name_en       text,
  parent_id     bigint REFERENCES admin_unit (id) ON DELETE CASCADE,
  -- ISO 3166-2 code of the province (IR-10), kept on counties too so filters need no join.
  province_code text NOT NULL CHECK (province_code ~ '^IR-[0-9]{2}$'),
  source_ref    text,
  geom          geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  UNIQUE (boundary_set, level, code),
  CHECK ((level = 'province') = (parent_id IS NULL))
);
CREATE INDEX admin_unit_geom_idx ON admin_unit USING gist (geom);
CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_id);
CREATE INDEX admin_unit_set_level_province_idx ON admin_unit (boundary_set, level, province_code);

-- Coverage-preserving simplifications made at load time (shared arcs simplified once), one row per detail level.
-- Level 0 suits the whole country on one screen, higher levels closer zooms.
CREATE TABLE admin_unit_generalised (
  admin_unit_id bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  detail        smallint NOT NULL CHECK (detail >= 0),
  geom          geometry(MultiPolygon, 4326) NOT NULL,
  PRIMARY KEY (admin_unit_id, detail)
);
