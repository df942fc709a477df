-- Carrying figures between boundary sets, and the lineage of counties between censuses.

-- Every overlapping pair of counties of two sets (source: where the figures were measured, target: where
-- they are carried), with the shared area on the spheroid and its share of each side. Slivers below 1 % of
-- both sides (the two sources' shared borders disagree by up to a few kilometres) are not stored.
CREATE TABLE unit_overlap (
  source_unit_id bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  target_unit_id bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  shared_m2      double precision NOT NULL CHECK (shared_m2 > 0),
  source_share   double precision NOT NULL CHECK (source_share > 0),
  target_share   double precision NOT NULL CHECK (target_share > 0),
  PRIMARY KEY (source_unit_id, target_unit_id)
);
CREATE INDEX unit_overlap_target_idx ON unit_overlap (target_unit_id);

-- How counts are carried: the share (weight) of a source county's counts that a target county receives.
-- The weights of one source add up to 1, so every count goes entirely to the target set.
CREATE TABLE unit_carry (
  source_unit_id bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  target_unit_id bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  weight         double precision NOT NULL CHECK (weight > 0 AND weight <= 1),
  method         text NOT NULL CHECK (method IN ('same-county', 'area-share', 'merged')),
  PRIMARY KEY (source_unit_id, target_unit_id)
);
CREATE INDEX unit_carry_target_idx ON unit_carry (target_unit_id);

-- What the overlay was built from, so that a load with unchanged boundaries does not redo it.
CREATE TABLE crosswalk_build (
  source_set   text NOT NULL REFERENCES boundary_set (code) ON DELETE CASCADE,
  target_set   text NOT NULL REFERENCES boundary_set (code) ON DELETE CASCADE,
  fingerprint  text NOT NULL,
  built_ms     integer NOT NULL,
  built_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source_set, target_set)
);

-- A value is measured on its unit, or estimated (carried by area share, apportioned within a lineage
-- group); `method` names how it was obtained.
ALTER TABLE indicator_value
  ADD COLUMN estimated boolean NOT NULL DEFAULT false,
  ADD COLUMN method text NOT NULL DEFAULT 'measured' CHECK (method ~ '^[a-z0-9-]+(\+[a-z0-9-]+)*$');

-- Which county of an earlier census a county of the 2016 (1395) census comes from, and how that is known.
CREATE TABLE county_lineage (
  admin_unit_id   bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  earlier_period  text NOT NULL CHECK (earlier_period ~ '^[0-9]{4}$'),
  earlier_province text NOT NULL CHECK (earlier_province ~ '^IR-[0-9]{2}$'),
  earlier_name_fa text NOT NULL,
  how             text NOT NULL,
  PRIMARY KEY (admin_unit_id, earlier_period)
);
