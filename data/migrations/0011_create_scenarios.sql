-- The officials' county-selection workspace: the band of driver projects each county should have (per
-- province, set by an admin), scenarios of new projects with their approval steps, the `approver` role
-- (limited to the provinces of the account, like a planner), and the link from a project to the
-- scenario whose approval created it.

-- Since 1404 each county is meant to have 3 to 6 driver projects; a province without a row has that band.
CREATE TABLE coverage_band (
  province_code text PRIMARY KEY CHECK (province_code ~ '^IR-[0-9]{2}$'),
  min_projects  integer NOT NULL CHECK (min_projects BETWEEN 0 AND 1000),
  max_projects  integer NOT NULL CHECK (max_projects BETWEEN 0 AND 1000),
  updated_by    bigint REFERENCES app_user (id) ON DELETE SET NULL,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT coverage_band_ordered CHECK (min_projects <= max_projects)
);

-- One CHECK per column: tests/integration/contract.test.ts compares its list with the contract's roles.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user
  ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin', 'planner', 'viewer', 'approver'));

-- A proposal of new driver projects for one province, with the need score that chose the counties.
CREATE TABLE scenario (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  province_code text NOT NULL CHECK (province_code ~ '^IR-[0-9]{2}$'),
  boundary_set  text NOT NULL REFERENCES boundary_set (code) ON DELETE CASCADE,
  period        text CHECK (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
  indicators    text[] NOT NULL CHECK (cardinality(indicators) BETWEEN 1 AND 20),
  -- NULL: entropy weights, measured on the data; otherwise one typed weight per indicator.
  weights       double precision[] CHECK (weights IS NULL OR cardinality(weights) = cardinality(indicators)),
  polarities    jsonb NOT NULL DEFAULT '{}',
  method        text NOT NULL CHECK (method IN ('topsis', 'weighted-sum')),
  seed          bigint NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
  created_by    bigint REFERENCES app_user (id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  -- The edit token: a save or a step based on another value is stale (409).
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scenario_province_idx ON scenario (province_code, status);

CREATE TABLE scenario_project (
  scenario_id   bigint NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  position      smallint NOT NULL CHECK (position >= 0),
  county_code   text NOT NULL,
  title_fa      text NOT NULL CHECK (length(title_fa) BETWEEN 1 AND 300),
  title_en      text CHECK (length(title_en) <= 300),
  sector        text NOT NULL REFERENCES sector (code),
  -- Billion rials, as the registry's IRR-billion.
  investment    numeric CHECK (investment >= 0),
  expected_jobs integer CHECK (expected_jobs >= 0),
  -- The registry's project made from this row when the scenario was approved.
  project_id    bigint REFERENCES project (id) ON DELETE SET NULL,
  PRIMARY KEY (scenario_id, position)
);

-- Every step of a scenario's life: who, when, and the note (a return's reason).
CREATE TABLE scenario_step (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scenario_id bigint NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  action      text NOT NULL CHECK (action IN ('created', 'edited', 'submitted', 'approved', 'returned')),
  actor_id    bigint REFERENCES app_user (id) ON DELETE SET NULL,
  at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  note        text CHECK (length(note) <= 2000)
);
CREATE INDEX scenario_step_scenario_idx ON scenario_step (scenario_id, at);

-- A project created by a scenario's approval points back at it; its history action says so.
ALTER TABLE project ADD COLUMN scenario_id bigint REFERENCES scenario (id) ON DELETE SET NULL;
CREATE INDEX project_scenario_idx ON project (scenario_id) WHERE scenario_id IS NOT NULL;

ALTER TABLE project_history DROP CONSTRAINT project_history_action_check;
ALTER TABLE project_history
  ADD CONSTRAINT project_history_action_check
  CHECK (action IN ('baseline', 'loaded', 'created', 'updated', 'imported', 'progress', 'scenario'));
