-- Planning-region schemes group the counties of one boundary set (and usually one province) into regions.
CREATE TABLE region_scheme (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  boundary_set  text NOT NULL REFERENCES boundary_set (code) ON DELETE CASCADE,
  -- NULL means a national scheme over every county of the set.
  province_code text CHECK (province_code ~ '^IR-[0-9]{2}$'),
  name_fa       text NOT NULL,
  name_en       text NOT NULL,
  illustrative  boolean NOT NULL DEFAULT false,
  note          text,
  seed_key      text UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE region (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scheme_id bigint NOT NULL REFERENCES region_scheme (id) ON DELETE CASCADE,
  code      text NOT NULL,
  name_fa   text NOT NULL,
  name_en   text NOT NULL,
  UNIQUE (scheme_id, code),
  UNIQUE (scheme_id, id)
);

-- A county belongs to at most one region of a scheme (the primary key says so).
CREATE TABLE region_member (
  scheme_id     bigint NOT NULL,
  region_id     bigint NOT NULL,
  admin_unit_id bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  PRIMARY KEY (scheme_id, admin_unit_id),
  FOREIGN KEY (scheme_id, region_id) REFERENCES region (scheme_id, id) ON DELETE CASCADE
);
